package pe.rutas.export;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import pe.rutas.model.MapFrame;

class ChromeLayoutTest {
    static final Envelope PERU = new Envelope(-81.4, -68.6, -18.4, -0.03);

    @Test
    void partsStayInsideThePageWithoutOverlapping() {
        ChromeLayout c = ChromeLayout.of(1600, 1000, 40, 60, 260, 300);
        for (Rect r : new Rect[] {c.title(), c.map(), c.legend(), c.free(), c.north(), c.scale(), c.footer()})
            assertTrue(c.page().contains(r), r.toString());
        assertFalse(c.title().intersects(c.map()));
        assertFalse(c.footer().intersects(c.map()));
        assertTrue(c.map().contains(c.legend()));
        assertFalse(c.legend().intersects(c.free()));
        assertFalse(c.north().intersects(c.free()));
        assertFalse(c.legend().intersects(c.scale()));
    }

    @Test
    void tallLegendIsClippedToTheMap() {
        ChromeLayout c = ChromeLayout.of(800, 500, 40, 60, 200, 5000);
        assertTrue(c.map().contains(c.legend()));
    }

    @Test
    void fittedBoxLiesInTheFreeArea() {
        ChromeLayout c = ChromeLayout.of(1600, 1000, 40, 60, 300, 300);
        MapFrame f = c.fit(PERU, 20, 18);
        assertEquals(c.map().width(), f.width(), 1e-9);
        assertEquals(c.map().height(), f.height(), 1e-9);
        double x0 = c.map().x() + f.x(PERU.getMinX()), x1 = c.map().x() + f.x(PERU.getMaxX());
        double y0 = c.map().y() + f.y(PERU.getMaxY()), y1 = c.map().y() + f.y(PERU.getMinY());
        assertTrue(x0 >= c.free().x() + 19.9 && x1 <= c.free().maxX() - 19.9, x0 + " " + x1);
        assertTrue(y0 >= c.free().y() + 19.9 && y1 <= c.free().maxY() - 19.9, y0 + " " + y1);
        // the tighter dimension touches the padding, so the box is as large as possible
        assertTrue(Math.abs(y0 - (c.free().y() + 20)) < 0.5 || Math.abs(x0 - (c.free().x() + 20)) < 0.5);
    }

    @Test
    void withoutLegendTheFreeAreaReachesTheRightMargin() {
        ChromeLayout c = ChromeLayout.of(1600, 1000, 40, 60, 0, 0);
        assertEquals(c.map().maxX() - ChromeLayout.MARGIN, c.free().maxX(), 1e-9);
    }
}
