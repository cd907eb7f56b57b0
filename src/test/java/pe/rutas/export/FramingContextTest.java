package pe.rutas.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import pe.rutas.model.FeatureRef;

/** An export framed on a small feature shows the country around it, not a street-level close-up. */
class FramingContextTest {
    @Test
    void theTwelveKilometreNorthCoastRouteIsFramedWithItsCoast() throws Exception {
        ExportData data = GeodataLoader.load(null);
        Composer composer = new Composer(data, new SourceShortNames(new Properties()), TextMeasure.approximate());
        Envelope route = composer.boundsOf(FeatureRef.route("north-coast"));
        assertTrue(route.getWidth() < 0.5, "the bundled route is short: " + route);
        Composition c = composer.compose(ExportRequest.of(1200, 800, Locale.ENGLISH).withTarget(FeatureRef.route("north-coast")));
        Envelope shown = c.frame().extent();
        assertTrue(shown.contains(route), "the route is in frame");
        assertTrue(shown.getHeight() >= 2 * Composer.POINT_MARGIN_DEG, "degrees of latitude shown: " + shown.getHeight());
    }

    @Test
    void aLargeBoxIsLeftAsItIs() {
        Envelope peru = new Envelope(-81.4, -68.6, -18.4, -0.04);
        assertTrue(Composer.withContext(peru).equals(peru));
        Envelope small = Composer.withContext(new Envelope(-77.2, -77.1, -12.1, -12.0));
        assertTrue(small.getWidth() >= 2.4 - 1e-9 && small.getHeight() >= 2.4 - 1e-9, small.toString());
        assertTrue(small.contains(-77.15, -12.05), "grown about its centre");
    }
}
