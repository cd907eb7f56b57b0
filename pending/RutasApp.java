package pe.rutas.app;

import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import pe.rutas.io.LoadProblem;
import pe.rutas.ui.I18n;
import pe.rutas.ui.LoadingPane;
import pe.rutas.ui.MainView;
import pe.rutas.ui.ProblemsDialog;
import pe.rutas.ui.ViewSettings;

/**
 * The explorer window: shows a loading screen, loads the data on a background thread, then
 * swaps in the main view and lists any load problems once. No logic beyond wiring.
 */
public final class RutasApp extends Application {
    @Override
    public void start(Stage stage) {
        I18n i18n = new I18n(I18n.defaultFor(Locale.getDefault()));
        ViewSettings settings = new ViewSettings();
        DataLoadTask task = new DataLoadTask(DataLoader.fromSystemProperties(), i18n);
        Scene scene = new Scene(new LoadingPane(task.progressProperty(), task.messageProperty(), i18n), 1400, 900);
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

    private void open(Scene scene, LoadedData data, I18n i18n, ViewSettings settings) {
        MainView view = ExplorerAssembly.build(data, i18n, settings, getHostServices()::showDocument);
        scene.setRoot(view);
        view.focusMap();
        List<LoadProblem> problems = data.problems();
        if (!problems.isEmpty()) ProblemsDialog.show(scene.getWindow(), problems, i18n);
    }
}
