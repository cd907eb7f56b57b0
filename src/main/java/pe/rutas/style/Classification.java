package pe.rutas.style;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import javafx.scene.paint.Color;
import pe.rutas.model.StatTable;

/**
 * The result of classifying a statistics table: class bounds, one colour per class and the mapped value
 * of each department that has one. A department absent from {@link #values()} has <em>no data</em>.
 * Immutable.
 *
 * @param breaks class bounds, {@code classes() + 1} values ascending; class {@code i} holds values in
 *               {@code (breaks[i], breaks[i+1]]}, the first class also its lower bound
 */
public record Classification(StatTable table, ChoroplethClassifier.Measure measure, double[] breaks,
                             List<Color> colors, Map<String, Double> values) {

    public Classification {
        breaks = breaks.clone();
        colors = List.copyOf(colors);
        values = Map.copyOf(values);
    }

    @Override
    public double[] breaks() {
        return breaks.clone();
    }

    public int classes() {
        return colors.size();
    }

    /** The mapped value of a department (ISO 3166-2), empty when the table has none for it. */
    public OptionalDouble valueOf(String iso) {
        Double v = values.get(iso);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** The class index of a department, empty for no data. */
    public OptionalInt classOf(String iso) {
        Double v = values.get(iso);
        if (v == null || colors.isEmpty()) {
            return OptionalInt.empty();
        }
        for (int i = 0; i < colors.size() - 1; i++) {
            if (v <= breaks[i + 1]) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.of(colors.size() - 1);
    }

    /** The fill of a department; empty means <em>no data</em> (never the colour of zero). */
    public Optional<Color> colorOf(String iso) {
        OptionalInt c = classOf(iso);
        return c.isPresent() ? Optional.of(colors.get(c.getAsInt())) : Optional.empty();
    }

    /** Legend entries: one per class ("12 – 40", with % when the measure is a percentage), then no data. */
    public List<LegendEntry> legendEntries(Locale locale) {
        NumberFormat nf = NumberFormat.getNumberInstance(locale == null ? Locale.ROOT : locale);
        boolean integral = values.values().stream().allMatch(v -> v == Math.rint(v));
        nf.setMaximumFractionDigits(integral ? 0 : 1);
        String suffix = measure == ChoroplethClassifier.Measure.PERCENT ? " %" : "";
        List<LegendEntry> out = new ArrayList<>();
        for (int i = 0; i < colors.size(); i++) {
            String label = breaks[i] == breaks[i + 1]
                    ? nf.format(breaks[i]) + suffix
                    : nf.format(breaks[i]) + " – " + nf.format(breaks[i + 1]) + suffix;
            out.add(new LegendEntry(label, colors.get(i), Symbol.AREA));
        }
        out.add(new LegendEntry(StyleText.get("noData", locale), ChoroplethClassifier.NO_DATA, Symbol.NO_DATA));
        return out;
    }

    /**
     * The legend section: the table's title, and a caption with period, unit, base and source, e.g.
     * "Period: Dec 2009–Dec 2010 · Base: complaints · Source: PUCP-CESCR 2011, table 3".
     *
     * @param sourceTitle a short name of the cited source (the caller resolves the citation's id)
     */
    public LegendSection legendSection(Locale locale, String sourceTitle) {
        return legendSection(locale, sourceTitle, table);
    }

    /**
     * As {@link #legendSection(Locale, String)}, with the caption's prose (unit, period, base,
     * locator) taken from {@code prose}: the same table from the catalog in the locale's language
     * (null: this classification's own table). Class breaks always come from the classified table.
     */
    public LegendSection legendSection(Locale locale, String sourceTitle, StatTable prose) {
        StatTable table = prose == null ? this.table : prose;
        String title = StyleText.pick(table.title(), table.titleEs(), locale);
        if (table.unit() != null && !table.unit().isBlank()) {
            title = title + " (" + table.unit() + ")";
        }
        List<String> parts = new ArrayList<>();
        if (table.period() != null && !table.period().isBlank()) {
            parts.add(StyleText.get("period", locale) + ": " + table.period());
        }
        if (table.base() != null && !table.base().isBlank()) {
            parts.add(StyleText.get("base", locale) + ": " + table.base());
        }
        String source = sourceTitle == null || sourceTitle.isBlank()
                ? (table.citation() == null ? "" : table.citation().source()) : sourceTitle;
        if (table.citation() != null && table.citation().locator() != null && !table.citation().locator().isBlank()) {
            source = source + ", " + table.citation().locator();
        }
        if (!source.isBlank()) {
            parts.add(StyleText.get("source", locale) + ": " + source);
        }
        return new LegendSection(title, String.join(" · ", parts), legendEntries(locale));
    }
}
