package pe.rutas.ui.presenter;

import java.io.File;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import pe.rutas.export.ExportData;
import pe.rutas.export.ExportUserLayer;
import pe.rutas.io.DataFileException;
import pe.rutas.io.TourLoader;
import pe.rutas.model.Tour;

/**
 * Full-screen presenter mode in a window of its own over the main window: {@link #enter} opens
 * it with the default tour, Esc closes it and gives the focus back to the main window (which was
 * never changed, so it comes back exactly as it was). O opens a tour file. FX thread only.
 *
 * <p>The user's own layers come from the explorer as an observable list of {@link ExportUserLayer}
 * (the same values an export gets): every slide draws the visible ones, whatever the tour step's
 * layers, and redraws when the list is invalidated (a layer shown, hidden, restyled, added or
 * removed) while presenter mode is open.
 *
 * <p>Hooks for the GUI: F5 with {@code PresenterMode.installShortcut(mainView, exportData, i18n::locale, ownLayers)};
 * a toolbar button with {@code button.setOnAction(e -> PresenterMode.enter(button.getScene().getWindow(), exportData, i18n.locale(), ownLayers))}.
 */
public final class PresenterMode {
    private final Stage stage;
    private final PresenterView view;
    private final Window owner;
    private final TourResolver resolver;

    private PresenterMode(Window owner, ExportData data, Tour tour, Locale locale, boolean fullScreen, boolean animate,
                          ObservableValue<List<ExportUserLayer>> ownLayers) {
        this.owner = owner;
        this.resolver = new TourResolver(data);
        PresenterModel model = new PresenterModel(resolver, tour);
        model.localeProperty().set(locale);
        model.animateProperty().set(animate);
        view = new PresenterView(model, data);
        stage = new Stage();
        if (ownLayers != null) follow(ownLayers);
        if (owner != null) stage.initOwner(owner);
        stage.setTitle("Rutas — " + tour.title("es".equals(locale.getLanguage())));
        Scene scene = new Scene(view, 1280, 720);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                leave();
            } else if (e.getCode() == KeyCode.O) {
                e.consume();
                chooseTour();
            }
        });
        stage.setScene(scene);
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        stage.setFullScreen(fullScreen);
        List<String> problems = resolver.problems(tour, view.model().localeProperty().get());
        if (!problems.isEmpty()) view.showMessage(MessageFormat.format(text().getString("tourProblems"), problems.size(), problems.get(0)));
    }

    /** The key that enters presenter mode. */
    public static final javafx.scene.input.KeyCombination SHORTCUT = new javafx.scene.input.KeyCodeCombination(KeyCode.F5);

    /**
     * Registers F5 on the scene that {@code node} is (or will be) in: it opens presenter mode with
     * the default tour in the language {@code locale} gives at that moment.
     */
    public static void installShortcut(javafx.scene.Node node, ExportData data, java.util.function.Supplier<Locale> locale) {
        installShortcut(node, data, locale, null);
    }

    /** As above, with the user's own layers ({@code ownLayers} may be null: none). */
    public static void installShortcut(javafx.scene.Node node, ExportData data, java.util.function.Supplier<Locale> locale,
                                       ObservableValue<List<ExportUserLayer>> ownLayers) {
        java.util.function.Consumer<Scene> register = scene -> scene.getAccelerators().put(SHORTCUT,
                () -> enter(scene.getWindow(), data, locale.get(), ownLayers));
        if (node.getScene() != null) {
            register.accept(node.getScene());
            return;
        }
        node.sceneProperty().addListener(new javafx.beans.value.ChangeListener<Scene>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Scene> o, Scene was, Scene now) {
                if (now == null) return;
                register.accept(now);
            }
        });
    }

    /** Opens presenter mode full screen with the tour shipped in the application. */
    public static PresenterMode enter(Window owner, ExportData data, Locale locale) {
        return enter(owner, data, locale, null);
    }

    /** As above, drawing the user's own layers ({@code ownLayers} may be null: none). */
    public static PresenterMode enter(Window owner, ExportData data, Locale locale, ObservableValue<List<ExportUserLayer>> ownLayers) {
        Tour tour;
        try {
            tour = new TourLoader().loadDefault();
        } catch (DataFileException e) {
            throw new IllegalStateException("the default tour does not load: " + e.getMessage(), e);
        }
        return enter(owner, data, tour, locale, true, true, ownLayers);
    }

    /** Opens presenter mode with a given tour; {@code fullScreen} false for tests and previews. */
    public static PresenterMode enter(Window owner, ExportData data, Tour tour, Locale locale, boolean fullScreen, boolean animate) {
        return enter(owner, data, tour, locale, fullScreen, animate, null);
    }

    /** As above, drawing the user's own layers ({@code ownLayers} may be null: none). */
    public static PresenterMode enter(Window owner, ExportData data, Tour tour, Locale locale, boolean fullScreen, boolean animate,
                                      ObservableValue<List<ExportUserLayer>> ownLayers) {
        PresenterMode m = new PresenterMode(owner, data, tour, locale, fullScreen, animate, ownLayers);
        m.stage.show();
        m.view.requestFocus();
        return m;
    }

    /**
     * Draws {@code ownLayers} now and again whenever they change, until the presenter window is
     * hidden (then the explorer's list no longer holds on to this window).
     */
    private void follow(ObservableValue<List<ExportUserLayer>> ownLayers) {
        InvalidationListener redraw = o -> view.map().setUserLayers(ownLayers.getValue());
        view.map().setUserLayers(ownLayers.getValue());
        ownLayers.addListener(redraw);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> ownLayers.removeListener(redraw));
    }

    public Stage stage() {
        return stage;
    }

    public PresenterView view() {
        return view;
    }

    /** Leaves presenter mode and returns to the main window. */
    public void leave() {
        stage.close();
        if (owner != null && owner.isShowing()) owner.requestFocus();
    }

    /** Loads a tour file chosen by the user; a file that fails leaves the current tour and says why. */
    public void chooseTour() {
        ResourceBundle t = text();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(t.getString("openTour"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.getString("tourFiles"), "*.json"));
        // leave full screen while the dialog is up, or it opens behind the presentation
        boolean wasFull = stage.isFullScreen();
        stage.setFullScreen(false);
        File f = chooser.showOpenDialog(stage);
        stage.setFullScreen(wasFull);
        if (f != null) openTour(f.toPath());
    }

    /** Replaces the tour with the one in {@code file}, starting at its first step. */
    public boolean openTour(java.nio.file.Path file) {
        try {
            Tour tour = new TourLoader().load(file);
            view.model().tourProperty().set(tour);
            List<String> problems = resolver.problems(tour, view.model().localeProperty().get());
            if (!problems.isEmpty()) view.showMessage(MessageFormat.format(text().getString("tourProblems"), problems.size(), problems.get(0)));
            return true;
        } catch (DataFileException e) {
            view.showMessage(MessageFormat.format(text().getString("tourFailed"), e.message(view.model().localeProperty().get())));
            return false;
        }
    }

    private ResourceBundle text() {
        return PresenterText.bundle(view.model().localeProperty().get());
    }
}
