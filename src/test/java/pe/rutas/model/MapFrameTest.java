package pe.rutas.model;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class MapFrameTest {
    @Test
    void centreProjectsToMiddleOfFrame() {
        MapFrame f = new MapFrame(-75, -9, 5, 800, 600);
        assertEquals(400, f.x(-75), 1e-9);
        assertEquals(300, f.y(-9), 1e-9);
    }

    @Test
    void screenToLonLatRoundTrips() {
        MapFrame f = new MapFrame(-75, -9, 6.3, 1024, 768);
        assertEquals(-70.02, f.lonAt(f.x(-70.02)), 1e-9);
        assertEquals(-15.84, f.latAt(f.y(-15.84)), 1e-9);
    }

    @Test
    void northIsUp() {
        MapFrame f = new MapFrame(-75, -9, 5, 800, 600);
        assertTrue(f.y(-3) < f.y(-15));
    }

    @Test
    void metersPerPixelAtEquatorZoomZeroIsCircumferenceOver256() {
        MapFrame f = new MapFrame(0, 0, 0, 256, 256);
        assertEquals(156_543.03, f.metersPerPixel(0), 0.01);
        assertEquals(156_543.03 * Math.cos(Math.toRadians(60)), f.metersPerPixel(60), 0.01);
    }

    @Test
    void fitShowsTheWholeBoxInsidePadding() {
        Envelope peru = new Envelope(-81.4, -68.6, -18.4, -0.03);
        MapFrame f = MapFrame.fit(peru, 1000, 800, 20, 18);
        assertTrue(f.x(-81.4) >= 19.99 && f.x(-68.6) <= 980.01);
        assertTrue(f.y(-0.03) >= 19.99 && f.y(-18.4) <= 780.01);
        // and as large as possible: one axis touches its padding
        boolean touchesX = Math.abs(f.x(-81.4) - 20) < 0.01;
        boolean touchesY = Math.abs(f.y(-0.03) - 20) < 0.01;
        assertTrue(touchesX || touchesY);
    }
}
