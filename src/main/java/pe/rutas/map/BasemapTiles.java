package pe.rutas.map;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.image.Image;
import pe.rutas.model.MapFrame;

/**
 * Supplies basemap tiles: painted locally by a {@link BasemapPainter} (default; no network), or, when the
 * online basemap is on, from {@link OnlineTiles} with local tiles as the fallback. Painting and fetching
 * run on a small pool of daemon threads; futures complete on {@code completer} (the FX thread in the
 * app) because Gluon Maps sets the image from whatever thread completes the future. Locally painted tiles
 * are kept in a small LRU cache and served synchronously when cached. Thread-safe.
 */
public final class BasemapTiles {
    /** Painted tiles kept in memory (256×256×4 bytes each). */
    static final int MEMORY_TILES = 160;

    private final BasemapPainter painter;
    private final OnlineTiles online;
    private final Executor worker;
    private final Executor completer;
    private volatile boolean onlineOn;
    private final Map<Long, Image> memory = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Image> e) {
            return size() > MEMORY_TILES;
        }
    };
    private final java.util.concurrent.atomic.AtomicLong paintNanos = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicInteger painted = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * @param online    the online source, or null when the online basemap is not available
     * @param worker    where tiles are painted or fetched
     * @param completer where futures are completed, e.g. {@code Platform::runLater}
     */
    public BasemapTiles(BasemapPainter painter, OnlineTiles online, Executor worker, Executor completer) {
        this.painter = painter;
        this.online = online;
        this.worker = worker;
        this.completer = completer;
    }

    /** Two daemon painter threads; enough for a screenful of tiles in well under a second. */
    public static ExecutorService defaultWorker() {
        return Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "rutas-tiles");
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        });
    }

    public BasemapPainter painter() {
        return painter;
    }

    public boolean isOnline() {
        return onlineOn;
    }

    /** Turns the online basemap on or off for tiles requested from now on. */
    public void setOnline(boolean on) {
        this.onlineOn = on && online != null;
    }

    /** Mean time to paint one local tile so far, in milliseconds (NaN before the first). */
    public double meanPaintMillis() {
        int n = painted.get();
        return n == 0 ? Double.NaN : paintNanos.get() / 1e6 / n;
    }

    public CompletableFuture<Image> loadTile(int zoom, long x, long y) {
        long key = key(zoom, x, y);
        boolean useOnline = onlineOn;
        if (!useOnline) {
            Image cached;
            synchronized (memory) {
                cached = memory.get(key);
            }
            if (cached != null) {
                return CompletableFuture.completedFuture(cached);
            }
        }
        CompletableFuture<Image> result = new CompletableFuture<>();
        worker.execute(() -> {
            Image image;
            try {
                image = useOnline ? onlineOrLocal(zoom, x, y, key) : local(zoom, x, y, key);
            } catch (RuntimeException e) {
                completer.execute(() -> result.completeExceptionally(e));
                return;
            }
            completer.execute(() -> result.complete(image));
        });
        return result;
    }

    private Image onlineOrLocal(int zoom, long x, long y, long key) {
        Optional<byte[]> bytes = online.tile(zoom, x, y);
        if (bytes.isPresent()) {
            Image img = new Image(new ByteArrayInputStream(bytes.get()));
            if (!img.isError()) {
                return img;
            }
        }
        return local(zoom, x, y, key);
    }

    private Image local(int zoom, long x, long y, long key) {
        synchronized (memory) {
            Image cached = memory.get(key);
            if (cached != null) {
                return cached;
            }
        }
        long t0 = System.nanoTime();
        double size = MapFrame.TILE_SIZE;
        MapFrame frame = new MapFrame(MapFrame.lonOfWorldX(x * size + size / 2, zoom),
                MapFrame.latOfWorldY(y * size + size / 2, zoom), zoom, size, size);
        Image img = painter.paintImage(frame);
        paintNanos.addAndGet(System.nanoTime() - t0);
        painted.incrementAndGet();
        synchronized (memory) {
            memory.put(key, img);
        }
        return img;
    }

    private static long key(int zoom, long x, long y) {
        return ((long) zoom << 58) | (x << 29) | y;
    }
}
