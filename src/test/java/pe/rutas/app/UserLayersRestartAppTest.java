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
import javafx.scene.Scene;
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
import pe.rutas.export.ExportUserLayer;
import pe.rutas.io.LoadProblem;
import pe.rutas.io.SettingsStore;
import pe.rutas.map.UserLayerHandle;
import pe.rutas.model.Settings;
import pe.rutas.model.UserData;
import pe.rutas.model.UserLayerSetting;
import pe.rutas.style.LayerStyle;
import pe.rutas.ui.I18n;
import pe.rutas.ui.MainView;
import pe.rutas.ui.UserLayerEntry;
import pe.rutas.ui.ViewSettings;
import pe.rutas.ui.export.MapExportView;

/**
 * The user's own layers across a restart of the session, in the real explorer (headless): a layer
 * opened and restyled comes back with its style; a remembered file that is missing is reported
 * once, kept (unavailable, with Retry and Remove) and comes back when the file is there again;
 * removing a layer forgets it; the file question starts in the folder the last layer came from,
 * unless that folder is gone.
 */
@ExtendWith(ApplicationExtension.class)
class UserLayersRestartAppTest {
    private static LoadedData data;
    @TempDir Path dir;
    private Stage stage;

    @BeforeAll
    static void load() {
        data = DataLoader.fromSystemProperties().load((k, f) -> {});
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide));
    }

    private Path points(String name) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, """
                {"type": "FeatureCollection", "features": [
                 {"type": "Feature", "properties": {"name": "Lima"}, "geometry": {"type": "Point", "coordinates": [-77.04, -12.05]}},
                 {"type": "Feature", "properties": {"name": "Cusco"}, "geometry": {"type": "Point", "coordinates": [-71.97, -13.53]}}
                ]}
                """);
        return f;
    }

    /** A session over {@code config} with its window shown. */
    private UserFeatures startSession(FxRobot robot, Path config) {
        UserSession session = new UserSession(new SettingsStore(config));
        I18n i18n = new I18n(Locale.ENGLISH);
        ViewSettings look = new ViewSettings();
        session.applyTo(i18n, look);
        MainView[] view = new MainView[1];
        robot.interact(() -> {
            view[0] = ExplorerAssembly.build(data, i18n, look, u -> {}, session);
            stage.setScene(new Scene(view[0], 1100, 720));
            stage.show();
        });
        return UserFeatures.of(view[0]);
    }

    private static void waitUntilNoneLoading(UserFeatures f) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> f.layers().layers().stream().noneMatch(e -> e.state() == UserLayerEntry.State.LOADING));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anOpenedAndRestyledLayerComesBackAfterARestartWithItsStyle(FxRobot robot) throws Exception {
        Path config = dir.resolve("config");
        Path file = points("offices.geojson");
        UserFeatures first = startSession(robot, config);
        robot.interact(() -> first.opener().open(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !first.layers().layers().isEmpty());
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide));
        UserLayerEntry opened = first.layers().layers().get(0);
        robot.interact(() -> {
            opened.setColour("#123456");
            opened.setSize(9);
            opened.opacityProperty().set(0.6);
        });
        Path settings = config.resolve(SettingsStore.FILE_NAME);
        // remembered shortly after the change, not only on exit
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(settings) && Files.readString(settings).contains("#123456"));
        robot.interact(first.session()::close);

        UserFeatures second = startSession(robot, config);
        waitUntilNoneLoading(second);
        assertEquals(1, second.layers().layers().size());
        UserLayerEntry back = second.layers().layers().get(0);
        assertEquals(UserLayerEntry.State.LOADED, back.state());
        assertEquals("offices.geojson", back.name());
        assertEquals(file.toAbsolutePath().toString(), back.file());
        assertEquals(2, back.features().size());
        assertEquals("#123456", back.colour(), "the colour the user chose");
        assertEquals(9, back.size(), 1e-9, "the mark size the user chose");
        assertEquals(0.6, back.opacityProperty().get(), 1e-9);
        assertTrue(back.visibleProperty().get());
        UserLayerHandle onMap = second.bridge().handleOf(back);
        assertNotNull(onMap, "on the map again");
        assertEquals(back.styleProperty().get(), onMap.styleProperty().get());
        assertTrue(second.map().legendProperty().get().entries().stream().anyMatch(e -> e.label().equals("offices.geojson")),
                "in the legend again");
        List<ExportUserLayer> exported = MapExportView.of(second.map()).userLayers();
        assertEquals(1, exported.size(), "and in what an export draws");
        assertEquals("#123456", exported.get(0).style().fill());
        assertTrue(robot.lookup("#problems-table").tryQuery().isEmpty(), "nothing to report after a good restart");
        robot.interact(second.session()::close);
    }

    @Test
    void aMissingRememberedFileIsReportedOnceKeptAndComesBackWhenItIsThereAgain(FxRobot robot) throws Exception {
        Path config = dir.resolve("usb");
        Path present = points("present.geojson");
        Path missing = dir.resolve("stick").resolve("shelters.geojson");
        UserLayerSetting gone = new UserLayerSetting(missing.toString(), "shelters.geojson",
                new UserLayerSetting.Look("#FFFFFF", 1.5, "#B15928", 1, 6), false, 0.7);
        UserLayerSetting there = new UserLayerSetting(present.toString(), "present.geojson",
                new UserLayerSetting.Look("#FFFFFF", 1.5, "#1F78B4", 1, 5), true, 1);
        Path broken = dir.resolve("broken.geojson");
        Files.writeString(broken, "{\"type\": \"FeatureCollection\", \"features\": [");
        UserLayerSetting damaged = new UserLayerSetting(broken.toString(), "broken.geojson",
                new UserLayerSetting.Look("#6A3D9A", 2, "#6A3D9A", 0.25, 0), true, 1);
        new SettingsStore(config).save(new UserData(Settings.defaults(), List.of(), List.of(gone, there, damaged)));

        UserFeatures f = startSession(robot, config);
        waitUntilNoneLoading(f);
        List<UserLayerEntry> layers = f.layers().layers();
        assertEquals(List.of("shelters.geojson", "present.geojson", "broken.geojson"), layers.stream().map(UserLayerEntry::name).toList(),
                "order kept");
        UserLayerEntry unavailable = layers.get(0);
        assertEquals(UserLayerEntry.State.UNAVAILABLE, unavailable.state());
        assertEquals("file not found", unavailable.reason());
        assertNull(f.bridge().handleOf(unavailable), "nothing on the map for it");
        assertEquals(UserLayerEntry.State.LOADED, layers.get(1).state());
        assertEquals(UserLayerEntry.State.UNAVAILABLE, layers.get(2).state(), "a file that is now damaged is kept too");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#problems-table").tryQuery().isPresent());
        TableView<?> report = robot.lookup("#problems-table").queryAs(TableView.class);
        assertEquals(2, report.getItems().size(), "told once, in one list, about the missing and the damaged file");
        LoadProblem p = (LoadProblem) report.getItems().get(0);
        assertEquals(missing.toString(), p.file());
        assertEquals("file not found", p.message());
        LoadProblem q = (LoadProblem) report.getItems().get(1);
        assertEquals(broken.toString(), q.file());
        assertEquals(layers.get(2).reason(), q.message());
        assertTrue(q.message().contains("truncated") || q.message().contains("JSON"), q.message());
        assertEquals(1, Window.getWindows().stream().filter(w -> w != stage).count(), "one dialog, not one per file");
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide));

        // the Layers tab shows it as unavailable, with Retry and Remove
        assertTrue(robot.lookup("#user-layer-retry-0").tryQuery().isPresent());
        assertTrue(robot.lookup("#user-layer-remove-0").tryQuery().isPresent());
        assertTrue(robot.lookup("#user-layer-state-0").queryLabeled().getText().contains("file not found"));

        // still remembered, with its style, visibility and opacity
        assertEquals(List.of(gone, there, damaged), f.session().snapshot().userLayers());

        // the stick is back: Retry opens it with the remembered look
        Files.createDirectories(missing.getParent());
        Files.copy(points("copy.geojson"), missing);
        robot.interact(() -> f.ui().layers().getScene().getRoot().lookupAll(".tab-pane").forEach(n -> {
            javafx.scene.control.TabPane tabs = (javafx.scene.control.TabPane) n;
            tabs.getTabs().stream().filter(t -> "tab-layers".equals(t.getId())).findFirst().ifPresent(t -> tabs.getSelectionModel().select(t));
        }));
        robot.interact(() -> ((javafx.scene.control.ScrollPane) robot.lookup("#layers").query()).setVvalue(1));
        robot.clickOn("#user-layer-retry-0");
        waitUntilNoneLoading(f);
        UserLayerEntry back = f.layers().layers().get(0);
        assertEquals(UserLayerEntry.State.LOADED, back.state());
        assertEquals(new LayerStyle("#FFFFFF", 1.5, "#B15928", 1, 6), back.styleProperty().get());
        assertFalse(back.visibleProperty().get(), "it was hidden, and stays so");
        assertEquals(0.7, back.opacityProperty().get(), 1e-9);
        assertNotNull(f.bridge().handleOf(back));
        robot.interact(f.session()::close);
        assertEquals(List.of(gone, there, damaged), new SettingsStore(config).load().data().userLayers());
    }

    @Test
    void aRememberedLayerComesBackAtTheNextStartOnceItsFileIsThereAndRemovingForgetsIt(FxRobot robot) throws Exception {
        Path config = dir.resolve("later");
        Path missing = dir.resolve("stick").resolve("shelters.geojson");
        UserLayerSetting gone = new UserLayerSetting(missing.toString(), "shelters.geojson",
                new UserLayerSetting.Look("#FFFFFF", 1.5, "#B15928", 1, 6), true, 1);
        new SettingsStore(config).save(new UserData(Settings.defaults(), List.of(), List.of(gone)));

        UserFeatures first = startSession(robot, config);
        waitUntilNoneLoading(first);
        assertEquals(UserLayerEntry.State.UNAVAILABLE, first.layers().layers().get(0).state());
        robot.interact(first.session()::close);
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide));
        assertEquals(List.of(gone), new SettingsStore(config).load().data().userLayers(), "kept while missing");

        Files.createDirectories(missing.getParent());
        Files.copy(points("copy.geojson"), missing);
        UserFeatures second = startSession(robot, config);
        waitUntilNoneLoading(second);
        UserLayerEntry back = second.layers().layers().get(0);
        assertEquals(UserLayerEntry.State.LOADED, back.state(), "back at the next start");
        assertEquals("#B15928", back.colour());
        assertNotNull(second.bridge().handleOf(back));
        assertTrue(robot.lookup("#problems-table").tryQuery().isEmpty(), "nothing to report");

        robot.interact(() -> second.layers().remove(back));
        robot.interact(second.session()::close);
        assertEquals(List.of(), new SettingsStore(config).load().data().userLayers(), "removed: forgotten");
    }

    @Test
    void theFileQuestionStartsAfterARestartInTheFolderTheLastLayerCameFromUnlessItIsGone(FxRobot robot) throws Exception {
        Path config = dir.resolve("folder");
        Path stick = Files.createDirectories(dir.resolve("usb stick").resolve("capas"));
        Path file = Files.copy(points("shelters.geojson"), stick.resolve("albergues.geojson"));

        UserFeatures first = startSession(robot, config);
        UserLayerOpenAppTest.RecordingPicker picker = new UserLayerOpenAppTest.RecordingPicker().answer(file);
        first.opener().setPicker(picker);
        robot.interact(first.opener()::choose);
        assertNull(picker.calls.get(0).request().initialDirectory(), "nothing remembered yet: the platform's folder");
        waitUntilNoneLoading(first);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !first.layers().layers().isEmpty());
        robot.interact(first.session()::close);
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide));
        assertEquals(stick.toString(), new SettingsStore(config).load().data().userLayerFolder(), "saved with the settings");

        UserFeatures second = startSession(robot, config);
        waitUntilNoneLoading(second);
        UserLayerOpenAppTest.RecordingPicker asked = new UserLayerOpenAppTest.RecordingPicker();
        second.opener().setPicker(asked);
        robot.interact(second.opener()::choose);
        assertEquals(1, asked.calls.size());
        assertEquals(stick, asked.calls.get(0).request().initialDirectory(), "starts where the last layer came from");
        robot.interact(second.session()::close);
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide));

        // the stick is taken out before the next start
        Files.delete(file);
        Files.delete(stick);
        UserFeatures third = startSession(robot, config);
        waitUntilNoneLoading(third);
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide));
        UserLayerOpenAppTest.RecordingPicker gone = new UserLayerOpenAppTest.RecordingPicker();
        third.opener().setPicker(gone);
        robot.interact(third.opener()::choose);
        assertEquals(1, gone.calls.size());
        assertNull(gone.calls.get(0).request().initialDirectory(), "a folder that is gone is not offered");
        robot.interact(third.session()::close);
        assertEquals(stick.toString(), new SettingsStore(config).load().data().userLayerFolder(),
                "but it stays remembered for when the stick is back");
    }
}
