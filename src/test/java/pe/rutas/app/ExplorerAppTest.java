package pe.rutas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import pe.rutas.model.Hotspot;
import pe.rutas.model.Source;
import pe.rutas.model.StatTable;
import pe.rutas.ui.I18n;
import pe.rutas.ui.MainView;
import pe.rutas.ui.TableChoice;
import pe.rutas.ui.ViewSettings;

/**
 * The explorer over the bundled data and the real map, headless: what the "done when"
 * asks of the window. The data is loaded and the window built once (the map is the slow part);
 * each test gets it in a fresh scene with the selection, layers and statistic reset.
 */
@ExtendWith(ApplicationExtension.class)
class ExplorerAppTest {
    private static LoadedData data;
    private static MainView view;

    @BeforeAll
    static void load() {
        data = DataLoader.fromSystemProperties().load((key, f) -> {});
    }

    @Start
    void start(Stage stage) {
        ViewSettings settings = new ViewSettings();
        if (view == null) {
            view = ExplorerAssembly.build(data, new I18n(Locale.ENGLISH), settings, url -> {});
            view.map().animateProperty().set(false);    // flights end at once, so clicks land
        } else {
            view.getScene().setRoot(new javafx.scene.layout.Pane());
            reset();
        }
        Scene scene = new Scene(view, 1200, 760);   // inside Monocle's 1280x800 headless screen
        settings.applyTo(scene);
        stage.setScene(scene);
        stage.show();
    }

    private static void reset() {
        view.selection().clear();
        view.search().field().clear();
        view.lookupAll(".check-box").forEach(n -> {
            if (n.getId() != null && n.getId().startsWith("layer-toggle-")) {
                ((CheckBox) n).setSelected(!n.getId().endsWith("choropleth"));
            }
        });
        ((ComboBox<?>) view.lookup("#choropleth-table")).getSelectionModel().select(0);
        view.sidePanel().getSelectionModel().select(0);
        view.map().home();
    }

    private static Set<String> idsWithPrefix(FxRobot robot, String prefix) {
        return robot.lookup(n -> n.getId() != null && n.getId().startsWith(prefix)).queryAll().stream()
                .map(Node::getId).collect(Collectors.toSet());
    }

    /** True when the node and every ancestor are visible (a hidden layer hides its marks). */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) return false;
        }
        return node.getScene() != null;
    }

    @Test
    void showsTheDepartmentsRoutesAndHotspotsOfflineWithoutProblems(FxRobot robot) {
        assertTrue(data.problems().isEmpty(), "bundled data loads cleanly: " + data.problems());
        assertEquals(26, idsWithPrefix(robot, "dept-").size());
        Set<String> routes = idsWithPrefix(robot, "route-");
        routes.removeIf(id -> id.endsWith("-marks"));    // a route's arrowheads and destination marks
        assertEquals(6, routes.size(), routes.toString());
        Set<String> hotspots = data.catalog().hotspots().stream().map(h -> "hotspot-" + h.id()).collect(Collectors.toSet());
        assertFalse(hotspots.isEmpty());
        assertEquals(hotspots, idsWithPrefix(robot, "hotspot-"));
        assertFalse(robot.lookup("#online-basemap").queryAs(CheckBox.class).isSelected(), "online basemap is off by default");
        var fileMenuKeys = view.menuBar().getMenus().get(0).getItems().stream()
                .map(javafx.scene.control.MenuItem::getAccelerator).collect(Collectors.toSet());
        assertTrue(fileMenuKeys.containsAll(Set.of(pe.rutas.ui.export.ExportActions.EXPORT,
                pe.rutas.ui.presenter.PresenterMode.SHORTCUT)), "export and presenter reachable from the File menu");
    }

    @Test
    void clickingLaRinconadaShowsItsCitations(FxRobot robot) {
        Hotspot rinconada = data.catalog().hotspot("la-rinconada").orElseThrow();
        robot.clickOn("#hotspot-la-rinconada");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(rinconada.name(), robot.lookup("#details-title").queryAs(Label.class).getText());
        Set<String> shown = robot.lookup(".citation-title").queryAllAs(Label.class).stream()
                .map(Label::getText).collect(Collectors.toSet());
        Set<String> expected = pe.rutas.model.Catalog.citationsOf(rinconada).stream()
                .map(c -> data.catalog().source(c.source()).map(Source::title).orElse(c.source()))
                .collect(Collectors.toSet());
        assertFalse(expected.isEmpty());
        assertEquals(expected, shown);
    }

    @Test
    void searchingIquitosSelectsIt(FxRobot robot) {
        robot.clickOn("#search-field").write("Iquitos").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Iquitos", robot.lookup("#details-title").queryAs(Label.class).getText());
    }

    @Test
    void unTickingRoutesHidesTheRouteNodes(FxRobot robot) {
        Node route = robot.lookup(n -> n.getId() != null && n.getId().startsWith("route-")).query();
        assertTrue(shown(route));
        robot.interact(() -> view.sidePanel().getSelectionModel().select(2));
        robot.clickOn("#layer-toggle-routes");
        assertFalse(shown(route), "route nodes hidden with their layer");
        robot.clickOn("#layer-toggle-routes");
        assertTrue(shown(route));
    }

    @Test
    void choroplethLegendNamesItsSourceAndPeriod(FxRobot robot) throws Exception {
        robot.interact(() -> view.sidePanel().getSelectionModel().select(2));
        @SuppressWarnings("unchecked")
        ComboBox<TableChoice> tables = robot.lookup("#choropleth-table").queryAs(ComboBox.class);
        assertTrue(tables.getItems().size() > 1, "at least one mappable table");
        robot.interact(() -> tables.getSelectionModel().select(1));
        StatTable table = data.catalog().table(tables.getItems().get(1).id()).orElseThrow();
        Source source = data.catalog().source(table.citation().source()).orElseThrow();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup(".legend-caption").queryAll().isEmpty());
        String captions = robot.lookup(".legend-caption").queryAllAs(Label.class).stream()
                .map(Label::getText).collect(Collectors.joining("\n"));
        boolean namesSource = java.util.stream.Stream.of(source.title(), source.publisher(), source.author())
                .anyMatch(name -> !name.isBlank() && captions.contains(name));
        assertTrue(namesSource && captions.contains(table.citation().locator()),
                "legend names the source " + source.id() + " and the locator: " + captions);
        assertTrue(captions.contains(table.period()), "legend names the period: " + captions);
    }

    @Test
    void thePresentToolButtonOpensPresenterModeAndEscapeReturns(FxRobot robot) {
        javafx.scene.control.Button present = robot.lookup("#toolbar-present").queryAs(javafx.scene.control.Button.class);
        assertTrue(present.getTooltip().getText().contains("F5"), "the tooltip names the shortcut");
        assertTrue(robot.lookup("#toolbar-export").queryAs(javafx.scene.control.Button.class).getTooltip().getText().contains("Ctrl+E"));
        robot.clickOn(present);
        WaitForAsyncUtils.waitForFxEvents();
        Stage p = javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof Stage st && st.getScene() != null
                        && st.getScene().getRoot() instanceof pe.rutas.ui.presenter.PresenterView)
                .map(w -> (Stage) w).findFirst().orElse(null);
        assertTrue(p != null && p.isShowing(), "presenter window open");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(p.isShowing(), "Esc leaves presenter mode");
    }
}
