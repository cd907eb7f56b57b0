package pe.rutas.ui.presenter;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import pe.rutas.export.ExportData;
import pe.rutas.export.GeodataLoader;

/** F5 from the main window opens full-screen presenter mode with the default tour; transitions animate to the step's frame. */
@ExtendWith(ApplicationExtension.class)
class PresenterShortcutTest {
    Stage main;

    @Start
    void start(Stage stage) throws Exception {
        ExportData data = GeodataLoader.load(Path.of(System.getProperty("rutas.geodata", "geodata")));
        StackPane root = new StackPane(new Label("main window"));
        // installed before the node is in a scene, as the app's assembly does
        PresenterMode.installShortcut(root, data, () -> Locale.forLanguageTag("es"));
        stage.setScene(new Scene(root, 640, 400));
        stage.show();
        main = stage;
    }

    static Stage presenter() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getScene() != null
                && s.getScene().getRoot() instanceof PresenterView).map(w -> (Stage) w).findFirst().orElse(null);
    }

    @Test
    void f5EntersFullScreenAnimatesAndEscReturns(FxRobot robot) throws Exception {
        robot.clickOn(main.getScene().getRoot());
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        Stage p = presenter();
        assertNotNull(p, "presenter window open");
        assertTrue(p.isFullScreen());
        PresenterView view = (PresenterView) p.getScene().getRoot();
        assertTrue(view.model().animateProperty().get());
        assertEquals("Seis rutas internas y los lugares de explotación", robot.lookup("#presenter-title").queryAs(Label.class).getText());
        robot.type(KeyCode.RIGHT);
        TourMapView map = view.map();
        // the flight ends exactly on the step's frame
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> map.targetProperty().get() != null && map.targetProperty().get().equals(map.frameProperty().get()));
        assertEquals(2, view.model().indexProperty().get() + 1);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(p.isShowing());
        assertTrue(main.isShowing());
    }
}
