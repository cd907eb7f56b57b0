package pe.rutas.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Layer switches: per layer a check box and an opacity slider; the statistics table for the
 * choropleth; the online basemap switch (off by default: with it off the app opens no
 * network connection). Binds directly to the map's properties.
 */
public final class LayersPane extends ScrollPane {

    public LayersPane(MapControl map, ExplorerData data, I18n i18n) {
        setId("layers");
        setFitToWidth(true);
        VBox box = new VBox(10);
        box.setPadding(new Insets(8));
        GridPane grid = new GridPane();
        grid.getStyleClass().add("layers-grid");
        grid.setHgap(10);
        grid.setVgap(6);
        Label layerHead = Controls.label("", "layers-head");
        layerHead.textProperty().bind(i18n.text("layers.head.layer"));
        Label opacityHead = Controls.label("", "layers-head");
        opacityHead.textProperty().bind(i18n.text("layers.head.opacity"));
        grid.addRow(0, layerHead, opacityHead);
        int row = 1;
        for (LayerKey key : LayerKey.values()) {
            BooleanProperty visible = map.layerVisibleProperty(key);
            if (visible == null) continue;
            CheckBox check = new CheckBox();
            check.setId("layer-toggle-" + key.name().toLowerCase(java.util.Locale.ROOT));
            check.textProperty().bind(i18n.text(key.messageKey()));
            check.accessibleTextProperty().bind(i18n.text("layers.toggle.accessible", i18n.get(key.messageKey())));
            Controls.tooltip(i18n, check, "layers.toggle.tip");
            check.selectedProperty().bindBidirectional(visible);
            grid.add(check, 0, row);
            DoubleProperty opacity = map.layerOpacityProperty(key);
            if (opacity != null) {
                Slider slider = new Slider(0, 1, opacity.get());
                slider.setId("layer-opacity-" + key.name().toLowerCase(java.util.Locale.ROOT));
                slider.setBlockIncrement(0.1);
                slider.valueProperty().bindBidirectional(opacity);
                slider.disableProperty().bind(check.selectedProperty().not());
                slider.accessibleTextProperty().bind(i18n.text("layers.opacity.accessible"));
                Controls.tooltip(i18n, slider, "layers.opacity.tip");
                GridPane.setHgrow(slider, Priority.ALWAYS);
                grid.add(slider, 1, row);
            }
            row++;
        }
        box.getChildren().add(grid);

        Label tableLabel = new Label();
        tableLabel.textProperty().bind(i18n.text("layers.table"));
        ComboBox<TableChoice> tables = new ComboBox<>();
        tables.setId("choropleth-table");
        tables.setMaxWidth(Double.MAX_VALUE);
        tableLabel.setLabelFor(tables);
        tables.accessibleTextProperty().bind(i18n.text("layers.table.accessible"));
        Controls.tooltip(i18n, tables, "layers.table.tip");
        tables.setCellFactory(v -> new TableCell(i18n));
        tables.setButtonCell(new TableCell(i18n));
        Runnable fill = () -> {
            String current = map.choroplethTableProperty().get();
            tables.getItems().setAll(TableChoice.NONE);
            tables.getItems().addAll(data.tables());
            tables.getItems().stream().filter(t -> t.id().equals(current == null ? "" : current)).findFirst()
                    .ifPresentOrElse(tables.getSelectionModel()::select, () -> tables.getSelectionModel().select(0));
        };
        fill.run();
        i18n.bundleProperty().addListener((obs, old, now) -> fill.run());
        // the table can also change elsewhere (a restored saved view, a tour): keep the chooser in step
        map.choroplethTableProperty().addListener((obs, old, id) -> {
            TableChoice shown = tables.getSelectionModel().getSelectedItem();
            String shownId = shown == null || shown.isNone() ? null : shown.id();
            if (!java.util.Objects.equals(shownId, id)) {
                tables.getItems().stream().filter(t -> t.id().equals(id == null ? "" : id)).findFirst()
                        .ifPresentOrElse(tables.getSelectionModel()::select, () -> tables.getSelectionModel().select(0));
            }
        });
        tables.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            boolean none = now == null || now.isNone();
            map.choroplethTableProperty().set(none ? null : now.id());
            BooleanProperty choropleth = map.layerVisibleProperty(LayerKey.CHOROPLETH);
            if (!none && choropleth != null) choropleth.set(true);
        });
        box.getChildren().addAll(tableLabel, tables);

        CheckBox online = new CheckBox();
        online.setId("online-basemap");
        online.textProperty().bind(i18n.text("layers.online"));
        online.accessibleTextProperty().bind(i18n.text("layers.online.tip"));
        Controls.tooltip(i18n, online, "layers.online.tip");
        online.selectedProperty().bindBidirectional(map.onlineBasemapProperty());
        Label onlineNote = Controls.label("", "layers-note");
        onlineNote.textProperty().bind(i18n.text("layers.online.note"));
        box.getChildren().addAll(online, onlineNote);
        setContent(box);
    }

    /** Shows a table's title, or "None" for {@link TableChoice#NONE}. */
    private static final class TableCell extends ListCell<TableChoice> {
        private final I18n i18n;

        TableCell(I18n i18n) { this.i18n = i18n; }

        @Override
        protected void updateItem(TableChoice item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) setText(null);
            else setText(item.isNone() ? i18n.get("layers.table.none") : item.title());
        }
    }
}
