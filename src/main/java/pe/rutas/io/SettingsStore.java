package pe.rutas.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import pe.rutas.model.UserData;

/**
 * Keeps {@link UserData} (settings and saved views) in {@code settings.json} in the user's config
 * directory. Writes are atomic (temporary file, then a move) and the previous good version is
 * kept as {@code settings.json.bak}. A file that cannot be read is moved aside to
 * {@code settings.json.corrupt-<UTC timestamp>} (never deleted), the backup is tried, and
 * otherwise defaults are used; the user is told which.
 *
 * <p>Methods are synchronized; two app instances may race, in which case the last save wins and
 * neither leaves a half-written file. No JavaFX.
 */
public final class SettingsStore {
    public static final String FILE_NAME = "settings.json";
    /** Far above any file Rutas writes; a larger file is damaged or not ours. */
    static final long MAX_BYTES = 4L * 1024 * 1024;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path dir;
    private final Clock clock;
    private final AtomicFiles.Mover mover;

    public SettingsStore(Path dir) {
        this(dir, Clock.systemUTC());
    }

    public SettingsStore(Path dir, Clock clock) {
        this(dir, clock, AtomicFiles.FILES_MOVE);
    }

    SettingsStore(Path dir, Clock clock, AtomicFiles.Mover mover) {
        this.dir = dir;
        this.clock = clock;
        this.mover = mover;
    }

    /** The store in the platform's config directory (see {@link ConfigDirectory}). */
    public static SettingsStore forCurrentUser() {
        return new SettingsStore(ConfigDirectory.forCurrentUser());
    }

    public Path directory() {
        return dir;
    }

    public Path file() {
        return dir.resolve(FILE_NAME);
    }

    public Path backup() {
        return dir.resolve(FILE_NAME + ".bak");
    }

    /** Reads the settings; never throws and never creates the directory. */
    public synchronized SettingsLoad load() {
        Path file = file();
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return new SettingsLoad(UserData.defaults(), SettingsLoad.Origin.DEFAULTS, null, List.of());
        }
        List<Message> notes = new ArrayList<>();
        try {
            UserData data = read(file, notes);
            return new SettingsLoad(data, SettingsLoad.Origin.FILE, null, notes.stream().map(SettingsStore::note).toList());
        } catch (Unusable problem) {
            Path aside = null;
            Message moveProblem = null;
            try {
                aside = moveAside(file);
            } catch (IOException e) {
                moveProblem = reason(e);
            }
            Message message = aside != null
                    ? Message.of("settings.unusable.moved", file, problem.text, aside.getFileName())
                    : Message.of("settings.unusable.notMoved", file, problem.text, moveProblem);
            Path bak = backup();
            Message backupProblem = null;
            if (Files.isRegularFile(bak)) {
                List<Message> bakNotes = new ArrayList<>();
                try {
                    UserData data = read(bak, bakNotes);
                    List<Message> messages = new ArrayList<>();
                    messages.add(Message.of("settings.restored", message, bak.getFileName()));
                    bakNotes.forEach(n -> messages.add(note(n)));
                    return new SettingsLoad(data, SettingsLoad.Origin.BACKUP, aside, messages);
                } catch (Unusable e) {
                    backupProblem = e.text;
                }
            }
            Message started = backupProblem == null ? Message.of("settings.defaults", message)
                    : Message.of("settings.defaultsBackupBad", message, bak.getFileName(), backupProblem);
            return new SettingsLoad(UserData.defaults(), SettingsLoad.Origin.DEFAULTS, aside, List.of(started));
        }
    }

    private static Message note(Message n) {
        return Message.of("settings.note", n);
    }

    /**
     * Saves atomically, first copying the current file (if it is a good settings file) to the
     * backup. On failure nothing on disk changes except possibly a refreshed backup, and the
     * message says what went wrong; the caller still holds {@code data}.
     */
    public synchronized void save(UserData data) throws SettingsException {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new SettingsException(Message.of("settings.save.noFolder", dir, reason(e)), e);
        }
        Path file = file();
        byte[] bytes = UserDataJson.toBytes(UserDataJson.settingsFile(data));
        if (Files.isRegularFile(file)) {
            byte[] current = null;
            try {
                read(file, new ArrayList<>());
                current = Files.readAllBytes(file);
            } catch (Unusable | IOException notWorthKeeping) {
                // a damaged current file must not overwrite a good backup
            }
            if (current != null) {
                try {
                    AtomicFiles.write(backup(), current, mover);
                } catch (IOException e) {
                    throw new SettingsException(Message.of("settings.save.noBackup", backup(), reason(e)), e);
                }
            }
        }
        try {
            // a settings.json linked from a dotfiles folder stays a link: replace what it points to
            Path target = Files.isSymbolicLink(file) && Files.exists(file) ? file.toRealPath() : file;
            AtomicFiles.write(target, bytes, mover);
        } catch (IOException e) {
            throw new SettingsException(Message.of("settings.save.failed", file, reason(e)), e);
        }
    }

    private UserData read(Path file, List<Message> notes) throws Unusable {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new Unusable(Message.of("settings.tooLarge", GeoJsonReader.mib(size)));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new Unusable(Message.of("settings.cannotRead", reason(e)));
        }
        try {
            var root = UserDataJson.header(UserDataJson.parse(bytes), UserDataJson.SETTINGS_FORMAT, notes::add);
            return UserDataJson.settingsData(root, notes::add);
        } catch (UserDataJson.Invalid e) {
            throw new Unusable(e.text());
        }
    }

    private Path moveAside(Path file) throws IOException {
        String base = FILE_NAME + ".corrupt-" + STAMP.format(clock.instant());
        Path target = dir.resolve(base);
        for (int i = 2; Files.exists(target, LinkOption.NOFOLLOW_LINKS); i++) {
            target = dir.resolve(base + "-" + i);
        }
        return Files.move(file, target);
    }

    /** A short human reason for an I/O failure (no class names, no stack). */
    static Message reason(IOException e) {
        if (e instanceof AccessDeniedException) return Message.of("io.permissionDenied");
        if (e instanceof NoSuchFileException) return Message.of("io.notFound");
        if (e instanceof java.nio.file.FileAlreadyExistsException f) return Message.of("io.existsNotFolder", f.getFile());
        // the operating system's own words, in its language
        if (e instanceof FileSystemException f && f.getReason() != null) return Message.literal(f.getReason());
        return Message.literal(e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
    }

    private static final class Unusable extends Exception {
        final transient Message text;

        Unusable(Message text) {
            super(text.english(), null, false, false);
            this.text = text;
        }
    }
}
