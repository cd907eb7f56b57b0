package pe.rutas.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import pe.rutas.io.SettingsException;
import pe.rutas.io.ViewsFile;
import pe.rutas.io.ViewsImport;
import pe.rutas.model.SavedView;

/**
 * The user's saved views ("bookmarks") in their order: save the current view under a name,
 * restore, rename, delete, and share them as a small JSON file. Names are trimmed, unique and
 * 1..{@value SavedView#MAX_NAME} characters. The app persists {@link #views()} when it changes.
 * FX thread only (file import and export are small and run on the caller's thread).
 */
public final class SavedViewsModel {
    private final ObservableList<SavedView> views = FXCollections.observableArrayList();
    private final ObservableList<SavedView> readOnly = FXCollections.unmodifiableObservableList(views);
    private final ViewTarget target;

    public SavedViewsModel(ViewTarget target, List<SavedView> initial) {
        this.target = target;
        views.setAll(initial);
    }

    public ObservableList<SavedView> views() { return readOnly; }

    /** The first of "{prefix} 1", "{prefix} 2" … that no view has. */
    public String suggestName(String prefix) {
        for (int i = 1; ; i++) {
            String name = prefix + " " + i;
            if (find(name).isEmpty()) return name;
        }
    }

    /**
     * The message key of what is wrong with {@code name} for a view (other than {@code self}, which
     * may keep its own name), or empty when the name can be used.
     */
    public Optional<String> nameProblem(String name, SavedView self) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) return Optional.of("views.name.blank");
        if (n.length() > SavedView.MAX_NAME) return Optional.of("views.name.long");
        Optional<SavedView> other = find(n);
        if (other.isPresent() && other.get() != self) return Optional.of("views.name.taken");
        return Optional.empty();
    }

    /** Saves what the map shows now; the name must pass {@link #nameProblem}. */
    public SavedView saveCurrent(String name) {
        requireName(name, null);
        SavedView v = target.capture(name.strip());
        views.add(v);
        return v;
    }

    public void restore(SavedView v) { target.restore(v); }

    public SavedView rename(SavedView v, String name) {
        requireName(name, v);
        int i = views.indexOf(v);
        if (i < 0) throw new IllegalArgumentException("not a saved view: " + v.name());
        SavedView renamed = v.withName(name.strip());
        views.set(i, renamed);
        return renamed;
    }

    public void delete(SavedView v) { views.remove(v); }

    /** Moves a view one place up (delta −1) or down (+1) in the list; does nothing at the ends. */
    public void move(SavedView v, int delta) {
        int i = views.indexOf(v);
        int j = i + delta;
        if (i < 0 || j < 0 || j >= views.size()) return;
        views.remove(i);
        views.add(j, v);
    }

    /** Writes the given views (e.g. all of them) to a views file. */
    public void exportTo(Path file, List<SavedView> which) throws SettingsException {
        ViewsFile.write(file, which);
    }

    /**
     * Adds the valid views of a views file after the existing ones (renamed " (2)" … when a name is
     * taken); the result lists the views left out and why.
     *
     * @throws SettingsException when the file is not a views file at all; the message names it and why
     */
    public ViewsImport importFrom(Path file) throws SettingsException {
        ViewsImport in = ViewsFile.read(file);
        views.setAll(ViewsFile.merge(List.copyOf(views), in.views()));
        return in;
    }

    private Optional<SavedView> find(String name) {
        return views.stream().filter(v -> v.name().equals(name)).findFirst();
    }

    private void requireName(String name, SavedView self) {
        nameProblem(name, self).ifPresent(key -> {
            throw new IllegalArgumentException(key);
        });
    }
}
