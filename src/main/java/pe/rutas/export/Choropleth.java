package pe.rutas.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.scene.paint.Color;
import pe.rutas.model.StatTable;
import pe.rutas.style.ChoroplethClassifier;
import pe.rutas.style.Classification;
import pe.rutas.style.LegendEntry;

/**
 * A department table's shading in an export: exactly the map's classification
 * ({@link ChoroplethClassifier}, Jenks classes, ColorBrewer YlGnBu, the same measure and class
 * count), so a brief shows the classes and colours the user saw on screen. Departments without a
 * value get {@link #NO_DATA}, never the lowest class.
 *
 * @param classification the map's classification of the table
 * @param classes        its classes with legend labels in the export's language
 */
public record Choropleth(Classification classification, List<ClassBreak> classes) {
    public static final Color NO_DATA = ChoroplethClassifier.NO_DATA;

    /** One class: values in [from, to] get {@code color}. */
    public record ClassBreak(double from, double to, Color color, String label) {}

    public Choropleth {
        classes = List.copyOf(classes);
    }

    /** The table classified as the map classifies it, labels formatted for {@code locale}. */
    public static Choropleth of(StatTable table, Locale locale) {
        Classification c = new ChoroplethClassifier().classify(table, ChoroplethClassifier.DEFAULT_CLASSES);
        List<LegendEntry> entries = c.legendEntries(locale);
        double[] b = c.breaks();
        List<ClassBreak> classes = new ArrayList<>();
        for (int i = 0; i < c.classes(); i++) {
            classes.add(new ClassBreak(b[i], b[i + 1], c.colors().get(i), entries.get(i).label()));
        }
        return new Choropleth(c, classes);
    }

    /** As {@link #of(StatTable, Locale)} with English number formatting. */
    public static Choropleth of(StatTable table) {
        return of(table, Locale.ENGLISH);
    }

    /** The mapped value of each department that has one. */
    public Map<String, Double> values() {
        return classification.values();
    }

    public Optional<Color> colorOf(String iso) {
        return classification.colorOf(iso);
    }
}
