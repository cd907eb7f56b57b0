package pe.rutas.ui.presenter;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import pe.rutas.export.ExportData;
import pe.rutas.export.GeodataLoader;
import pe.rutas.io.TourLoader;
import pe.rutas.model.MapFrame;
import pe.rutas.model.Tour;

/** Steps through the default tour with the presenter's keys, checking title and map frame at each step. */
@ExtendWith(ApplicationExtension.class)
class PresenterModeTest {
    static ExportData data;
    static Tour tour;
    Stage owner;
    PresenterMode mode;

    @BeforeAll
    static void load() throws Exception {
        data = GeodataLoader.load(Path.of(System.getProperty("rutas.geodata", "geodata")));
        tour = new TourLoader().loadDefault();
    }

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(new Label("main window")), 400, 300));
        stage.show();
        // not full screen and not animated, so each frame can be checked as soon as the key is handled
        mode = PresenterMode.enter(stage, data, tour, Locale.ENGLISH, false, false);
        mode.stage().setWidth(1280);
        mode.stage().setHeight(720);
    }

    String title(FxRobot robot) {
        return robot.lookup("#presenter-title").queryAs(Label.class).getText();
    }

    void assertStep(FxRobot robot, int index) {
        WaitForAsyncUtils.waitForFxEvents();
        Slide expected = new TourResolver(data).slide(tour, index, Locale.ENGLISH);
        assertEquals(tour.steps().get(index).title(), title(robot), "title of step " + (index + 1));
        assertEquals((index + 1) + " / " + tour.steps().size(), robot.lookup("#presenter-counter").queryAs(Label.class).getText());
        TourMapView map = mode.view().map();
        MapFrame shown = map.frameProperty().get();
        assertNotNull(shown);
        MapFrame want = TourMapView.fit(expected.box(), map.getWidth(), map.getHeight(), map.clearance());
        assertEquals(want, shown, "frame of step " + (index + 1));
        // the framed box lies inside the visible map
        assertTrue(shown.extent().contains(expected.box()), "step " + (index + 1) + " shows its box");
    }

    @Test
    void stepsThroughTheWholeTourAndBack(FxRobot robot) {
        int n = tour.steps().size();
        assertStep(robot, 0);
        for (int i = 1; i < n; i++) {
            robot.type(i % 2 == 0 ? KeyCode.RIGHT : KeyCode.PAGE_DOWN);
            assertStep(robot, i);
        }
        robot.type(KeyCode.SPACE);
        assertStep(robot, n - 1); // stays on the last step
        for (int i = n - 2; i >= 0; i--) {
            robot.type(i % 2 == 0 ? KeyCode.LEFT : KeyCode.PAGE_UP);
            assertStep(robot, i);
        }
        robot.type(KeyCode.PAGE_UP);
        assertStep(robot, 0);
    }

    @Test
    void homeEndDigitsAndBlank(FxRobot robot) {
        robot.type(KeyCode.END);
        assertStep(robot, tour.steps().size() - 1);
        robot.type(KeyCode.HOME);
        assertStep(robot, 0);
        robot.type(KeyCode.DIGIT3);
        assertStep(robot, 2);
        robot.type(KeyCode.B);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#presenter-blank").query().isVisible());
        robot.type(KeyCode.B);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#presenter-blank").query().isVisible());
        robot.type(KeyCode.DIGIT1, KeyCode.DIGIT2);
        assertStep(robot, tour.steps().size() >= 12 ? 11 : 1);
    }

    @Test
    void figuresShowValueAndSource(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        var cards = robot.lookup(".figure-card").queryAll();
        assertEquals(tour.steps().get(0).figures().size(), cards.size());
        var sources = robot.lookup(".figure-source").queryAllAs(Label.class);
        for (Label l : sources) assertTrue(l.getText().startsWith("Source: "), l.getText());
    }

    @Test
    void escapeLeavesAndTheMainWindowRemains(FxRobot robot) {
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(mode.stage().isShowing());
        assertTrue(owner.isShowing());
    }

    @Test
    void aBrokenTourFileKeepsTheCurrentTourAndSaysWhy(FxRobot robot, @TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"steps\": [{\"id\": \"x\"}]}");
        boolean ok = WaitForAsyncUtils.asyncFx(() -> mode.openTour(bad)).get();
        assertFalse(ok);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".presenter-message").queryAs(Label.class).getText().contains("bad.json"));
        assertStep(robot, 0);
        Path good = dir.resolve("mine.json");
        Files.writeString(good, "{\"id\": \"mine\", \"title\": \"Mine\", \"steps\": [{\"id\": \"puno\", \"title\": \"Puno only\","
                + " \"frame\": {\"department\": \"PE-PUN\"}, \"layers\": [\"departments\"]}]}");
        assertTrue(WaitForAsyncUtils.asyncFx(() -> mode.openTour(good)).get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Puno only", title(robot));
    }
}
