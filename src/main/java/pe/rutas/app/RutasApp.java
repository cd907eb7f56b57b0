package pe.rutas.app;

import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import pe.rutas.io.LoadProblem;
import pe.rutas.io.SettingsStore;
import pe.rutas.ui.I18n;
import pe.rutas.ui.LoadingPane;
import pe.rutas.ui.MainView;
import pe.rutas.ui.ProblemsDialog;
import pe.rutas.ui.ViewSettings;

/**
 * The explorer window: restores the saved language, theme and text size, shows a loading
 * screen, loads the data on a background thread, then swaps in the main view and lists any
 * load problems (and notes about the settings file) once. No logic beyond wiring.
 */
public final class RutasApp extends Application {
    /** System property naming a settings directory to use instead of the user's config directory. */
    public static final String CONFIG_PROPERTY = "rutas.config";

    /** Settings are written off the FX thread, one after another. */
    private final ExecutorService saver = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rutas-settings-saver");
        t.setDaemon(true);
        return t;
    });

    @Override
    public void start(Stage stage) {
        I18n i18n = new I18n(I18n.defaultFor(Locale.getDefault()));
        ViewSettings settings = new ViewSettings();
        List<LoadProblem> settingsNotes = new SettingsSync(settingsStore(), saver, m -> Platform.runLater(() ->
                ProblemsDialog.show(stage, List.of(LoadProblem.warning(SettingsStore.FILE_NAME, -1, m)), i18n)))
                .attach(i18n, settings).messages().stream()
                .map(m -> LoadProblem.warning(SettingsStore.FILE_NAME, -1, m)).toList();
        DataLoadTask task = new DataLoadTask(DataLoader.fromSystemProperties(), i18n);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(new LoadingPane(task.progressProperty(), task.messageProperty(), i18n),
                Math.min(1400, screen.getWidth() * 0.92), Math.min(900, screen.getHeight() * 0.9));
        settings.applyTo(scene);
        stage.titleProperty().bind(i18n.text("app.title"));
        stage.setScene(scene);
        task.setOnSucceeded(e -> open(scene, task.getValue().withProblems(settingsNotes), i18n, settings));
        task.setOnFailed(e -> open(scene, LoadedData.failed(task.getException()).withProblems(settingsNotes), i18n, settings));
        stage.show();
        Thread loader = new Thread(task, "rutas-data-loader");
        loader.setDaemon(true);
        loader.start();
    }

    private static SettingsStore settingsStore() {
        String dir = System.getProperty(CONFIG_PROPERTY, "");
        return dir.isBlank() ? SettingsStore.forCurrentUser() : new SettingsStore(Path.of(dir));
    }

    /** Lets a settings save still in progress finish before the JVM exits. */
    @Override
    public void stop() throws InterruptedException {
        saver.shutdown();
        saver.awaitTermination(2, TimeUnit.SECONDS);
    }

    private void open(Scene scene, LoadedData data, I18n i18n, ViewSettings settings) {
        MainView view = ExplorerAssembly.build(data, i18n, settings, getHostServices()::showDocument);
        scene.setRoot(view);
        view.focusMap();
        List<LoadProblem> problems = data.problems();
        if (!problems.isEmpty()) ProblemsDialog.show(scene.getWindow(), problems, i18n);
    }
}
