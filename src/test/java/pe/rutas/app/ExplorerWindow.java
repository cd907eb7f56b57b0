package pe.rutas.app;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.stage.Stage;
import pe.rutas.io.SettingsStore;
import pe.rutas.ui.I18n;
import pe.rutas.ui.MainView;
import pe.rutas.ui.ViewSettings;

/**
 * The real explorer window for app tests, as the app assembles it: bundled data, a settings
 * session in {@code configDir}, own layers and saved views installed, map animations off so that
 * flights end at once. Built once per test class (the map is the slow part) and shown in each
 * test's stage at a size inside Monocle's 1280×800 headless screen. FX thread.
 */
final class ExplorerWindow {
    final MainView view;
    final I18n i18n;
    final ViewSettings settings;
    final UserFeatures features;
    final UserSession session;

    private ExplorerWindow(MainView view, I18n i18n, ViewSettings settings, UserFeatures features, UserSession session) {
        this.view = view;
        this.i18n = i18n;
        this.settings = settings;
        this.features = features;
        this.session = session;
    }

    static ExplorerWindow open(LoadedData data, Path configDir, Locale locale) {
        ViewSettings settings = new ViewSettings();
        UserSession session = new UserSession(new SettingsStore(configDir));
        I18n i18n = new I18n(locale);
        session.applyTo(i18n, settings);
        MainView view = ExplorerAssembly.build(data, i18n, settings, url -> {}, session);
        UserFeatures features = UserFeatures.of(view);
        features.map().animateProperty().set(false);
        return new ExplorerWindow(view, i18n, settings, features, session);
    }

    /** Moves the window into {@code stage} (out of the previous test's scene first). */
    void showIn(Stage stage) {
        if (view.getScene() != null) view.getScene().setRoot(new javafx.scene.layout.Pane());
        Scene scene = new Scene(view, 1200, 760);
        settings.applyTo(scene);
        stage.setScene(scene);
        stage.show();
    }
}
