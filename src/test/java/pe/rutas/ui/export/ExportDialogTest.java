package pe.rutas.ui.export;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import pe.rutas.export.ExportData;
import pe.rutas.export.ExportLayer;
import pe.rutas.export.GeodataLoader;
import pe.rutas.model.FeatureRef;
import pe.rutas.model.MapFrame;

/** The export dialog: presets, framing, asking before overwriting, and the file it writes. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {
    static final ExportView VIEW = new ExportView(new MapFrame(-75, -9, 5.5, 1000, 700), FeatureRef.route("lima"),
            ExportLayer.defaults(), null, false, null, Locale.ENGLISH);
    Stage stage;
    ExportActions actions;
    final StringBuilder status = new StringBuilder();

    @Start
    void start(Stage s) throws Exception {
        stage = s;
        ExportData data = GeodataLoader.load(Path.of(System.getProperty("rutas.geodata", "geodata")));
        s.setScene(new Scene(new StackPane(), 400, 300));
        s.show();
        actions = ExportActions.install(s, data, () -> VIEW, m -> status.append(m).append('\n'));
    }

    @Test
    void presetsSetTheSizeAndTheSelectionIsFramedByDefault() {
        ExportDialogModel m = new ExportDialogModel();
        m.presetProperty().set(ExportPreset.A4_LANDSCAPE_300DPI);
        assertEquals(3508, m.widthProperty().get());
        assertEquals(2480, m.heightProperty().get());
        m.presetProperty().set(ExportPreset.CUSTOM);
        assertEquals(3508, m.widthProperty().get(), "custom starts from the last size");
        m.frameProperty().set(new FrameChoice(FrameChoice.Kind.CURRENT_VIEW, null, "view"));
        assertEquals(VIEW.frame(), m.toRequest(VIEW).view());
        assertNull(m.toRequest(VIEW).target());
        assertEquals(VIEW.selection(), m.toRequest(VIEW).emphasised(), "the selection stays emphasised in the current view");
        m.frameProperty().set(new FrameChoice(FrameChoice.Kind.FEATURE, FeatureRef.hotspot("x"), "x"));
        assertEquals(FeatureRef.hotspot("x"), m.toRequest(VIEW).target());
        assertEquals(2.25, m.toRequest(VIEW).scale(), "automatic scale for A4 at 300 dpi");
    }

    @Test
    void exportsThroughTheDialogAndAsksBeforeReplacing(FxRobot robot, @TempDir Path dir) throws Exception {
        Path out = dir.resolve("brief.png");
        Files.writeString(out, "old");
        robot.interact(() -> actions.settings().presetProperty().set(ExportPreset.CUSTOM));
        robot.interact(() -> {
            actions.settings().widthProperty().set(640);
            actions.settings().heightProperty().set(400);
        });
        robot.interact(() -> { }); // settle
        javafx.application.Platform.runLater(actions::exportImage);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<FrameChoice> frame = robot.lookup("#export-frame").queryAs(ComboBox.class);
        assertEquals(FeatureRef.route("lima"), frame.getValue().target(), "the selection is the default framing");
        robot.interact(() -> robot.lookup("#export-file").queryAs(TextField.class).setText(out.toString()));
        DialogPane pane = robot.lookup(".export-dialog").queryAs(DialogPane.class);
        Button ok = (Button) pane.lookupButton(pane.getButtonTypes().get(0));
        javafx.application.Platform.runLater(ok::fire); // fire() waits in the nested loop of the question
        // the overwrite question: say no, the old file stays and the dialog stays open
        WaitForAsyncUtils.waitForFxEvents();
        Button no = robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(p -> p.getButtonTypes().contains(ButtonType.NO)).findFirst().map(p -> (Button) p.lookupButton(ButtonType.NO)).orElseThrow();
        robot.interact(no::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("old", Files.readString(out));
        assertTrue(pane.getScene().getWindow().isShowing());
        javafx.application.Platform.runLater(ok::fire);
        WaitForAsyncUtils.waitForFxEvents();
        Button yes = robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(p -> p.getButtonTypes().contains(ButtonType.YES)).findFirst().map(p -> (Button) p.lookupButton(ButtonType.YES)).orElseThrow();
        robot.interact(yes::fire);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status.toString().contains("Exported"));
        var img = ImageIO.read(out.toFile());
        assertEquals(640, img.getWidth());
        assertEquals(400, img.getHeight());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left");
        }
    }

    @Test
    void installingOnANodeRegistersTheShortcutsOnceItIsInAScene(FxRobot robot) throws Exception {
        ExportData data = GeodataLoader.load(Path.of(System.getProperty("rutas.geodata", "geodata")));
        StackPane node = new StackPane();
        ExportActions.install(node, data, () -> VIEW, m -> { });
        Scene scene = WaitForAsyncUtils.asyncFx(() -> new Scene(node, 100, 100)).get();
        assertTrue(scene.getAccelerators().containsKey(ExportActions.EXPORT));
        assertTrue(scene.getAccelerators().containsKey(ExportActions.COPY));
        assertTrue(scene.getAccelerators().containsKey(ExportActions.PRINT));
    }

    @Test
    void aRequestTheComposerRefusesIsReportedInTheWindowLanguage(FxRobot robot, @TempDir Path dir) throws Exception {
        Locale es = Locale.forLanguageTag("es");
        var req = pe.rutas.export.ExportRequest.of(640, 400, es).withTarget(FeatureRef.hotspot("atlantis"));
        Path out = dir.resolve("never.png");
        Object[] task = new Object[1];
        robot.interact(() -> task[0] = actions.write(req, out, ExportActions.text(es)));
        assertNull(task[0], "nothing is written");
        assertTrue(status.toString().startsWith("La exportación falló: punto crítico desconocido 'atlantis' (conocidos: "), status.toString());
        assertFalse(status.toString().contains("unknown hotspot"), status.toString());
        assertFalse(Files.exists(out));
        status.setLength(0);
        var english = pe.rutas.export.ExportRequest.of(640, 400, Locale.ENGLISH).withTarget(FeatureRef.hotspot("atlantis"));
        robot.interact(() -> actions.write(english, out, ExportActions.text(Locale.ENGLISH)));
        assertTrue(status.toString().startsWith("Export failed: unknown hotspot 'atlantis' (known: "), status.toString());
    }

    @Test
    void copyPutsTheCompositionOnTheClipboard(FxRobot robot) throws Exception {
        robot.interact(() -> {
            actions.settings().presetProperty().set(ExportPreset.CUSTOM);
            actions.settings().widthProperty().set(500);
            actions.settings().heightProperty().set(300);
        });
        robot.interact(actions::copyToClipboard);
        var img = WaitForAsyncUtils.asyncFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getImage()).get();
        assertNotNull(img, status.toString());
        assertEquals(500, img.getWidth());
        assertTrue(status.toString().contains("copied"), status.toString());
    }
}
