package pe.rutas.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import pe.rutas.io.LoadProblem;
import pe.rutas.ui.I18n;
import pe.rutas.ui.MainView;
import pe.rutas.ui.ProblemsDialog;
import pe.rutas.ui.ViewSettings;

/** Broken and missing data files: the window still opens with what loaded and says what did not. */
@ExtendWith(ApplicationExtension.class)
class BrokenDataTest {
    private LoadedData data;
    private MainView view;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("rutas-broken");
        Path geodata = Path.of(System.getProperty("rutas.geodata", "geodata"));
        Files.copy(geodata.resolve("countries.geojson"), dir.resolve("countries.geojson"));
        Files.copy(geodata.resolve("hotspots.geojson"), dir.resolve("hotspots.geojson"));
        Files.writeString(dir.resolve("departments.geojson"), "{ \"type\": \"FeatureCollection\", \"features\": [ ");
        Files.writeString(dir.resolve("routes.geojson"), "not json at all");
        data = new DataLoader(dir).load((k, f) -> {});
        I18n i18n = new I18n(Locale.ENGLISH);
        ViewSettings settings = new ViewSettings();
        view = ExplorerAssembly.build(data, i18n, settings, url -> {});
        stage.setScene(new Scene(view, 1000, 700));
        stage.show();
        ProblemsDialog.show(stage, data.problems(), i18n);
    }

    @Test
    void opensWithWhatLoadedAndListsEachBrokenFile(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(robot.lookup("#map-pane").query());
        assertTrue(robot.lookup(n -> n.getId() != null && n.getId().startsWith("dept-")).queryAll().isEmpty());
        assertFalse(robot.lookup(n -> n.getId() != null && n.getId().startsWith("hotspot-")).queryAll().isEmpty(),
                "hotspots loaded even though departments and routes did not");
        @SuppressWarnings("unchecked")
        TableView<LoadProblem> table = robot.lookup("#problems-table").queryAs(TableView.class);
        var files = table.getItems().stream().map(LoadProblem::file).toList();
        assertTrue(files.stream().anyMatch(f -> f.endsWith("departments.geojson")), files.toString());
        assertTrue(files.stream().anyMatch(f -> f.endsWith("routes.geojson")), files.toString());
        assertTrue(files.stream().anyMatch(f -> f.endsWith("sources.json")), "missing file listed: " + files);
        assertTrue(table.getItems().stream().allMatch(p -> !p.message().isBlank()));
    }
}
