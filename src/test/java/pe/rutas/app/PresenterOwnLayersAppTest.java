package pe.rutas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import pe.rutas.style.LayerStyle;
import pe.rutas.ui.UserLayerEntry;
import pe.rutas.ui.presenter.PresenterView;
import pe.rutas.ui.presenter.SlidePixels;
import pe.rutas.ui.presenter.TourMapView;

/**
 * Presenter mode in the real explorer draws the user's own layers as the explorer shows them: two
 * GeoJSON files are opened as the user opens them, one is hidden in the explorer, F5 starts the
 * default tour, and the first slide's painted map has the visible layer's colour where it lies and
 * not the hidden one's. Showing the hidden layer and hiding the other in the explorer while
 * presenting redraws the slide to match. Pixels come from a snapshot of the slide's map.
 */
@ExtendWith(ApplicationExtension.class)
class PresenterOwnLayersAppTest {
    /** Opaque colours no evidence mark uses, so a pixel of one can only come from that own layer. */
    private static final LayerStyle MAGENTA = new LayerStyle("#FF00FF", 2, "#FF00FF", 1, 0);
    private static final LayerStyle CYAN = new LayerStyle("#00FFFF", 2, "#00FFFF", 1, 0);
    /** Centre of the shelters' square: northern Loreto, away from routes, places and names (lon, lat). */
    private static final double SHELTERS_LON = -75.5, SHELTERS_LAT = -3.0;
    /** Centre of the communities' square, in Junín/Ucayali (lon, lat). */
    private static final double COMMUNITIES_LON = -74.5, COMMUNITIES_LAT = -10.5;

    private static LoadedData data;
    @TempDir static Path dir;
    private static ExplorerWindow window;
    private Stage main;

    @BeforeAll
    static void load() {
        data = DataLoader.fromSystemProperties().load((key, f) -> {});
    }

    @Start
    void start(Stage stage) {
        if (window == null) window = ExplorerWindow.open(data, dir.resolve("config"), Locale.ENGLISH);
        else java.util.List.copyOf(window.features.layers().layers()).forEach(window.features.layers()::remove);
        window.showIn(stage);
        main = stage;
    }

    @AfterAll
    static void closeSession() {
        if (window != null) WaitForAsyncUtils.waitForAsyncFx(10_000, window.session::close);
    }

    /** A GeoJSON file of one square polygon, half a degree either side of lon/lat. */
    private static Path square(String name, double lon, double lat) throws Exception {
        double w = lon - 0.5, e = lon + 0.5, s = lat - 0.5, n = lat + 0.5;
        Path f = dir.resolve(name);
        Files.writeString(f, String.format(Locale.ROOT, """
                {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"name": "%s"},
                 "geometry": {"type": "Polygon", "coordinates": [[[%s, %s], [%s, %s], [%s, %s], [%s, %s], [%s, %s]]]}}]}
                """, name, w, s, e, s, e, n, w, n, w, s));
        return f;
    }

    private static Stage presenter() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing() && s.getScene() != null
                && s.getScene().getRoot() instanceof PresenterView).map(w -> (Stage) w).findFirst().orElse(null);
    }

    private static SlidePixels slide(TourMapView map, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> SlidePixels.of(map, name)).get();
    }

    /** Opens the two squares as the user does, the shelters magenta and shown, the communities cyan and hidden. */
    private UserLayerEntry[] openShownAndHidden(FxRobot robot) throws Exception {
        var features = window.features;
        Path shelters = square("shelters.geojson", SHELTERS_LON, SHELTERS_LAT);
        Path communities = square("communities.geojson", COMMUNITIES_LON, COMMUNITIES_LAT);
        robot.interact(() -> {
            features.opener().open(shelters);
            features.opener().open(communities);
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> features.layers().layers().size() == 2
                && features.layers().layers().stream().allMatch(UserLayerEntry::isLoaded));
        WaitForAsyncUtils.waitForFxEvents();
        UserLayerEntry shown = features.layers().layers().stream().filter(e -> e.name().equals("shelters.geojson")).findFirst().orElseThrow();
        UserLayerEntry hidden = features.layers().layers().stream().filter(e -> e.name().equals("communities.geojson")).findFirst().orElseThrow();
        // as the Layers pane edits them: a colour of the test's choosing, and one layer unticked
        robot.interact(() -> {
            shown.styleProperty().set(MAGENTA);
            hidden.styleProperty().set(CYAN);
            hidden.visibleProperty().set(false);
            Window.getWindows().stream().filter(w -> w != main).toList().forEach(Window::hide);
            main.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return new UserLayerEntry[] {shown, hidden};
    }

    @Test
    void f5PresentsTheVisibleOwnLayerInItsColourAndNotTheHiddenOneAndFollowsTheExplorer(FxRobot robot) throws Exception {
        UserLayerEntry[] layers = openShownAndHidden(robot);
        UserLayerEntry shown = layers[0], hidden = layers[1];
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        Stage p = presenter();
        assertNotNull(p, "F5 opened presenter mode");
        TourMapView map = ((PresenterView) p.getScene().getRoot()).map();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> map.frameProperty().get() != null
                && map.frameProperty().get().equals(map.targetProperty().get()));
        SlidePixels first = slide(map, "app-first-slide");
        assertTrue(first.shows(SHELTERS_LON, SHELTERS_LAT) && first.shows(COMMUNITIES_LON, COMMUNITIES_LAT), "both squares in the first slide's frame");
        int atShelters = first.rgbAt(SHELTERS_LON, SHELTERS_LAT), atCommunities = first.rgbAt(COMMUNITIES_LON, COMMUNITIES_LAT);
        assertTrue(SlidePixels.distance(atShelters, 0xFF00FF) <= 8, "the visible layer's magenta where it lies: " + Integer.toHexString(atShelters));
        assertTrue(SlidePixels.distance(atCommunities, 0x00FFFF) > 100, "no cyan from the hidden layer: " + Integer.toHexString(atCommunities));

        // the explorer changes while presenting: the slide follows
        robot.interact(() -> {
            hidden.visibleProperty().set(true);
            shown.visibleProperty().set(false);
        });
        SlidePixels swapped = slide(map, "app-first-slide-swapped");
        assertEquals(first.frame(), swapped.frame(), "the same frame");
        assertTrue(SlidePixels.distance(swapped.rgbAt(COMMUNITIES_LON, COMMUNITIES_LAT), 0x00FFFF) <= 8,
                "shown in the explorer, drawn on the slide: " + Integer.toHexString(swapped.rgbAt(COMMUNITIES_LON, COMMUNITIES_LAT)));
        assertTrue(SlidePixels.distance(swapped.rgbAt(SHELTERS_LON, SHELTERS_LAT), 0xFF00FF) > 100,
                "hidden in the explorer, gone from the slide: " + Integer.toHexString(swapped.rgbAt(SHELTERS_LON, SHELTERS_LAT)));

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(p.isShowing(), "Esc leaves presenter mode");
    }

    @Test
    void theToolbarButtonPresentsTheVisibleOwnLayerToo(FxRobot robot) throws Exception {
        openShownAndHidden(robot);
        robot.clickOn("#toolbar-present");
        WaitForAsyncUtils.waitForFxEvents();
        Stage p = presenter();
        assertNotNull(p, "the tool button opened presenter mode");
        TourMapView map = ((PresenterView) p.getScene().getRoot()).map();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> map.frameProperty().get() != null
                && map.frameProperty().get().equals(map.targetProperty().get()));
        SlidePixels first = slide(map, "app-first-slide-toolbar");
        assertTrue(SlidePixels.distance(first.rgbAt(SHELTERS_LON, SHELTERS_LAT), 0xFF00FF) <= 8,
                "the visible layer's magenta: " + Integer.toHexString(first.rgbAt(SHELTERS_LON, SHELTERS_LAT)));
        assertTrue(SlidePixels.distance(first.rgbAt(COMMUNITIES_LON, COMMUNITIES_LAT), 0x00FFFF) > 100, "no cyan from the hidden layer");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(p.isShowing());
    }
}
