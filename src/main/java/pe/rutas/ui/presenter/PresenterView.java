package pe.rutas.ui.presenter;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import pe.rutas.export.ExportData;

/**
 * The presenter screen: the map filling the screen, the step title on top, the key figures with
 * their sources along the bottom, a step counter, and a black blank screen on demand. No chrome;
 * appearance in {@code presenter.css} (large type, high contrast). Keys are handled by
 * {@link #handleKey}. FX thread only.
 */
public final class PresenterView extends StackPane {
    private final PresenterModel model;
    private final TourMapView map;
    private final Label title = new Label(), counter = new Label(), note = new Label(), message = new Label();
    private final VBox figures = new VBox();
    /** Share of the screen width taken by the figure panel. */
    static final double SIDE_SHARE = 0.34;
    private final Region blank = new Region();
    private final VBox shading = new VBox();
    private ResourceBundle text;

    public PresenterView(PresenterModel model, ExportData data) {
        this.model = model;
        this.map = new TourMapView(data);
        getStyleClass().add("presenter");
        getStylesheets().add(PresenterView.class.getResource("presenter.css").toExternalForm());
        title.getStyleClass().add("presenter-title");
        title.setId("presenter-title");
        title.setWrapText(true);
        counter.getStyleClass().add("presenter-counter");
        counter.setId("presenter-counter");
        note.getStyleClass().add("presenter-note");
        note.setWrapText(true);
        message.getStyleClass().add("presenter-message");
        message.setWrapText(true);
        message.setVisible(false);
        figures.getStyleClass().add("presenter-figures");
        figures.setId("presenter-figures");

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox heading = new VBox(title, note);
        heading.getStyleClass().add("presenter-heading");
        HBox top = new HBox(heading, spacer, counter);
        top.getStyleClass().add("presenter-top");
        top.setAlignment(Pos.TOP_LEFT);
        figures.setFillWidth(true);
        shading.getStyleClass().add("presenter-shading");
        shading.setId("presenter-shading");
        VBox side = new VBox(figures, shading, message);
        side.getStyleClass().add("presenter-side");
        // the figure panel takes about a third of the screen on the right: Peru is tall, so the
        // map keeps the larger left part on a wide projector screen
        side.prefWidthProperty().bind(widthProperty().multiply(SIDE_SHARE));
        side.setMaxHeight(Double.MAX_VALUE);
        BorderPane overlay = new BorderPane();
        overlay.setTop(top);
        overlay.setRight(side);
        overlay.setPickOnBounds(false);
        javafx.beans.InvalidationListener clear = o -> map.setClearance(new javafx.geometry.Insets(
                top.getHeight(), side.getWidth(), 0, 0));
        top.heightProperty().addListener(clear);
        side.widthProperty().addListener(clear);
        // type grows with the screen: 20 px on a 720-line screen, 30 px on 1080 lines
        heightProperty().addListener((o, a, b) -> setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;",
                Math.max(12, Math.min(44, b.doubleValue() / 36)))));

        blank.getStyleClass().add("presenter-blank");
        blank.setId("presenter-blank");
        blank.visibleProperty().bind(model.blankProperty());

        getChildren().addAll(map, overlay, blank);
        setFocusTraversable(true);
        addEventFilter(KeyEvent.KEY_PRESSED, this::handleKey);

        map.setAnimate(model.animateProperty().get());
        model.animateProperty().addListener((o, a, b) -> map.setAnimate(b));
        model.slideProperty().addListener((o, a, b) -> show(b));
        model.localeProperty().addListener((o, a, b) -> text = PresenterText.bundle(b));
        text = PresenterText.bundle(model.localeProperty().get());
        show(model.slideProperty().get());
    }

    public TourMapView map() {
        return map;
    }

    public PresenterModel model() {
        return model;
    }

    /** Shows a one-line message (e.g. a tour file that failed to load) until the next step. */
    public void showMessage(String m) {
        message.setText(m);
        message.setVisible(m != null && !m.isBlank());
    }

    private void show(Slide s) {
        if (s == null) return;
        message.setVisible(false);
        title.setText(s.title());
        counter.setText(MessageFormat.format(text.getString("counter"), s.number(), s.count()));
        note.setText(s.note());
        note.setVisible(!s.note().isBlank());
        note.setManaged(!s.note().isBlank());
        figures.getChildren().clear();
        // figures from one table share context and source: say it once under them
        boolean shared = s.figures().size() > 1 && s.figures().stream().map(f -> f.context() + "|" + f.period() + "|" + f.source()).distinct().count() == 1;
        for (SlideFigure f : s.figures()) {
            Label value = new Label(f.value());
            value.getStyleClass().add("figure-value");
            VBox card = new VBox(value, wrapping(f.label(), "figure-label"));
            if (!shared) {
                card.getChildren().add(wrapping(f.context() + (f.period().isBlank() ? "" : " · " + f.period()), "figure-context"));
                card.getChildren().add(wrapping(MessageFormat.format(text.getString("source"), f.source()), "figure-source"));
            }
            card.getStyleClass().add("figure-card");
            card.setMaxWidth(Double.MAX_VALUE);
            figures.getChildren().add(card);
        }
        if (shared) {
            SlideFigure f = s.figures().get(0);
            VBox common = new VBox(wrapping(f.context() + (f.period().isBlank() ? "" : " · " + f.period()), "figure-context"),
                    wrapping(MessageFormat.format(text.getString("source"), f.source()), "figure-source"));
            common.getStyleClass().add("figure-common");
            figures.getChildren().add(common);
        }
        Locale locale = model.localeProperty().get();
        showShading(s, locale);
        map.show(s.box(), s.highlight(), s.layers(), s.table(), locale);
    }

    /** A label that wraps and keeps its full height rather than being cut with an ellipsis. */
    private static Label wrapping(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    /** The classes of the shading table, when the step shades the departments. */
    private void showShading(Slide s, Locale locale) {
        shading.getChildren().clear();
        boolean on = s.table() != null && s.layers().contains(pe.rutas.export.ExportLayer.CHOROPLETH);
        shading.setVisible(on);
        shading.setManaged(on);
        if (!on) return;
        boolean es = "es".equals(locale.getLanguage());
        var t = s.table();
        Label head = wrapping((es && !t.titleEs().isBlank() ? t.titleEs() : t.title()) + (t.period().isBlank() ? "" : " · " + t.period()), "shading-title");
        shading.getChildren().add(head);
        javafx.scene.layout.FlowPane classes = new javafx.scene.layout.FlowPane();
        classes.getStyleClass().add("shading-classes");
        pe.rutas.export.Choropleth ch = pe.rutas.export.Choropleth.of(t, locale);
        for (var c : ch.classes()) classes.getChildren().add(swatch(c.color(), c.label()));
        classes.getChildren().add(swatch(pe.rutas.export.Choropleth.NO_DATA, text.getString("noData")));
        shading.getChildren().add(classes);
    }

    private static HBox swatch(javafx.scene.paint.Color color, String label) {
        javafx.scene.shape.Rectangle r = new javafx.scene.shape.Rectangle(22, 16, color);
        r.getStyleClass().add("shading-swatch");
        Label l = new Label(label);
        l.getStyleClass().add("shading-label");
        HBox box = new HBox(r, l);
        box.getStyleClass().add("shading-class");
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** Presenter keys; Esc is left to the owner of the window (it ends presenter mode). */
    public void handleKey(KeyEvent e) {
        KeyCode k = e.getCode();
        boolean used = true;
        switch (k) {
            case RIGHT, PAGE_DOWN, SPACE, DOWN, ENTER -> model.next();
            case LEFT, PAGE_UP, UP, BACK_SPACE -> model.previous();
            case HOME -> model.first();
            case END -> model.last();
            case B, PERIOD -> model.toggleBlank();
            case A -> model.animateProperty().set(!model.animateProperty().get());
            default -> {
                if (k.isDigitKey()) {
                    model.digit(Integer.parseInt(k.getName().replaceAll("\\D", "")));
                    e.consume();
                    return;
                }
                used = false;
            }
        }
        if (used) e.consume();
        if (!k.isDigitKey()) model.endDigits();
    }
}
