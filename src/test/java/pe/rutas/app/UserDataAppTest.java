package pe.rutas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import pe.rutas.io.LoadProblem;
import pe.rutas.map.LayerId;
import pe.rutas.map.UserLayerHandle;
import pe.rutas.model.FeatureRef;
import pe.rutas.model.MapFrame;
import pe.rutas.model.SavedView;
import pe.rutas.ui.MainView;
import pe.rutas.ui.UserLayerEntry;

/**
 * Issue 6 in the real explorer, headless: own layers (open a partly bad file, toggle, remove) and
 * saved views (save, change everything, restore). Each test gets a fresh window over data loaded
 * once, with its settings in a temporary folder.
 */
@ExtendWith(ApplicationExtension.class)
class UserDataAppTest {
    private static LoadedData data;
    @TempDir static Path dir;
    private static MainView view;
    private static ExplorerWindow window;
    private static UserFeatures features;
    private static UserSession session;

    @BeforeAll
    static void load() {
        data = DataLoader.fromSystemProperties().load((key, f) -> {});
    }

    /** The window is built once (the map is the slow part) and reset for each test. */
    @Start
    void start(Stage stage) {
        if (window == null) {
            window = ExplorerWindow.open(data, dir.resolve("config"), Locale.ENGLISH);
            view = window.view;
            features = window.features;
            session = window.session;
        } else {
            List.copyOf(features.layers().layers()).forEach(features.layers()::remove);
            List.copyOf(features.views().views()).forEach(features.views()::delete);
            view.selection().clear();
            view.sidePanel().getSelectionModel().select(0);
        }
        window.showIn(stage);
    }

    /** Opening and removing layers is remembered: the last save must end before the temporary folder goes. */
    @org.junit.jupiter.api.AfterAll
    static void closeSession() {
        if (session != null) WaitForAsyncUtils.waitForAsyncFx(10_000, session::close);
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != view.getScene().getWindow()).toList()
                .forEach(Window::hide));
    }

    private static Path partlyBad() throws Exception {
        Path f = dir.resolve("partly-bad.geojson");
        Files.writeString(f, """
                {"type": "FeatureCollection", "features": [
                 {"type": "Feature", "properties": {"name": "Lima"}, "geometry": {"type": "Point", "coordinates": [-77.04, -12.05]}},
                 {"type": "Feature", "properties": {"name": "no geometry"}, "geometry": null},
                 {"type": "Feature", "properties": {"name": "Cusco"}, "geometry": {"type": "Point", "coordinates": [-71.97, -13.53]}},
                 {"type": "Feature", "properties": {"name": "wrong type"}, "geometry": {"type": "Blob", "coordinates": [1, 2]}},
                 {"type": "Feature", "properties": {"name": "river"}, "geometry": {"type": "LineString", "coordinates": [[-76, -10], [-74, -8], [-73, -4]]}}
                ]}
                """);
        return f;
    }

    private UserLayerEntry openAndWait(FxRobot robot, Path file) throws Exception {
        robot.interact(() -> features.opener().open(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !features.layers().layers().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        return features.layers().layers().get(0);
    }

    @Test
    void openingAPartlyBadFileAddsTheGoodFeaturesAndReportsTheBadOnes(FxRobot robot) throws Exception {
        UserLayerEntry layer = openAndWait(robot, partlyBad());
        assertEquals(3, layer.features().size(), "Lima, Cusco and the river load");
        List<Integer> skipped = layer.problems().stream().filter(p -> p.severity() == LoadProblem.Severity.ERROR)
                .map(LoadProblem::featureIndex).toList();
        assertEquals(List.of(1, 3), skipped, "the feature without geometry and the one of unknown type: " + layer.problems());
        UserLayerHandle handle = features.bridge().handleOf(layer);
        Node onMap = robot.lookup("#" + handle.id()).query();
        assertTrue(onMap.isVisible() && onMap.getScene() != null, "the layer is on the map");
        assertEquals(3, handle.featureCount());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#problems-table").tryQuery().isPresent());
        TableView<?> report = robot.lookup("#problems-table").queryAs(TableView.class);
        assertEquals(layer.problems().size(), report.getItems().size(), "every problem is listed once");
        assertTrue(report.getItems().stream().map(LoadProblem.class::cast).allMatch(p -> p.file().endsWith("partly-bad.geojson")));
    }

    @Test
    void aUserLayerCanBeHiddenRestyledAndRemovedFromTheLayersPane(FxRobot robot) throws Exception {
        UserLayerEntry layer = openAndWait(robot, partlyBad());
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != view.getScene().getWindow()).toList().forEach(Window::hide));
        UserLayerHandle handle = features.bridge().handleOf(layer);
        Node onMap = robot.lookup("#" + handle.id()).query();
        robot.interact(() -> view.sidePanel().getSelectionModel().select(
                view.sidePanel().getTabs().stream().filter(t -> "tab-layers".equals(t.getId())).findFirst().orElseThrow()));
        robot.interact(() -> ((javafx.scene.control.ScrollPane) robot.lookup("#layers").query()).setVvalue(1));
        robot.clickOn("#user-layer-toggle-0");
        assertFalse(onMap.isVisible(), "unticked: hidden on the map");
        robot.clickOn("#user-layer-toggle-0");
        assertTrue(onMap.isVisible());
        robot.interact(() -> layer.setColour("#123456"));
        assertEquals("#123456", handle.styleProperty().get().stroke(), "the map layer follows the edited style");
        robot.clickOn("#user-layer-remove-0");
        assertTrue(features.layers().layers().isEmpty());
        assertNull(onMap.getScene(), "removed from the map");
        assertTrue(robot.lookup("#user-layer-toggle-0").tryQuery().isEmpty(), "its row is gone");
    }

    @Test
    void savingAndRestoringAViewRestoresFrameLayersTableAndSelection(FxRobot robot) throws Exception {
        var map = features.map();
        String tableId = data.catalog().statistics().stream().filter(t -> t.byDepartment() && t.mappable()).findFirst().orElseThrow().id();
        robot.interact(() -> {
            map.goTo(-70.0, -13.5, 8);
            map.visibleProperty(LayerId.ROUTES).set(false);
            map.choroplethTableProperty().set(data.catalog().table(tableId).orElseThrow());
            view.selection().select(FeatureRef.hotspot("la-rinconada"));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> view.sidePanel().getSelectionModel().select(features.ui().viewsTab()));
        robot.clickOn("#views-save");
        robot.lookup("#view-name-field").queryTextInputControl();
        robot.interact(() -> robot.lookup("#view-name-field").queryTextInputControl().setText("Puno gold"));
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, features.views().views().size());
        SavedView saved = features.views().views().get(0);
        assertEquals("Puno gold", saved.name());

        robot.interact(() -> {
            view.map().home();
            map.visibleProperty(LayerId.ROUTES).set(true);
            map.choroplethTableProperty().set(null);
            view.selection().clear();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Math.abs(map.currentFrame().zoom() - 8) > 1, "moved away");

        robot.clickOn(robot.lookup(".list-cell").queryAll().stream()
                .filter(c -> ((javafx.scene.control.ListCell<?>) c).getItem() == saved).findFirst().orElseThrow());
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        MapFrame f = map.currentFrame();
        assertEquals(8, f.zoom(), 0.01);
        assertEquals(-70.0, f.centerLon(), 0.01);
        assertEquals(-13.5, f.centerLat(), 0.01);
        assertFalse(map.visibleProperty(LayerId.ROUTES).get(), "routes hidden again");
        assertNotNull(map.choroplethTableProperty().get());
        assertEquals(tableId, map.choroplethTableProperty().get().id());
        assertEquals(FeatureRef.hotspot("la-rinconada"), view.selection().selected());
    }
}
