package pe.rutas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import pe.rutas.model.Flow;
import pe.rutas.model.Period;
import pe.rutas.model.Source;
import pe.rutas.ui.I18n;
import pe.rutas.ui.MainView;
import pe.rutas.ui.ViewSettings;

/**
 * Issue 8 in the explorer over the bundled data, headless: flows are selectable and cited, and the
 * period control fades the map's marks and greys the card's evidence outside the years shown. One
 * window for all tests (the map is the slow part), reset before each.
 */
@ExtendWith(ApplicationExtension.class)
class PeriodExplorerTest {
    private static LoadedData data;
    private static MainView view;

    private static final ViewSettings settings = new ViewSettings();

    /** Loads the data and builds the window once, before the tests (so no test carries that cost). */
    @BeforeAll
    static void load() throws Exception {
        data = DataLoader.fromSystemProperties().load((key, f) -> {});
        org.testfx.api.FxToolkit.registerPrimaryStage();
        org.testfx.api.FxToolkit.setupFixture(() -> {
            view = ExplorerAssembly.build(data, new I18n(Locale.ENGLISH), settings, url -> {});
            view.map().animateProperty().set(false);    // flights end at once, so clicks land
        });
        // the first layout and paint of the map (tiles, labels) is slow: done here, not in a test
        org.testfx.api.FxToolkit.setupStage(stage -> {
            Scene scene = new Scene(view, 1200, 760);
            settings.applyTo(scene);
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Start
    void start(Stage stage) {
        if (view.getScene() != null) {
            view.getScene().setRoot(new javafx.scene.layout.Pane());
            view.selection().clear();
            view.search().field().clear();
            view.map().periodProperty().set(null);
            view.sidePanel().getSelectionModel().select(0);
            view.map().home();
        }
        Scene scene = new Scene(view, 1200, 760);
        settings.applyTo(scene);
        stage.setScene(scene);
        stage.show();
    }

    private static Node byId(FxRobot robot, String id) {
        return robot.lookup("#" + id).query();
    }

    private static boolean faded(Node n) {
        return n.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("faded"));
    }

    private static String sourceTitle(String id) {
        return data.catalog().source(id).map(Source::title).orElseThrow();
    }

    /** The evidence boxes (figures or citations) of the card whose text mentions {@code text}. */
    private static List<Parent> boxes(FxRobot robot, String styleClass, String text) {
        return robot.lookup("." + styleClass).queryAllAs(Parent.class).stream()
                .filter(b -> b.getChildrenUnmodifiable().stream()
                        .anyMatch(n -> n instanceof Label l && l.getText().contains(text)))
                .toList();
    }

    @Test
    void clickingAFlowShowsItsCitations(FxRobot robot) {
        Flow flow = data.catalog().flow("pe-ec").orElseThrow();
        // the start view again, now that the window has its size (a home() while detached waits for it)
        robot.interact(() -> view.map().home());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#flow-pe-ec .flow-arrow").queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(flow.name(), robot.lookup("#details-title").queryAs(Label.class).getText());
        Set<String> shown = robot.lookup(".citation-title").queryAllAs(Label.class).stream()
                .map(Label::getText).collect(Collectors.toSet());
        Set<String> expected = flow.citations().stream().map(c -> sourceTitle(c.source())).collect(Collectors.toSet());
        assertFalse(expected.isEmpty());
        assertEquals(expected, shown);
        String ages = robot.lookup(".citation-age").queryAllAs(Label.class).stream().map(Label::getText)
                .collect(Collectors.joining(" | "));
        assertTrue(ages.contains(flow.period()) && ages.contains("source of 2013"), ages);
    }

    @Test
    void searchingAFlowSelectsIt(FxRobot robot) {
        robot.clickOn("#search-field").write("Bolivian minors").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(data.catalog().flow("bo-la-rinconada").orElseThrow().name(),
                robot.lookup("#details-title").queryAs(Label.class).getText());
    }

    @Test
    void onlyTheEvidenceOf2013FadesThe2011RouteAndGreysIts2011Figures(FxRobot robot) {
        // keyboard: the "from" thumb to the last year; "to" is already there
        robot.clickOn("#period-from").type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Period.of(2013), view.map().periodProperty().get());
        assertTrue(robot.lookup("#period-shown").queryAs(Label.class).getText().contains("2013"));

        Node oldRoute = byId(robot, "route-north-coast");          // pucp-cescr-2011 only
        Node newRoute = byId(robot, "route-north-selva");          // also InSight Crime 2013
        assertTrue(faded(oldRoute) && faded(byId(robot, "route-north-coast-marks")));
        assertTrue(oldRoute.getOpacity() < 0.3, "map.css fades it: " + oldRoute.getOpacity());
        assertFalse(faded(newRoute));
        assertEquals(1.0, newRoute.getOpacity(), 1e-9);
        assertTrue(oldRoute.isVisible(), "faded, not removed");

        // the route card: the 2011 report's citation greyed, the 2013 article's not
        robot.interact(() -> view.selection().select(pe.rutas.model.FeatureRef.route("north-selva")));
        WaitForAsyncUtils.waitForFxEvents();
        Parent pucp = boxes(robot, "citation", sourceTitle("pucp-cescr-2011")).get(0);
        Parent insight = boxes(robot, "citation", sourceTitle("insightcrime-2013")).get(0);
        assertTrue(pucp.getStyleClass().contains("out-of-period"));
        assertFalse(insight.getStyleClass().contains("out-of-period"));

        // a hotspot's figures: the 2009–2010 figures of the 2011 report greyed, the 2013 article's shown
        robot.interact(() -> view.selection().select(pe.rutas.model.FeatureRef.hotspot("iquitos")));
        WaitForAsyncUtils.waitForFxEvents();
        List<Parent> old = boxes(robot, "figure", "source of 2011");
        List<Parent> recent = boxes(robot, "figure", "source of 2013");
        assertFalse(old.isEmpty());
        assertFalse(recent.isEmpty());
        old.forEach(b -> assertTrue(b.getStyleClass().contains("out-of-period"), "greyed: " + b));
        old.forEach(b -> assertTrue(b.getOpacity() < 1, "greyed by the style sheet"));
        recent.forEach(b -> assertFalse(b.getStyleClass().contains("out-of-period")));
        recent.forEach(b -> assertEquals(1.0, b.getOpacity(), 1e-9));
    }

    @Test
    void resetShowsAllEvidenceAgain(FxRobot robot) {
        robot.interact(() -> view.map().periodProperty().set(new Period(2003, 2005)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(faded(byId(robot, "route-north-selva")));
        assertFalse(faded(byId(robot, "flow-callao-jp")), "a flow of 2005");
        robot.clickOn("#period-reset");
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(view.map().periodProperty().get());
        assertFalse(faded(byId(robot, "route-north-selva")));
        assertEquals(1.0, byId(robot, "route-north-selva").getOpacity(), 1e-9);
        assertTrue(robot.lookup(n -> faded(n)).queryAll().isEmpty(), "nothing faded");
        assertTrue(robot.lookup(".out-of-period").queryAll().isEmpty());
    }
}
