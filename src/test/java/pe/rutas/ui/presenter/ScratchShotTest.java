package pe.rutas.ui.presenter;

import java.nio.file.Path;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import pe.rutas.export.GeodataLoader;
import pe.rutas.io.TourLoader;

@ExtendWith(ApplicationExtension.class)
class ScratchShotTest {
    PresenterMode mode;
    @Start
    void start(Stage stage) throws Exception {
        var data = GeodataLoader.load(Path.of(System.getProperty("rutas.geodata")));
        mode = PresenterMode.enter(null, data, new TourLoader().loadDefault(), Locale.ENGLISH, false, false);
        mode.stage().setWidth(1280); mode.stage().setHeight(720);
    }
    @Test
    void shots(FxRobot robot) throws Exception {
        for (int i : new int[] {0, 1, 4, 6, 11}) {
            final int k = i;
            WaitForAsyncUtils.asyncFx(() -> mode.view().model().go(k)).get();
            WaitForAsyncUtils.waitForFxEvents();
            var img = WaitForAsyncUtils.asyncFx(() -> mode.stage().getScene().snapshot(null)).get();
            ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", Path.of("/tmp/pres-" + i + ".png").toFile());
        }
    }
}
