package pe.rutas.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnlineTilesTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final AtomicInteger calls = new AtomicInteger();

    private TileFetcher failing() {
        return (z, x, y) -> {
            calls.incrementAndGet();
            throw new IOException("connect timed out");
        };
    }

    private TileFetcher working() {
        return (z, x, y) -> {
            calls.incrementAndGet();
            return PNG.clone();
        };
    }

    @Test
    void failureFallsBackAndIsRememberedForAMinute(@TempDir Path dir) {
        OnlineTiles t = new OnlineTiles(failing(), dir, now::get);
        assertTrue(t.tile(5, 9, 16).isEmpty(), "fallback to local");
        assertEquals(1, calls.get());
        assertTrue(t.isOffline());
        for (int i = 0; i < 20; i++) {
            assertTrue(t.tile(5, 9 + i, 16).isEmpty());
        }
        assertEquals(1, calls.get(), "no further network attempts while offline");
        now.addAndGet(OnlineTiles.RETRY_AFTER_MS + 1);
        assertFalse(t.isOffline());
        t.tile(5, 9, 16);
        assertEquals(2, calls.get(), "tries again after the minute");
    }

    @Test
    void fetchedTilesAreCachedOnDiskAndServedWithoutNetwork(@TempDir Path dir) {
        OnlineTiles t = new OnlineTiles(working(), dir, System::currentTimeMillis);
        assertArrayEquals(PNG, t.tile(6, 18, 33).orElseThrow());
        assertTrue(Files.isRegularFile(dir.resolve("6/18/33.png")));
        assertEquals(1, calls.get());
        assertArrayEquals(PNG, t.tile(6, 18, 33).orElseThrow());
        assertEquals(1, calls.get(), "second request served from the disk cache");
    }

    @Test
    void staleCachedTileIsUsedWhenTheNetworkFails(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("4/4/8.png");
        Files.createDirectories(f.getParent());
        Files.write(f, PNG);
        Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(0));
        OnlineTiles t = new OnlineTiles(failing(), dir, System::currentTimeMillis);
        assertArrayEquals(PNG, t.tile(4, 4, 8).orElseThrow());
        assertEquals(1, calls.get(), "a stale tile is refreshed first");
    }

    @Test
    void nonPngAnswerCountsAsFailureAndIsNotCached(@TempDir Path dir) {
        OnlineTiles t = new OnlineTiles((z, x, y) -> "<html>captive portal</html>".getBytes(), dir, now::get);
        assertTrue(t.tile(3, 2, 4).isEmpty());
        assertFalse(Files.exists(dir.resolve("3/2/4.png")));
        assertTrue(t.isOffline());
        assertEquals(1, t.failures());
    }

    @Test
    void runtimeExceptionFromTheFetcherIsContained() {
        OnlineTiles t = new OnlineTiles((z, x, y) -> {
            throw new IllegalStateException("boom");
        }, null, now::get);
        assertTrue(t.tile(1, 0, 0).isEmpty());
    }

    @Test
    void defaultCacheDirIsUnderAUserCacheDirectory() {
        Path p = OnlineTiles.defaultCacheDir();
        assertTrue(p.endsWith(Path.of("rutas", "tiles")), p.toString());
        assertTrue(p.isAbsolute() || p.startsWith("."), p.toString());
    }

    @Test
    void userAgentNamesTheApp() {
        assertTrue(HttpTileFetcher.userAgent().startsWith("Rutas/"));
        assertTrue(HttpTileFetcher.userAgent().contains("(offline trafficking-routes explorer)"));
    }
}
