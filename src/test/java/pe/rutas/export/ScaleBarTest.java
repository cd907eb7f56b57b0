package pe.rutas.export;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pe.rutas.model.MapFrame;

class ScaleBarTest {
    @Test
    void niceLengthRoundsDownToOneTwoOrFive() {
        assertEquals(100, ScaleBar.niceLength(199));
        assertEquals(200, ScaleBar.niceLength(200));
        assertEquals(200, ScaleBar.niceLength(499.9));
        assertEquals(500, ScaleBar.niceLength(999));
        assertEquals(1000, ScaleBar.niceLength(1000));
        assertEquals(5, ScaleBar.niceLength(7.5));
        assertEquals(0.2, ScaleBar.niceLength(0.3), 1e-12);
    }

    @Test
    void rejectsNonPositiveLengths() {
        assertThrows(IllegalArgumentException.class, () -> ScaleBar.niceLength(0));
        MapFrame f = new MapFrame(-75, -9, 5, 800, 600);
        assertThrows(IllegalArgumentException.class, () -> ScaleBar.fit(f, -9, 0));
    }

    /** Bar length in px × metres per px at that latitude must equal the printed length. */
    @ParameterizedTest
    @CsvSource({
            // lat, zoom, max px, expected label
            "0, 5, 200, 500 km",      // 4892 m/px → 978 km max → 500 km
            "-12, 5, 200, 500 km",    // 4785 m/px → 957 km
            "-12, 7, 200, 200 km",    // 1196 m/px → 239 km
            "-60, 5, 200, 200 km",    // 2446 m/px → 489 km
            "-15.8, 10, 150, 20 km",  // 147 m/px → 22 km
            "-12, 16, 150, 200 m",    // 2.34 m/px → 350 m
    })
    void barIsTrueAtItsLatitude(double lat, double zoom, double maxPx, String label) {
        MapFrame f = new MapFrame(-75, lat, zoom, 1600, 1000);
        ScaleBar bar = ScaleBar.fit(f, lat, maxPx);
        assertEquals(label, bar.label());
        assertEquals(bar.meters(), bar.lengthPx() * f.metersPerPixel(lat), 1e-6);
        assertTrue(bar.lengthPx() <= maxPx + 1e-9, "fits");
        assertTrue(bar.lengthPx() >= maxPx / 2.5 - 1e-9, "not needlessly short: " + bar.lengthPx());
    }

    @Test
    void sameZoomGivesLongerBarNearerThePole() {
        MapFrame f = new MapFrame(-75, -9, 6, 1600, 1000);
        ScaleBar equator = ScaleBar.fit(f, 0, 200);
        ScaleBar south = ScaleBar.fit(f, -18, 200);
        // 100 km spans more pixels at 18°S than at the equator on a Mercator map
        assertTrue(100_000 / f.metersPerPixel(-18) > 100_000 / f.metersPerPixel(0));
        assertEquals(equator.meters() / f.metersPerPixel(0), equator.lengthPx(), 1e-9);
        assertEquals(south.meters() / f.metersPerPixel(-18), south.lengthPx(), 1e-9);
    }
}
