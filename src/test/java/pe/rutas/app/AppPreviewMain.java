package pe.rutas.app;

import java.nio.file.Path;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import pe.rutas.model.FeatureRef;
import pe.rutas.ui.I18n;
import pe.rutas.ui.MainView;
import pe.rutas.ui.Theme;
import pe.rutas.ui.ViewSettings;

/**
 * Opens the real explorer for looking at it by eye (not a test). System properties:
 * {@code geodata} (directory), {@code lang}, {@code hc} (high contrast), {@code select}
 * (kind:id, selected after 3 s), {@code tab} (side panel tab index), {@code table} (choropleth id),
 * {@code scale} (text-size steps up).
 */
public final class AppPreviewMain {
    private AppPreviewMain() {}

    public static void main(String[] args) { Application.launch(App.class, args); }

    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            String dir = System.getProperty("geodata", "");
            LoadedData data = new DataLoader(dir.isBlank() ? null : Path.of(dir)).load((k, f) -> {});
            System.out.println("problems: " + data.problems());
            I18n i18n = new I18n(Locale.forLanguageTag(System.getProperty("lang", "en")));
            ViewSettings settings = new ViewSettings();
            MainView view = ExplorerAssembly.build(data, i18n, settings, u -> {});
            Scene scene = new Scene(view, 1560, 960);
            settings.applyTo(scene);
            if (Boolean.getBoolean("hc")) settings.themeProperty().set(Theme.HIGH_CONTRAST);
            for (int i = 0; i < Integer.getInteger("scale", 0); i++) settings.fontScale().larger();
            stage.setScene(scene);
            stage.show();
            PauseTransition later = new PauseTransition(Duration.seconds(3));
            later.setOnFinished(e -> {
                String sel = System.getProperty("select", "");
                if (!sel.isBlank()) {
                    String[] p = sel.split(":", 2);
                    FeatureRef ref = new FeatureRef(FeatureRef.Kind.valueOf(p[0].toUpperCase(Locale.ROOT)), p[1]);
                    view.search().field().setText("");
                    view.mapPane().requestFocus();
                    view.selection().select(ref);
                }
                String table = System.getProperty("table", "");
                if (!table.isBlank()) {
                    @SuppressWarnings("unchecked")
                    var combo = (javafx.scene.control.ComboBox<pe.rutas.ui.TableChoice>) view.lookup("#choropleth-table");
                    combo.getItems().stream().filter(t -> t.id().equals(table)).findFirst()
                            .ifPresent(combo.getSelectionModel()::select);
                }
                view.sidePanel().getSelectionModel().select(Integer.getInteger("tab", 0));
                if (Integer.getInteger("tab", 0) == 1) {
                    @SuppressWarnings("unchecked")
                    var tree = (javafx.scene.control.TreeView<Object>) view.lookup("#sources-tree");
                    tree.getRoot().getChildren().get(0).setExpanded(true);
                    tree.getSelectionModel().select(tree.getRoot().getChildren().get(0));
                }
                String query = System.getProperty("query", "");
                if (!query.isBlank()) {
                    view.search().field().requestFocus();
                    view.search().field().setText(query);
                }
            });
            later.play();
        }
    }
}
