package pe.rutas.ui;

import java.util.List;
import javafx.scene.paint.Color;

/**
 * One block of the legend: a title, its entries and a caption (for the choropleth: period,
 * base of percentages and source). Built by the map from the visible layers.
 */
public record LegendSection(String title, List<Item> items, String caption) {
    public LegendSection {
        items = List.copyOf(items);
        caption = caption == null ? "" : caption;
    }

    public enum Symbol { LINE, DASHED_LINE, POINT, AREA, NO_DATA, ARROW }

    public record Item(String label, Color color, Symbol symbol) {}
}
