package pe.rutas.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import pe.rutas.model.FeatureRef;

/**
 * The map with its keyboard: arrows pan, +/- zoom, Home shows all of Peru, Tab/Shift+Tab move a highlight through
 * the features on screen (past the last one focus moves on; Ctrl+Tab leaves at once), Enter or Space selects the
 * highlighted feature, Esc clears the selection. Also shows zoom buttons and a line naming
 * the highlighted feature, which is the map's accessible help too.
 */
public final class MapPane extends StackPane {
    /** Pixels moved by one arrow key press. */
    public static final double PAN_STEP = 120;

    private final MapControl map;
    private final SelectionModel selection;
    private final ExplorerData data;
    private final I18n i18n;
    private final Label cursorLine = new Label();
    private java.util.function.Consumer<Boolean> onLeave = forward -> {};

    public MapPane(MapControl map, SelectionModel selection, ExplorerData data, I18n i18n) {
        this.map = map;
        this.selection = selection;
        this.data = data;
        this.i18n = i18n;
        setId("map-pane");
        getStyleClass().add("map-pane");
        setFocusTraversable(true);
        accessibleTextProperty().bind(i18n.text("map.accessible"));
        accessibleHelpProperty().bind(cursorLine.textProperty());
        setMinSize(200, 200);

        Button zoomIn = Controls.button(i18n, "map.zoomIn", map::zoomIn);
        zoomIn.setId("map-zoom-in");
        Button zoomOut = Controls.button(i18n, "map.zoomOut", map::zoomOut);
        zoomOut.setId("map-zoom-out");
        Button home = Controls.button(i18n, "map.home", map::home);
        home.setId("map-home");
        VBox zoom = new VBox(4, zoomIn, zoomOut, home);
        zoom.getStyleClass().add("map-zoom");
        zoom.setPickOnBounds(false);
        zoom.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        StackPane.setAlignment(zoom, Pos.TOP_LEFT);
        StackPane.setMargin(zoom, new Insets(10));

        cursorLine.setId("map-cursor");
        cursorLine.getStyleClass().add("map-cursor");
        cursorLine.textProperty().bind(Bindings.createStringBinding(this::cursorText,
                map.hoverProperty(), i18n.bundleProperty()));
        cursorLine.visibleProperty().bind(map.hoverProperty().isNotNull().and(focusedProperty()));
        cursorLine.setMouseTransparent(true);
        StackPane.setAlignment(cursorLine, Pos.TOP_CENTER);
        StackPane.setMargin(cursorLine, new Insets(10));

        getChildren().addAll(map.node(), zoom, cursorLine);
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> requestFocus());
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    /**
     * What Ctrl+Tab (forward = true) and Ctrl+Shift+Tab do: move focus out of the map at once,
     * instead of stepping through every feature first.
     */
    public void setOnLeave(java.util.function.Consumer<Boolean> onLeave) { this.onLeave = onLeave; }

    private String cursorText() {
        FeatureRef ref = map.hoverProperty().get();
        return ref == null ? "" : i18n.get("map.cursor", data.name(ref),
                i18n.get("kind." + ref.kind().name().toLowerCase(java.util.Locale.ROOT)));
    }

    private void onKey(KeyEvent e) {
        if (!isFocused() || e.isAltDown()) return;
        KeyCode code = e.getCode();
        if (e.isShortcutDown()) {
            if (code == KeyCode.TAB) {
                onLeave.accept(!e.isShiftDown());
                e.consume();
            }
            return;
        }
        boolean handled = true;
        switch (code) {
            case LEFT, KP_LEFT -> map.panBy(-PAN_STEP, 0);
            case RIGHT, KP_RIGHT -> map.panBy(PAN_STEP, 0);
            case UP, KP_UP -> map.panBy(0, -PAN_STEP);
            case DOWN, KP_DOWN -> map.panBy(0, PAN_STEP);
            case PLUS, ADD, EQUALS -> map.zoomIn();
            case MINUS, SUBTRACT -> map.zoomOut();
            case HOME -> map.home();
            case ENTER, SPACE -> {
                FeatureRef hover = map.hoverProperty().get();
                if (hover != null) selection.select(hover);
            }
            case ESCAPE -> {
                selection.clear();
                map.hoverProperty().set(null);
            }
            case TAB -> handled = step(!e.isShiftDown());
            default -> handled = false;
        }
        if (handled) e.consume();
    }

    /** @return true when the highlight moved; false at either end, letting focus leave the map */
    private boolean step(boolean forward) {
        var next = FeatureCycler.step(map.featuresInFrame(), map.hoverProperty().get(), forward);
        map.hoverProperty().set(next.orElse(null));
        return next.isPresent();
    }
}
