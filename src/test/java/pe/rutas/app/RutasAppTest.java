package pe.rutas.app;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import pe.rutas.ui.MainView;

/** The application as launched: loading screen, background load, then the explorer. */
@ExtendWith(ApplicationExtension.class)
class RutasAppTest {
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        // Never read or write the developer's own settings from a test.
        System.setProperty(RutasApp.CONFIG_PROPERTY, java.nio.file.Files.createTempDirectory("rutas-config").toString());
        this.stage = stage;
        new RutasApp().start(stage);
    }

    @Test
    void loadsInTheBackgroundAndOpensTheExplorerWithoutAProblemsDialog(FxRobot robot) throws Exception {
        // Waiting for the background load is not a timing assertion: the limit only stops a hang.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> stage.getScene().getRoot() instanceof MainView);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(robot.lookup("#map-pane").query());
        assertTrue(robot.lookup(n -> n.getId() != null && n.getId().startsWith("dept-")).queryAll().size() >= 26);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Window.getWindows().stream().allMatch(w -> w == stage),
                "the bundled data loads cleanly, so no problems dialog opens");
    }
}
