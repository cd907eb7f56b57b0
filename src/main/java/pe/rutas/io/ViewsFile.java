package pe.rutas.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import pe.rutas.model.SavedView;

/**
 * Small JSON files that carry saved views from one machine to another
 * ({@code {"format":"rutas-views","version":1,"views":[…]}}). Stateless; no JavaFX.
 */
public final class ViewsFile {
    /** A views file is a few KiB; anything this large is not one. */
    public static final long MAX_BYTES = 1024 * 1024;

    private ViewsFile() {
    }

    /** Writes {@code views} atomically to {@code file}; the folder must exist. */
    public static void write(Path file, List<SavedView> views) throws SettingsException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new SettingsException(Message.of("views.export.noFolder", file));
        }
        try {
            AtomicFiles.write(file, UserDataJson.toBytes(UserDataJson.viewsFile(views)), AtomicFiles.FILES_MOVE);
        } catch (IOException e) {
            throw new SettingsException(Message.of("views.export.failed", file, SettingsStore.reason(e)), e);
        }
    }

    /**
     * Reads a views file. A file that is not a views file at all throws with a message naming the
     * file and the problem; individual bad views are left out and listed in {@link ViewsImport#problems()}.
     */
    public static ViewsImport read(Path file) throws SettingsException {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new SettingsException(Message.of("views.isFolder", file));
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new SettingsException(Message.of("views.tooLarge", file, GeoJsonReader.mib(size), GeoJsonReader.mib(MAX_BYTES)));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SettingsException(Message.of("views.cannotRead", file, SettingsStore.reason(e)), e);
        }
        List<Message> problems = new ArrayList<>();
        try {
            var root = UserDataJson.header(UserDataJson.parse(bytes), UserDataJson.VIEWS_FORMAT, problems::add);
            List<SavedView> views = UserDataJson.viewsData(root, problems);
            if (views.isEmpty() && problems.isEmpty()) {
                problems.add(Message.of("views.none"));
            }
            return new ViewsImport(file.toString(), views, problems);
        } catch (UserDataJson.Invalid e) {
            throw new SettingsException(Message.of("views.invalid", file, e.text()));
        }
    }

    /**
     * {@code existing} followed by {@code incoming}; an incoming view whose name is taken gets
     * " (2)", " (3)" … so that nothing is overwritten.
     */
    public static List<SavedView> merge(List<SavedView> existing, List<SavedView> incoming) {
        List<SavedView> out = new ArrayList<>(existing);
        Set<String> names = new HashSet<>();
        existing.forEach(v -> names.add(v.name()));
        for (SavedView v : incoming) {
            String name = v.name();
            for (int i = 2; names.contains(name); i++) {
                String suffix = " (" + i + ")";
                String stem = v.name().length() + suffix.length() > SavedView.MAX_NAME
                        ? v.name().substring(0, SavedView.MAX_NAME - suffix.length()) : v.name();
                name = stem + suffix;
            }
            names.add(name);
            out.add(v.withName(name));
        }
        return List.copyOf(out);
    }
}
