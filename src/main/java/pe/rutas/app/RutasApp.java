package pe.rutas.app;

import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import pe.rutas.io.LoadProblem;
import pe.rutas.ui.I18n;
import pe.rutas.ui.LoadingPane;
import pe.rutas.ui.MainView;
import pe.rutas.ui.ProblemsDialog;
import pe.rutas.ui.ViewSettings;

/**
 * The explorer window: restores the saved settings (language, theme, text size, map layers) and
 * saved views, shows a loading screen, loads the data on a background thread, then swaps in the
 * main view and lists any load problems (and notes about a damaged settings file) once; saves the
 * settings on exit. No logic beyond wiring.
 */
public final class RutasApp extends Application {
    /** System property naming a settings directory to use instead of the user's config directory. */
    public static final String CONFIG_PROPERTY = UserSession.CONFIG_DIR_PROPERTY;

    private UserSession session;

    @Override
    public void start(Stage stage) {
        session = UserSession.open();
        I18n i18n = new I18n(session.locale(Locale.getDefault()));
        ViewSettings settings = new ViewSettings();
        session.applyTo(i18n, settings);
        DataLoadTask task = new DataLoadTask(DataLoader.fromSystemProperties(), i18n);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(new LoadingPane(task.progressProperty(), task.messageProperty(), i18n),
                Math.min(1400, screen.getWidth() * 0.92), Math.min(900, screen.getHeight() * 0.9));
        settings.applyTo(scene);
        stage.titleProperty().bind(i18n.text("app.title"));
        stage.setScene(scene);
        task.setOnSucceeded(e -> open(scene, task.getValue(), i18n, settings));
        task.setOnFailed(e -> open(scene, LoadedData.failed(task.getException()), i18n, settings));
        stage.show();
        Thread loader = new Thread(task, "rutas-data-loader");
        loader.setDaemon(true);
        loader.start();
    }

    /** Saves the settings in effect (after any save still in progress). */
    @Override
    public void stop() {
        if (session != null) session.close();
    }

    private void open(Scene scene, LoadedData data, I18n i18n, ViewSettings settings) {
        MainView view = ExplorerAssembly.build(data, i18n, settings, getHostServices()::showDocument, session);
        scene.setRoot(view);
        view.focusMap();
        session.showMessagesOnce(scene.getWindow(), i18n);
        List<LoadProblem> problems = data.problems();
        if (!problems.isEmpty()) ProblemsDialog.show(scene.getWindow(), problems, i18n);
    }
}
