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
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(BasemapTiles.class.getName());
    private volatile boolean failureLogged;
    private volatile boolean onlineOn;
    /** Gluon Maps switches to the next tile level this far below an integer zoom (BaseMap.TIPPING). */
    private static final double GLUON_TIPPING = 0.2;
    private volatile long[] viewport;
    private final java.util.concurrent.atomic.AtomicLong sequence = new java.util.concurrent.atomic.AtomicLong();
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
        submit(zoom, x, y, sequence.incrementAndGet(), () -> {
            Image image;
            try {
                image = useOnline ? onlineOrLocal(zoom, x, y, key) : local(zoom, x, y, key);
            } catch (RuntimeException | Error e) {
                if (!failureLogged) {
                    failureLogged = true;
                    LOG.log(java.util.logging.Level.WARNING, "Cannot paint basemap tile " + zoom + "/" + x + "/" + y, e);
                }
                completer.execute(() -> result.completeExceptionally(e));
                return;
            }
            completer.execute(() -> result.complete(image));
        });
        return result;
    }

    /**
     * Runs a tile job; a job for a tile that has left the view since it was asked for (Gluon asks for
     * every tile a flight or a fast zoom passes over) goes to the back of the queue once, so the tiles
     * on screen now are painted first. It still runs later: Gluon may show that tile again.
     */
    private void submit(int zoom, long x, long y, long seq, Runnable work) {
        worker.execute(new Job(seq, () -> {
            if (seq > 0 && !inView(zoom, x, y)) {
                submit(zoom, x, y, -seq, work);
                return;
            }
            work.run();
        }));
    }

    /**
     * Tells which tiles are on screen: the zoom Gluon loads for {@code frame} and the tile range it
     * covers (plus one tile around). Called by the map after each layout; any thread.
     */
    public void setViewport(MapFrame frame) {
        int z = (int) Math.floor(frame.zoom() + GLUON_TIPPING);
        double scale = Math.pow(2, z - frame.zoom());
        double x0 = (MapFrame.worldX(frame.centerLon(), frame.zoom()) - frame.width() / 2) * scale;
        double y0 = (MapFrame.worldY(frame.centerLat(), frame.zoom()) - frame.height() / 2) * scale;
        double size = MapFrame.TILE_SIZE;
        viewport = new long[]{z, (long) Math.floor(x0 / size) - 1, (long) Math.floor(y0 / size) - 1,
                (long) Math.floor((x0 + frame.width() * scale) / size) + 1,
                (long) Math.floor((y0 + frame.height() * scale) / size) + 1};
    }

    private boolean inView(int zoom, long x, long y) {
        long[] v = viewport;
        return v == null || (zoom == v[0] && x >= v[1] && x <= v[3] && y >= v[2] && y <= v[4]);
    }

    /**
     * A tile job that orders newest first when the worker's queue is a priority queue (as the map's
     * is); any other executor just runs it.
     */
    record Job(long sequence, Runnable work) implements Runnable, Comparable<Job> {
        @Override
        public void run() {
            work.run();
        }

        @Override
        public int compareTo(Job o) {
            return Long.compare(o.sequence, sequence);
        }
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
