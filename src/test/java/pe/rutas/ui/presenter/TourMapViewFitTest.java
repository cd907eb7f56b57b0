package pe.rutas.ui.presenter;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Insets;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import pe.rutas.model.MapFrame;

/** A slide frames small features with enough country around them for an audience to place them. */
class TourMapViewFitTest {
    @Test
    void aTwelveKilometreRouteIsShownWithSeveralDegreesOfContext() {
        // Lambayeque to Chiclayo, the North Coast route's two destinations
        Envelope route = new Envelope(-79.91, -79.84, -6.77, -6.70);
        MapFrame f = TourMapView.fit(route, 1280, 720, new Insets(80, 400, 0, 0));
        assertTrue(f.extent().contains(route), "the route is in view");
        assertTrue(f.extent().getWidth() >= 4, "degrees of longitude shown: " + f.extent().getWidth());
        assertTrue(f.extent().getHeight() >= 2.5, "degrees of latitude shown: " + f.extent().getHeight());
    }

    @Test
    void aLargeFeatureStillFillsTheClearArea() {
        Envelope peru = new Envelope(-81.4, -68.6, -18.4, -0.0);
        MapFrame f = TourMapView.fit(peru, 1280, 720, new Insets(80, 400, 0, 0));
        assertTrue(f.extent().contains(peru));
        assertTrue(f.extent().getHeight() < 30, "not zoomed out beyond need: " + f.extent().getHeight());
    }

    @Test
    void theTitleBandAndFigurePanelAreCoveredBoxes() {
        var boxes = TourMapView.covered(1280, 720, new Insets(80, 400, 0, 0));
        org.junit.jupiter.api.Assertions.assertEquals(2, boxes.size());
        org.junit.jupiter.api.Assertions.assertArrayEquals(new double[]{0, 0, 1280, 80}, boxes.get(0));
        org.junit.jupiter.api.Assertions.assertArrayEquals(new double[]{880, 0, 1280, 720}, boxes.get(1));
    }
}
