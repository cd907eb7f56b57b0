package pe.rutas.ui;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * The Layers pane's part for the user's own layers: "Open layer…", and per layer a row with a
 * visibility check box (named after the file), colour, line width or mark size, opacity, zoom to
 * and remove; a remembered layer still loading or whose file is unavailable shows its state (and why),
 * Retry and Remove instead. Every control is reachable with Tab and has accessible text. Ids for tests:
 * {@code user-layer-row-<n>}, {@code user-layer-toggle-<n>}, {@code user-layer-remove-<n>},
 * {@code user-layer-retry-<n>}, {@code user-layer-state-<n>} …
 * (n counts rows from 0 in list order).
 */
public final class UserLayersSection extends VBox {
    private final UserLayersModel model;
    private final I18n i18n;
    private final VBox rows = new VBox(8);
    private final Label empty = Controls.label("", "layers-note");

    public UserLayersSection(UserLayersModel model, UserLayerOpener opener, I18n i18n) {
        super(8);
        this.model = model;
        this.i18n = i18n;
        setId("user-layers");
        getStyleClass().add("user-layers");
        Label head = Controls.label("", "layers-head");
        head.textProperty().bind(i18n.text("userLayers.head"));
        Button open = Controls.button(i18n, "userLayers.open", opener::choose);
        open.setId("user-layer-open");
        empty.textProperty().bind(i18n.text("userLayers.empty"));
        getChildren().addAll(head, open, empty, rows);
        model.layers().addListener((ListChangeListener<UserLayerEntry>) c -> refill());
        i18n.bundleProperty().addListener((o, old, now) -> refill());
        refill();
    }

    private void refill() {
        rows.getChildren().clear();
        int i = 0;
        for (UserLayerEntry e : model.layers()) rows.getChildren().add(row(e, i++));
        empty.setVisible(model.layers().isEmpty());
        empty.setManaged(model.layers().isEmpty());
    }

    private VBox row(UserLayerEntry e, int n) {
        if (!e.isLoaded()) return pendingRow(e, n);
        CheckBox visible = new CheckBox(e.name());
        visible.setId("user-layer-toggle-" + n);
        visible.selectedProperty().bindBidirectional(e.visibleProperty());
        visible.accessibleTextProperty().bind(i18n.text("layers.toggle.accessible", e.name()));
        Controls.tooltip(i18n, visible, "layers.toggle.tip");
        visible.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(visible, Priority.ALWAYS);
        Button zoom = Controls.staticButton(i18n.get("userLayers.zoom"), i18n.get("userLayers.zoom.tip", e.name()), () -> model.zoomTo(e));
        zoom.setId("user-layer-zoom-" + n);
        Button remove = Controls.staticButton(i18n.get("userLayers.remove"), i18n.get("userLayers.remove.tip", e.name()), () -> model.remove(e));
        remove.setId("user-layer-remove-" + n);
        remove.getStyleClass().add("user-layer-remove");
        HBox top = new HBox(6, visible, zoom, remove);
        top.setAlignment(Pos.CENTER_LEFT);

        ColorPicker colour = new ColorPicker(Color.web(e.colour()));
        colour.setId("user-layer-colour-" + n);
        colour.setAccessibleText(i18n.get("userLayers.colour.accessible", e.name()));
        Controls.tooltip(i18n, colour, "userLayers.colour.tip");
        colour.valueProperty().addListener((o, old, c) -> { if (c != null) e.setColour(hex(c)); });
        Slider size = new Slider(e.minSize(), e.maxSize(), e.size());
        size.setId("user-layer-size-" + n);
        size.setBlockIncrement(0.5);
        size.setAccessibleText(i18n.get(e.pointsOnly() ? "userLayers.radius.accessible" : "userLayers.width.accessible", e.name()));
        Controls.tooltip(i18n, size, e.pointsOnly() ? "userLayers.radius.tip" : "userLayers.width.tip");
        size.valueProperty().addListener((o, old, v) -> e.setSize(v.doubleValue()));
        Slider opacity = new Slider(0, 1, e.opacityProperty().get());
        opacity.setId("user-layer-opacity-" + n);
        opacity.setBlockIncrement(0.1);
        opacity.valueProperty().bindBidirectional(e.opacityProperty());
        opacity.setAccessibleText(i18n.get("userLayers.opacity.accessible", e.name()));
        Controls.tooltip(i18n, opacity, "layers.opacity.tip");
        opacity.disableProperty().bind(visible.selectedProperty().not());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        grid.addRow(0, small(e.pointsOnly() ? "userLayers.radius" : "userLayers.width"), size);
        grid.addRow(1, small("layers.head.opacity"), opacity);
        grid.addRow(2, small("userLayers.colour"), colour);
        GridPane.setHgrow(size, Priority.ALWAYS);
        GridPane.setHgrow(opacity, Priority.ALWAYS);
        Label count = Controls.label(i18n.get("userLayers.count", e.features().size(), e.problems().size()), "layers-note");
        VBox box = new VBox(4, top, grid, count);
        box.setId("user-layer-row-" + n);
        box.getStyleClass().add("user-layer-row");
        return box;
    }

    /**
     * A remembered layer still loading or unavailable: its name, the state or the reason, Retry (when
     * unavailable) and Remove (which forgets it).
     */
    private VBox pendingRow(UserLayerEntry e, int n) {
        Label name = Controls.label(e.name(), "user-layer-name");
        name.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(name, Priority.ALWAYS);
        boolean unavailable = e.state() == UserLayerEntry.State.UNAVAILABLE;
        Button remove = Controls.staticButton(i18n.get("userLayers.remove"), i18n.get("userLayers.remove.tip", e.name()), () -> model.remove(e));
        remove.setId("user-layer-remove-" + n);
        remove.getStyleClass().add("user-layer-remove");
        HBox top = new HBox(6, name);
        if (unavailable) {
            Button retry = Controls.staticButton(i18n.get("userLayers.retry"), i18n.get("userLayers.retry.tip", e.name()), () -> model.retry(e));
            retry.setId("user-layer-retry-" + n);
            top.getChildren().add(retry);
        }
        top.getChildren().add(remove);
        top.setAlignment(Pos.CENTER_LEFT);
        Label state = Controls.label(unavailable ? i18n.get("userLayers.unavailable", e.reason()) : i18n.get("userLayers.loading"),
                "layers-note");
        state.setId("user-layer-state-" + n);
        state.setWrapText(true);
        Label where = Controls.label(e.file(), "layers-note");
        where.setWrapText(true);
        VBox box = new VBox(4, top, state, where);
        box.setId("user-layer-row-" + n);
        box.getStyleClass().addAll("user-layer-row", unavailable ? "user-layer-unavailable" : "user-layer-loading");
        box.setAccessibleText(e.name() + ": " + state.getText());
        return box;
    }

    private Label small(String key) {
        Label l = new Label();
        l.textProperty().bind(i18n.text(key));
        return l;
    }

    static String hex(Color c) {
        return String.format("#%02X%02X%02X", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
