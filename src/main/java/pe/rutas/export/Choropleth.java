package pe.rutas.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javafx.scene.paint.Color;
import pe.rutas.model.StatRow;
import pe.rutas.model.StatTable;

/**
 * Classes of a department table for shading: up to five classes of (about) equal count over the
 * departments that have a value, ColorBrewer "YlOrRd" (sequential, colour-blind safe). A row's
 * value is its printed number, or its printed percentage when there is no number. Departments
 * without a row or value get {@link #NO_DATA}, never the lowest class.
 */
public record Choropleth(List<ClassBreak> classes, Map<String, Double> values) {
    public static final Color NO_DATA = Color.web("#d9d9d9");
    private static final String[][] YLORRD = {
            {"#fd8d3c"}, {"#fecc5c", "#e31a1c"}, {"#ffeda0", "#feb24c", "#f03b20"},
            {"#ffffb2", "#fecc5c", "#fd8d3c", "#e31a1c"}, {"#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"}};

    /** One class: values in [from, to] get {@code color}. */
    public record ClassBreak(double from, double to, Color color, String label) {}

    public static Choropleth of(StatTable table) {
        Map<String, Double> values = new TreeMap<>();
        boolean percent = false;
        for (StatRow r : table.rows()) {
            if (r.key() == null || !r.key().startsWith("PE-")) continue;
            Double v = r.value() != null ? r.value() : r.percent();
            if (v != null) values.put(r.key(), v);
        }
        if (table.rows().stream().allMatch(r -> r.value() == null)) percent = true;
        List<Double> sorted = new ArrayList<>(new java.util.TreeSet<>(values.values()));
        int n = Math.min(5, sorted.size());
        List<ClassBreak> classes = new ArrayList<>();
        if (n == 0) return new Choropleth(classes, values);
        for (int i = 0; i < n; i++) {
            int lo = (int) Math.floor((double) i * sorted.size() / n);
            int hi = (int) Math.floor((double) (i + 1) * sorted.size() / n) - 1;
            double from = sorted.get(lo), to = sorted.get(Math.max(lo, hi));
            String unit = percent ? " %" : "";
            String label = from == to ? fmt(from) + unit : fmt(from) + "–" + fmt(to) + unit;
            classes.add(new ClassBreak(from, to, Color.web(YLORRD[n - 1][i]), label));
        }
        return new Choropleth(classes, values);
    }

    public Optional<Color> colorOf(String iso) {
        Double v = values.get(iso);
        if (v == null) return Optional.empty();
        for (ClassBreak c : classes) if (v <= c.to()) return Optional.of(c.color());
        return Optional.of(classes.get(classes.size() - 1).color());
    }

    static String fmt(double v) {
        if (Math.abs(v - Math.rint(v)) < 1e-9) return String.format(java.util.Locale.ROOT, "%,d", (long) Math.rint(v));
        return String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
