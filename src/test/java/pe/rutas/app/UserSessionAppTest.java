package pe.rutas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import pe.rutas.io.SettingsLoad;
import pe.rutas.io.SettingsStore;
import pe.rutas.map.LayerId;
import pe.rutas.map.RutasMap;
import pe.rutas.ui.I18n;
import pe.rutas.ui.MainView;
import pe.rutas.ui.Theme;
import pe.rutas.ui.ViewSettings;

/** Settings across runs: a damaged settings file, and a round trip through a restart. */
@ExtendWith(ApplicationExtension.class)
class UserSessionAppTest {
    private static LoadedData data;
    @TempDir Path dir;
    private Stage stage;
    private String previousConfigDir;

    @org.junit.jupiter.api.BeforeAll
    static void load() {
        data = DataLoader.fromSystemProperties().load((k, f) -> {});
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void restoreProperty(FxRobot robot) {
        if (previousConfigDir != null) System.setProperty(UserSession.CONFIG_DIR_PROPERTY, previousConfigDir);
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide));
    }

    @Test
    void aCorruptSettingsFileIsMovedAsideAndTheAppOpensWithDefaultsAndSaysSo(FxRobot robot) throws Exception {
        Path config = dir.resolve("config");
        Files.createDirectories(config);
        Files.writeString(config.resolve("settings.json"), "{\"format\": \"rutas-settings\", \"version\": 1, \"settings\": {\"theme\": ");
        previousConfigDir = System.getProperty(UserSession.CONFIG_DIR_PROPERTY);
        System.setProperty(UserSession.CONFIG_DIR_PROPERTY, config.toString());
        robot.interact(() -> new RutasApp().start(stage));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> stage.getScene().getRoot() instanceof MainView);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#settings-message").tryQuery().isPresent());
        String message = robot.lookup("#settings-message").queryAs(Label.class).getText();
        assertTrue(message.contains("settings.json.corrupt-"), "says where the file went: " + message);
        assertTrue(message.contains("default"), "says defaults are used: " + message);
        try (Stream<Path> files = Files.list(config)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("settings.json.corrupt-")),
                    "the damaged file is kept, moved aside");
        }
        assertEquals(List.of(Theme.DEFAULT.stylesheets().get(0)), stage.getScene().getStylesheets(), "default theme");
        WaitForAsyncUtils.waitForFxEvents();
        MainView main = (MainView) stage.getScene().getRoot();
        assertTrue(main.lookupAll(".department").size() >= 26, "the map is there: " + main.lookupAll(".department").size() + " " + main.lookupAll(".rutas-map").size());
    }

    @Test
    void theCorruptSettingsNoticeIsInTheLanguageOfTheUi(FxRobot robot) throws Exception {
        Path config = dir.resolve("es");
        Files.createDirectories(config);
        Files.writeString(config.resolve("settings.json"), "{\"format\": \"rutas-settings\", \"version\": 1, \"settings\": {\"theme\": ");
        UserSession session = new UserSession(new SettingsStore(config));
        robot.interact(() -> session.showMessagesOnce(stage, new I18n(I18n.SPANISH)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#settings-message").tryQuery().isPresent());
        String message = robot.lookup("#settings-message").queryAs(Label.class).getText();
        assertTrue(message.startsWith("No se pudo usar su archivo de configuración"), message);
        assertTrue(message.contains("se movió a settings.json.corrupt-"), message);
        assertTrue(message.endsWith("Rutas se inició con la configuración predeterminada."), message);
    }

    @Test
    void aSavedOnlineBasemapChoiceIsNotRestoredSoEveryStartIsOffline(FxRobot robot) throws Exception {
        Path config = dir.resolve("offline");
        SettingsStore store = new SettingsStore(config);
        store.save(new pe.rutas.model.UserData(pe.rutas.model.Settings.defaults().withOnlineBasemap(true), List.of()));
        UserSession session = new UserSession(new SettingsStore(config));
        I18n i18n = new I18n(Locale.ENGLISH);
        ViewSettings look = new ViewSettings();
        session.applyTo(i18n, look);
        MainView[] view = new MainView[1];
        robot.interact(() -> view[0] = ExplorerAssembly.build(data, i18n, look, u -> {}, session));
        assertTrue(session.loaded().data().settings().onlineBasemap(), "the saved choice was read");
        assertFalse(UserFeatures.of(view[0]).map().onlineBasemapProperty().get(), "but the map starts offline");
        robot.interact(session::close);
    }

    @Test
    void settingsAndViewsSurviveARestart(FxRobot robot) throws Exception {
        Path config = dir.resolve("roundtrip");

        UserSession first = new UserSession(new SettingsStore(config));
        I18n i18n = new I18n(Locale.ENGLISH);
        ViewSettings look = new ViewSettings();
        first.applyTo(i18n, look);
        MainView[] view = new MainView[1];
        robot.interact(() -> {
            view[0] = ExplorerAssembly.build(data, i18n, look, u -> {}, first);
            stage.setScene(new Scene(view[0], 1000, 700));
            stage.show();
        });
        UserFeatures f = UserFeatures.of(view[0]);
        robot.interact(() -> {
            i18n.setLocale(I18n.SPANISH);
            look.themeProperty().set(Theme.HIGH_CONTRAST);
            look.fontScale().larger();
            f.map().visibleProperty(LayerId.ROUTES).set(false);
            f.map().opacityProperty(LayerId.DEPARTMENTS).set(0.4);
            f.map().animateProperty().set(false);
            f.views().saveCurrent("Cusco");
        });
        Path file = config.resolve(SettingsStore.FILE_NAME);
        // saved shortly after the change, without waiting for the exit
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(file) && Files.readString(file).contains("Cusco"));
        robot.interact(first::close);

        UserSession second = new UserSession(new SettingsStore(config));
        assertEquals(SettingsLoad.Origin.FILE, second.loaded().origin());
        assertFalse(second.loaded().hasMessages(), second.loaded().messages().toString());
        I18n i18n2 = new I18n(second.locale(Locale.ENGLISH));
        assertEquals(I18n.SPANISH, i18n2.locale(), "language kept");
        ViewSettings look2 = new ViewSettings();
        second.applyTo(i18n2, look2);
        assertEquals(Theme.HIGH_CONTRAST, look2.themeProperty().get());
        assertEquals(115, look2.fontScale().percent());
        MainView[] view2 = new MainView[1];
        robot.interact(() -> view2[0] = ExplorerAssembly.build(data, i18n2, look2, u -> {}, second));
        RutasMap map2 = UserFeatures.of(view2[0]).map();
        assertFalse(map2.visibleProperty(LayerId.ROUTES).get(), "routes stay hidden");
        assertEquals(0.4, map2.opacityProperty(LayerId.DEPARTMENTS).get(), 1e-9);
        assertFalse(map2.animateProperty().get());
        assertEquals(List.of("Cusco"), UserFeatures.of(view2[0]).views().views().stream().map(v -> v.name()).toList());
    }
}
