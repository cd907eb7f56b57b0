package pe.rutas.app;

import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import pe.rutas.io.SettingsStore;
import pe.rutas.ui.I18n;
import pe.rutas.ui.MainView;
import pe.rutas.ui.ViewSettings;

/**
 * Opens the explorer with GeoJSON files (arguments) opened as user layers, for looking at it (not a
 * test). System properties: {@code lang}, {@code tab} (side tab id to show), {@code configDir}, {@code importViews} (a views file to import; the first view is restored).
 */
public final class UserDataPreviewMain {
    private UserDataPreviewMain() {}

    public static void main(String[] args) { Application.launch(App.class, args); }

    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            LoadedData data = DataLoader.fromSystemProperties().load((k, f) -> {});
            UserSession session = new UserSession(new SettingsStore(Path.of(System.getProperty("configDir", "/tmp/rutas-preview-config"))));
            I18n i18n = new I18n(session.locale(Locale.forLanguageTag(System.getProperty("lang", "en"))));
            ViewSettings settings = new ViewSettings();
            session.applyTo(i18n, settings);
            MainView view = ExplorerAssembly.build(data, i18n, settings, u -> {}, session);
            Scene scene = new Scene(view, 1560, 960);
            settings.applyTo(scene);
            stage.setScene(scene);
            stage.show();
            UserFeatures f = UserFeatures.of(view);
            for (String a : getParameters().getRaw()) f.opener().open(Path.of(a));
            String views = System.getProperty("importViews", "");
            if (!views.isBlank()) {
                f.ui().views().importFrom(Path.of(views));
                if (!f.views().views().isEmpty()) f.views().restore(f.views().views().get(0));
            }
            String tab = System.getProperty("tab", "tab-layers");
            view.sidePanel().getTabs().stream().filter(t -> tab.equals(t.getId())).findFirst()
                    .ifPresent(t -> view.sidePanel().getSelectionModel().select(t));
        }
    }
}
