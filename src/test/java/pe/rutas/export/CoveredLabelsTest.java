package pe.rutas.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pe.rutas.model.MapFrame;

/** A place's name never runs under what covers the map (a slide's figure panel): it moves or is left out. */
class CoveredLabelsTest {
    private static final MapFrame FRAME = new MapFrame(-71, -13, 7, 800, 600);
    /** Right of the sample hotspot "mine" at the frame's centre, where its name goes when free. */
    private static final double[] PANEL = {410, 270, 800, 330};

    @BeforeAll
    static void toolkit() {
        FxRuntime.ensureStarted();
    }

    private static int[] paint(Set<ExportLayer> layers, List<double[]> covered) {
        return paint(layers, covered, PANEL);
    }

    private static int[] paint(Set<ExportLayer> layers, List<double[]> covered, double[] region) {
        return FxRuntime.call(() -> {
            Canvas canvas = new Canvas(FRAME.width(), FRAME.height());
            MapPainter.Options o = new MapPainter.Options(layers, null, null, Set.of(), Locale.ENGLISH, 1);
            new MapPainter(SampleData.data()).paint(canvas.getGraphicsContext2D(), FRAME, o, 1, covered);
            WritableImage img = canvas.snapshot(null, null);
            PixelReader r = img.getPixelReader();
            int w = (int) (region[2] - region[0]), h = (int) (region[3] - region[1]);
            int[] argb = new int[w * h];
            for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) argb[y * w + x] = r.getArgb((int) region[0] + x, (int) region[1] + y);
            return argb;
        });
    }

    @Test
    void theNameRightOfAHotspotStaysOutOfACoveredBox() {
        Set<ExportLayer> withHotspots = EnumSet.of(ExportLayer.HOTSPOTS);
        int[] bare = paint(EnumSet.noneOf(ExportLayer.class), List.of());
        int[] named = paint(withHotspots, List.of());
        int[] covered = paint(withHotspots, List.of(PANEL));
        assertFalse(java.util.Arrays.equals(bare, named), "without a cover the name is drawn in that box");
        assertTrue(java.util.Arrays.equals(bare, covered), "with the box covered nothing is drawn in it");
    }

    @Test
    void withBothSidesCoveredTheNameGoesBelowTheMark() {
        double[] leftCover = {0, 296, 390, 304}, rightCover = {410, 296, 800, 304};
        double[] below = {340, 308, 460, 335};
        Set<ExportLayer> withHotspots = EnumSet.of(ExportLayer.HOTSPOTS);
        int[] bare = paint(EnumSet.noneOf(ExportLayer.class), List.of(), below);
        int[] named = paint(withHotspots, List.of(leftCover, rightCover), below);
        assertFalse(java.util.Arrays.equals(bare, named), "the name is drawn under the mark");
    }
}
