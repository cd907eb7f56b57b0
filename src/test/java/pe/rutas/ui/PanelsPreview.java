package pe.rutas.ui;

import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Opens the main view over fake data, for looking at the layout by eye (not a test). */
public final class PanelsPreview extends Application {
    @Override
    public void start(Stage stage) {
        I18n i18n = new I18n(Locale.forLanguageTag(System.getProperty("lang", "en")));
        SelectionModel selection = new SelectionModel();
        ViewSettings settings = new ViewSettings();
        MainView view = new MainView(new FakeData(i18n), new FakeMap(), selection, i18n, settings, u -> {});
        Scene scene = new Scene(view, 1500, 950);
        settings.applyTo(scene);
        if (Boolean.getBoolean("hc")) settings.themeProperty().set(Theme.HIGH_CONTRAST);
        stage.setScene(scene);
        stage.show();
        selection.select(FakeData.RINCONADA);
        view.focusMap();
        view.sidePanel().getSelectionModel().select(Integer.getInteger("tab", 0));
    }

}
