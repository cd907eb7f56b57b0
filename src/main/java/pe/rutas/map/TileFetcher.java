package pe.rutas.map;

import java.io.IOException;

/** Fetches one raster tile (PNG bytes) of the XYZ scheme from somewhere, possibly the network. */
@FunctionalInterface
public interface TileFetcher {
    /**
     * @throws IOException when the tile cannot be had (no network, timeout, HTTP error)
     */
    byte[] fetch(int zoom, long x, long y) throws IOException;
}
