package pe.rutas.map;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The policy of the online basemap: tiles come from the on-disk cache when fresh, else from the
 * {@link TileFetcher}; after a failure the network is not tried again for {@link #RETRY_AFTER_MS} and
 * callers fall back to locally painted tiles at once. The first failure is logged once (one line, no
 * stack trace); later ones are silent. Thread-safe.
 */
public final class OnlineTiles {
    /** How long a failure keeps us offline before the network is tried again. */
    public static final long RETRY_AFTER_MS = 60_000;
    /** Cached tiles younger than this are used without asking the server (OSM asks for ≥ 7 days). */
    public static final long MAX_AGE_MS = 7L * 24 * 3600 * 1000;
    private static final Logger LOG = Logger.getLogger(OnlineTiles.class.getName());

    private final TileFetcher fetcher;
    private final Path cacheDir;
    private final LongSupplier clock;
    private volatile long offlineUntil = Long.MIN_VALUE;
    private volatile boolean logged;
    private final java.util.concurrent.atomic.AtomicInteger failures = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * @param cacheDir where tiles are kept as {@code z/x/y.png}; null for no disk cache
     * @param clock    milliseconds, e.g. {@code System::currentTimeMillis}
     */
    public OnlineTiles(TileFetcher fetcher, Path cacheDir, LongSupplier clock) {
        this.fetcher = fetcher;
        this.cacheDir = cacheDir;
        this.clock = clock;
    }

    /** The user's cache directory for tiles: $XDG_CACHE_HOME/rutas/tiles, %LOCALAPPDATA%, ~/Library/Caches or ~/.cache. */
    public static Path defaultCacheDir() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        String home = System.getProperty("user.home", ".");
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base;
        if (os.contains("win") && System.getenv("LOCALAPPDATA") != null) {
            base = Path.of(System.getenv("LOCALAPPDATA"));
        } else if (os.contains("mac")) {
            base = Path.of(home, "Library", "Caches");
        } else if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            base = Path.of(xdg);
        } else {
            base = Path.of(home, ".cache");
        }
        return base.resolve("rutas").resolve("tiles");
    }

    /** True while a recent failure keeps us from trying the network. */
    public boolean isOffline() {
        return clock.getAsLong() < offlineUntil;
    }

    /** Failures seen so far (for tests and diagnostics). */
    public int failures() {
        return failures.get();
    }

    /**
     * PNG bytes of a tile, or empty when the caller should paint it locally (offline, failed, or bad
     * data). Never throws; may block up to the fetcher's timeout, so call it off the FX thread.
     */
    public Optional<byte[]> tile(int zoom, long x, long y) {
        Path file = cacheDir == null ? null : cacheDir.resolve(Integer.toString(zoom)).resolve(Long.toString(x))
                .resolve(y + ".png");
        byte[] cached = read(file);
        long now = clock.getAsLong();
        if (cached != null && isFresh(file, now)) {
            return Optional.of(cached);
        }
        if (now < offlineUntil) {
            return Optional.ofNullable(cached);
        }
        try {
            byte[] bytes = fetcher.fetch(zoom, x, y);
            if (!isPng(bytes)) {
                throw new IOException("not a PNG tile");
            }
            write(file, bytes);
            return Optional.of(bytes);
        } catch (IOException | RuntimeException e) {
            failures.incrementAndGet();
            offlineUntil = clock.getAsLong() + RETRY_AFTER_MS;
            if (!logged) {
                logged = true;
                LOG.log(Level.INFO, "Online basemap unavailable ({0}); using the offline basemap, retrying in {1} s",
                        new Object[]{e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(),
                                RETRY_AFTER_MS / 1000});
            }
            return Optional.ofNullable(cached);
        }
    }

    static boolean isPng(byte[] b) {
        return b != null && b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }

    private boolean isFresh(Path file, long now) {
        try {
            return now - Files.getLastModifiedTime(file).toMillis() < MAX_AGE_MS;
        } catch (IOException e) {
            return false;
        }
    }

    private static byte[] read(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            byte[] b = Files.readAllBytes(file);
            return isPng(b) ? b : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Writes through a temporary file and a move so a crash never leaves half a tile in the cache. */
    private static void write(Path file, byte[] bytes) {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "tile", ".part");
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // a read-only or full cache only costs a re-download later
        }
    }
}
