package pe.rutas.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The export tells the map painter what its legend, north arrow and scale bar hide, in the map's pixels. */
class ExportCoveredTest {
    @Test
    void theLegendNorthArrowAndScaleBarAreCoveredInMapPixels() {
        ChromeLayout l = ChromeLayout.of(1200, 800, 30, 40, 300, 400);
        List<double[]> covered = ExportRenderer.covered(l);
        assertEquals(3, covered.size());
        Rect legend = l.legend();
        assertArrayEquals(new double[]{legend.x() - l.map().x(), legend.y() - l.map().y(),
                legend.maxX() - l.map().x(), legend.maxY() - l.map().y()}, covered.get(0), 1e-9);
        assertEquals(l.north().x() - l.map().x(), covered.get(1)[0], 1e-9);
        assertEquals(l.scale().maxY() - l.map().y(), covered.get(2)[3], 1e-9);
    }

    @Test
    void withoutALegendOnlyTheArrowAndScaleBarAreCovered() {
        assertEquals(2, ExportRenderer.covered(ChromeLayout.of(1200, 800, 30, 40, 0, 0)).size());
    }
}
