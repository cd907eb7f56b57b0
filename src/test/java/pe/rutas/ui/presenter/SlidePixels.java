package pe.rutas.ui.presenter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import pe.rutas.model.MapFrame;

/**
 * Pixels of a slide's painted map, for presenter tests: a snapshot of the {@link TourMapView}
 * (its canvas only, no title or figure overlays) and the colour where a lon/lat falls on it.
 * Snapshots are written to {@code target/presenter-tests/} so a failure can be looked at.
 */
public final class SlidePixels {
    public static final Path OUT = Path.of("target", "presenter-tests");

    private final Image image;
    private final MapFrame frame;

    private SlidePixels(Image image, MapFrame frame) {
        this.image = image;
        this.frame = frame;
    }

    /** Snapshots the map as painted now and saves it as {@code name}.png. FX thread. */
    public static SlidePixels of(TourMapView map, String name) {
        Image img = map.snapshot(null, null);
        try {
            Files.createDirectories(OUT);
            javax.imageio.ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", OUT.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new SlidePixels(img, map.frameProperty().get());
    }

    /** The frame the snapshot was painted for. */
    public MapFrame frame() {
        return frame;
    }

    /** Whether lon/lat falls on the painted map. */
    public boolean shows(double lon, double lat) {
        double x = frame.x(lon), y = frame.y(lat);
        return x >= 0 && y >= 0 && x < image.getWidth() && y < image.getHeight();
    }

    /** {@code 0xRRGGBB} at lon/lat (x = lon, y = lat). */
    public int rgbAt(double lon, double lat) {
        int x = (int) Math.floor(frame.x(lon)), y = (int) Math.floor(frame.y(lat));
        return image.getPixelReader().getArgb(x, y) & 0xffffff;
    }

    /** Largest difference in any channel between two {@code 0xRRGGBB} colours. */
    public static int distance(int a, int b) {
        int dr = Math.abs(((a >> 16) & 255) - ((b >> 16) & 255));
        int dg = Math.abs(((a >> 8) & 255) - ((b >> 8) & 255));
        int db = Math.abs((a & 255) - (b & 255));
        return Math.max(dr, Math.max(dg, db));
    }
}
