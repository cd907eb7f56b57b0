package pe.rutas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import pe.rutas.io.LoadProblem;
import pe.rutas.io.Message;

/** The problems table gives each reason in the UI's language. */
@ExtendWith(ApplicationExtension.class)
class ProblemsDialogFxTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    private String reasonShown(FxRobot robot, Locale locale) {
        LoadProblem p = new LoadProblem("capa.geojson", 1, 3, LoadProblem.Severity.ERROR,
                Message.of("geojson.tooFewPositions", 2, 1));
        Alert[] alert = new Alert[1];
        robot.interact(() -> alert[0] = ProblemsDialog.show(stage, List.of(p), new I18n(locale)));
        TableView<?> table = (TableView<?>) alert[0].getDialogPane().getContent();
        String reason = String.valueOf(table.getColumns().get(3).getCellData(0));
        robot.interact(alert[0]::close);
        return reason;
    }

    @Test
    void reasonsAreInSpanishWhenTheUiIsSpanish(FxRobot robot) {
        assertEquals("necesita al menos 2 posiciones, tiene 1", reasonShown(robot, I18n.SPANISH));
    }

    @Test
    void reasonsAreInEnglishWhenTheUiIsEnglish(FxRobot robot) {
        assertEquals("needs at least 2 positions, has 1", reasonShown(robot, I18n.ENGLISH));
    }
}
