package pe.rutas.map;

import com.gluonhq.maps.tile.TileRetriever;
import java.util.concurrent.CompletableFuture;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;

/**
 * Gluon Maps' tile source for Rutas, registered in
 * {@code META-INF/services/com.gluonhq.maps.tile.TileRetriever}, so Gluon's own OSM retriever (which
 * would go to the network) is never used.
 *
 * <p>Gluon creates this class itself through {@link java.util.ServiceLoader} and keeps one instance in a
 * static field, so the tiles it serves come from a process-wide {@link BasemapTiles} that
 * {@link RutasMap} installs with {@link #install(BasemapTiles)} before its map view exists. This is the
 * one piece of static mutable state in the app, forced by the SPI. Until something is installed, tiles
 * are a plain sea colour.
 */
public final class OfflineTileRetriever implements TileRetriever {
    private static volatile BasemapTiles active;
    private static volatile Image blank;

    /** Makes {@code tiles} the source of every map view created from now on (and of pending tiles). */
    public static void install(BasemapTiles tiles) {
        active = tiles;
    }

    /** The installed source, or null. */
    public static BasemapTiles installed() {
        return active;
    }

    @Override
    public CompletableFuture<Image> loadTile(int zoom, long i, long j) {
        BasemapTiles tiles = active;
        if (tiles == null) {
            return CompletableFuture.completedFuture(blank());
        }
        return tiles.loadTile(zoom, i, j);
    }

    private static Image blank() {
        Image b = blank;
        if (b == null) {
            WritableImage w = new WritableImage(256, 256);
            int sea = Raster.argbOf(pe.rutas.style.BasemapStyle.standard().sea());
            for (int y = 0; y < 256; y++) {
                for (int x = 0; x < 256; x++) {
                    w.getPixelWriter().setArgb(x, y, sea);
                }
            }
            blank = w;
            b = w;
        }
        return b;
    }
}
