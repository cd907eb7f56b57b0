package pe.rutas.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import pe.rutas.style.LegendEntry;
import pe.rutas.style.LegendModel;
import pe.rutas.style.LegendSection;

/**
 * The legend of the visible layers, redrawn when the map's legend changes: per section a
 * title, a swatch and label per entry, and a caption (for the choropleth: period, base of the
 * percentages and source). Swatch colours come from the map's styles; their outlines and
 * the "no data" hatching come from CSS.
 */
public final class LegendPane extends ScrollPane {
    private final VBox box = new VBox(10);
    private final I18n i18n;

    public LegendPane(MapControl map, I18n i18n) {
        this.i18n = i18n;
        setId("legend");
        setFitToWidth(true);
        box.setPadding(new Insets(8));
        box.getStyleClass().add("legend");
        setContent(box);
        map.legendProperty().addListener((obs, old, now) -> show(now));
        i18n.bundleProperty().addListener((obs, old, now) -> show(map.legendProperty().get()));
        show(map.legendProperty().get());
    }

    private void show(LegendModel legend) {
        box.getChildren().clear();
        if (legend == null || legend.isEmpty()) {
            box.getChildren().add(Controls.label(i18n.get("legend.empty"), "card-empty"));
            return;
        }
        int i = 0;
        for (LegendSection s : legend.sections()) {
            VBox section = new VBox(3);
            section.getStyleClass().add("legend-section");
            section.setId("legend-section-" + i);
            section.getChildren().add(Controls.label(s.title(), "legend-title"));
            for (LegendEntry item : s.entries()) {
                Label label = Controls.label(item.label(), "legend-label");
                HBox row = new HBox(6, swatch(item), label);
                row.setAlignment(Pos.CENTER_LEFT);
                row.getStyleClass().add("legend-row");
                section.getChildren().add(row);
            }
            if (!s.caption().isBlank()) {
                Label caption = Controls.label(s.caption(), "legend-caption");
                caption.setId("legend-caption-" + i);
                section.getChildren().add(caption);
            }
            box.getChildren().add(section);
            i++;
        }
    }

    private static Node swatch(LegendEntry item) {
        Shape shape = switch (item.symbol()) {
            case LINE, DASHED_LINE -> {
                Line l = new Line(0, 0, 24, 0);
                l.setStroke(item.color());
                l.getStyleClass().add(item.symbol() == pe.rutas.style.Symbol.LINE ? "swatch-line" : "swatch-dashed");
                yield l;
            }
            case ARROW -> polygon(item, 0, 3, 16, 3, 16, 0, 24, 5, 16, 10, 16, 7, 0, 7);
            case AREA, NO_DATA -> {
                Rectangle r = new Rectangle(24, 14, item.color());
                r.getStyleClass().add(item.symbol() == pe.rutas.style.Symbol.AREA ? "swatch-area" : "swatch-nodata");
                yield r;
            }
            case CIRCLE -> new Circle(6, item.color());
            case SQUARE -> new Rectangle(11, 11, item.color());
            case TRIANGLE -> polygon(item, 6, 0, 12, 11, 0, 11);
            case DIAMOND -> polygon(item, 6, 0, 12, 6, 6, 12, 0, 6);
            case STAR -> polygon(item, 6, 0, 7.8, 4.2, 12, 4.6, 8.8, 7.4, 9.7, 12, 6, 9.6, 2.3, 12, 3.2, 7.4, 0, 4.6, 4.2, 4.2);
            case HEXAGON -> polygon(item, 3, 0, 9, 0, 12, 5.5, 9, 11, 3, 11, 0, 5.5);
        };
        if (shape.getStyleClass().isEmpty()) shape.getStyleClass().add("swatch-point");
        StackPane holder = new StackPane(shape);
        holder.setMinSize(28, 16);
        holder.setPrefSize(28, 16);
        holder.getStyleClass().add("legend-swatch");
        return holder;
    }

    private static Shape polygon(LegendEntry item, double... points) {
        Polygon p = new Polygon(points);
        p.setFill(item.color());
        return p;
    }
}
