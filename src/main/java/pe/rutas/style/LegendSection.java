package pe.rutas.style;

import java.util.List;

/**
 * The legend of one layer: a title, an optional caption (for the choropleth: period, base and
 * source) and its entries.
 */
public record LegendSection(String title, String caption, List<LegendEntry> entries) {
    public LegendSection {
        caption = caption == null ? "" : caption;
        entries = List.copyOf(entries);
    }
}
