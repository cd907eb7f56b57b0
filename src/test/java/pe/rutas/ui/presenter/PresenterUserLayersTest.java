package pe.rutas.ui.presenter;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import pe.rutas.export.ExportData;
import pe.rutas.export.ExportLayer;
import pe.rutas.export.ExportUserLayer;
import pe.rutas.export.GeodataLoader;
import pe.rutas.io.TourLoader;
import pe.rutas.model.GeoFeature;
import pe.rutas.model.Tour;
import pe.rutas.style.LayerStyle;

/**
 * The user's own layers on presenter slides: a visible layer is painted in its colour where it
 * lies, on steps whatever their evidence layers; a hidden one is not; and a change while presenting
 * (hiding the layer) redraws the slide. Pixels are read off a snapshot of the slide's map and
 * compared with the same slide without own layers.
 */
@ExtendWith(ApplicationExtension.class)
class PresenterUserLayersTest {
    static final GeometryFactory GF = new GeometryFactory();
    /** Opaque magenta: no evidence colour, so a pixel of it can only come from the own layer. */
    static final LayerStyle SHOWN = new LayerStyle("#FF00FF", 2, "#FF00FF", 1, 0);
    static final LayerStyle HIDDEN = new LayerStyle("#00FFFF", 2, "#00FFFF", 1, 0);
    /** In northern Loreto, away from routes, places and their names (lon, lat). */
    static final double SHOWN_LON = -75.5, SHOWN_LAT = -3.0;
    /** In Junín/Ucayali (lon, lat). */
    static final double HIDDEN_LON = -74.5, HIDDEN_LAT = -10.5;

    static ExportData data;
    static Tour tour;
    final SimpleObjectProperty<List<ExportUserLayer>> own = new SimpleObjectProperty<>(List.of());
    PresenterMode mode;

    @BeforeAll
    static void load() throws Exception {
        data = GeodataLoader.load(Path.of(System.getProperty("rutas.geodata", "geodata")));
        tour = new TourLoader().loadDefault();
    }

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("main window")), 400, 300));
        stage.show();
        mode = PresenterMode.enter(stage, data, tour, Locale.ENGLISH, false, false, own);
        mode.stage().setWidth(1280);
        mode.stage().setHeight(720);
    }

    static Geometry box(double lon, double lat, double half) {
        return GF.createPolygon(new Coordinate[] {new Coordinate(lon - half, lat - half), new Coordinate(lon + half, lat - half),
                new Coordinate(lon + half, lat + half), new Coordinate(lon - half, lat + half), new Coordinate(lon - half, lat - half)});
    }

    static ExportUserLayer layer(String name, double lon, double lat, LayerStyle style, boolean visible) {
        return new ExportUserLayer(name, List.of(new GeoFeature(0, null, box(lon, lat, 0.5), Map.of())), style, 1, visible);
    }

    SlidePixels snapshot(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(mode.view().map().frameProperty().get(), "a frame is shown");
        return WaitForAsyncUtils.asyncFx(() -> SlidePixels.of(mode.view().map(), name)).get();
    }

    @Test
    void aVisibleOwnLayerIsPaintedInItsColourOnEverySlideAndAHiddenOneIsNot(FxRobot robot) throws Exception {
        List<ExportUserLayer> both = List.of(layer("shelters.geojson", SHOWN_LON, SHOWN_LAT, SHOWN, true),
                layer("hidden.geojson", HIDDEN_LON, HIDDEN_LAT, HIDDEN, false));
        // step 1 (routes and places) and step 2 (shading only): own layers do not depend on the step's layers
        for (int step = 0; step < 2; step++) {
            int index = step;
            robot.interact(() -> {
                own.set(List.of());
                mode.view().model().go(index);
            });
            SlidePixels without = snapshot(robot, "step" + (step + 1) + "-without-own-layers");
            robot.interact(() -> own.set(both));
            SlidePixels with = snapshot(robot, "step" + (step + 1) + "-with-own-layers");
            assertEquals(without.frame(), with.frame(), "the same frame, so pixels compare");
            assertTrue(with.shows(SHOWN_LON, SHOWN_LAT) && with.shows(HIDDEN_LON, HIDDEN_LAT), "both places on step " + (step + 1));
            int shown = with.rgbAt(SHOWN_LON, SHOWN_LAT);
            assertTrue(SlidePixels.distance(shown, 0xFF00FF) <= 8, "step " + (step + 1) + ": the own layer's magenta where it lies, got "
                    + Integer.toHexString(shown) + " (without: " + Integer.toHexString(without.rgbAt(SHOWN_LON, SHOWN_LAT)) + ")");
            assertEquals(without.rgbAt(HIDDEN_LON, HIDDEN_LAT), with.rgbAt(HIDDEN_LON, HIDDEN_LAT),
                    "step " + (step + 1) + ": the hidden layer leaves the slide as it was");
        }
        assertFalse(tour.steps().get(1).layers().contains("routes"), "step 2 has no routes (so it differs from step 1)");
        assertTrue(mode.view().model().slideProperty().get().layers().contains(ExportLayer.CHOROPLETH));
    }

    @Test
    void hidingTheLayerWhilePresentingRedrawsTheSlideWithoutIt(FxRobot robot) throws Exception {
        robot.interact(() -> own.set(List.of(layer("shelters.geojson", SHOWN_LON, SHOWN_LAT, SHOWN, true))));
        SlidePixels shown = snapshot(robot, "live-shown");
        assertTrue(SlidePixels.distance(shown.rgbAt(SHOWN_LON, SHOWN_LAT), 0xFF00FF) <= 8, "drawn while visible");
        robot.interact(() -> own.set(List.of(layer("shelters.geojson", SHOWN_LON, SHOWN_LAT, SHOWN, false))));
        SlidePixels hidden = snapshot(robot, "live-hidden");
        assertTrue(SlidePixels.distance(hidden.rgbAt(SHOWN_LON, SHOWN_LAT), 0xFF00FF) > 100,
                "gone once hidden: " + Integer.toHexString(hidden.rgbAt(SHOWN_LON, SHOWN_LAT)));
        // the next step still draws what the explorer shows now
        robot.interact(() -> own.set(List.of(layer("shelters.geojson", SHOWN_LON, SHOWN_LAT, SHOWN.withFill("#00FF00", 1), true))));
        robot.type(KeyCode.RIGHT);
        SlidePixels next = snapshot(robot, "live-restyled-next-step");
        assertEquals(1, mode.view().model().indexProperty().get());
        assertTrue(SlidePixels.distance(next.rgbAt(SHOWN_LON, SHOWN_LAT), 0x00FF00) <= 8,
                "the new colour on the next step: " + Integer.toHexString(next.rgbAt(SHOWN_LON, SHOWN_LAT)));
    }

    @Test
    void closingPresenterModeStopsFollowingTheLayers(FxRobot robot) {
        robot.interact(() -> own.set(List.of(layer("shelters.geojson", SHOWN_LON, SHOWN_LAT, SHOWN, true))));
        assertEquals(1, mode.view().map().userLayers().size());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(mode.stage().isShowing());
        robot.interact(() -> own.set(List.of()));
        assertEquals(1, mode.view().map().userLayers().size(), "a closed presenter no longer listens to the explorer");
    }
}
