package pe.rutas.style;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javafx.scene.paint.Color;
import pe.rutas.model.StatRow;
import pe.rutas.model.StatTable;

/**
 * Classifies a statistics table by department into a few classes with natural breaks (Fisher–Jenks,
 * optimal for the few values a department table has) and colours them with ColorBrewer's YlGnBu, a
 * sequential scheme rated colour-blind safe (Brewer, colorbrewer2.org). Departments without a printed
 * value are <em>no data</em>, never zero. Pure and thread-safe.
 */
public final class ChoroplethClassifier {
    /** Fewest and most classes offered. */
    public static final int MIN_CLASSES = 2;
    public static final int MAX_CLASSES = 7;
    /** Classes the map and the export ask for: enough to read, few enough to tell apart in print. */
    public static final int DEFAULT_CLASSES = 5;

    /** Fill of departments without data: a neutral grey, drawn hatched by the map. */
    public static final Color NO_DATA = Color.web("#d0d0d0");

    /** ColorBrewer YlGnBu, 3 to 7 classes (index = classes). */
    private static final String[][] YL_GN_BU = {
            null, null,
            {"#edf8b1", "#2c7fb8"},
            {"#edf8b1", "#7fcdbb", "#2c7fb8"},
            {"#ffffcc", "#a1dab4", "#41b6c4", "#225ea8"},
            {"#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"},
            {"#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#2c7fb8", "#253494"},
            {"#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#0c2c84"}};

    /** Which number of a row is mapped. */
    public enum Measure { VALUE, PERCENT }

    /**
     * Classifies the department rows of {@code table} into at most {@code classes} classes (clamped to
     * {@link #MIN_CLASSES}..{@link #MAX_CLASSES}, and to the number of distinct values).
     */
    public Classification classify(StatTable table, int classes) {
        Measure measure = measureOf(table);
        Map<String, Double> values = new LinkedHashMap<>();
        for (StatRow row : table.rows()) {
            if (row.key() == null || !row.key().startsWith("PE-")) {
                continue;
            }
            Double v = measure == Measure.VALUE ? row.value() : row.percent();
            if (v != null && Double.isFinite(v)) {
                values.put(row.key(), v);
            }
        }
        double[] data = values.values().stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int distinct = new TreeSet<>(values.values()).size();
        int k = Math.min(Math.max(MIN_CLASSES, Math.min(MAX_CLASSES, classes)), distinct);
        double[] breaks = k == 0 ? new double[0] : k == 1 ? new double[]{data[0], data[data.length - 1]}
                : jenks(data, k);
        List<Color> colors = new ArrayList<>();
        if (k == 1) {
            colors.add(Color.web(YL_GN_BU[3][1]));
        } else if (k >= 2) {
            for (String hex : YL_GN_BU[k]) {
                colors.add(Color.web(hex));
            }
        }
        return new Classification(table, measure, breaks, colors, values);
    }

    /**
     * The measure to map: the printed value when at least as many department rows have one as have a
     * percentage, otherwise the percentage.
     */
    static Measure measureOf(StatTable table) {
        long withValue = table.rows().stream().filter(r -> isDept(r) && r.value() != null).count();
        long withPercent = table.rows().stream().filter(r -> isDept(r) && r.percent() != null).count();
        return withValue >= withPercent ? Measure.VALUE : Measure.PERCENT;
    }

    private static boolean isDept(StatRow r) {
        return r.key() != null && r.key().startsWith("PE-");
    }

    /**
     * Fisher–Jenks natural breaks of sorted {@code data} into {@code k} classes: returns k+1 bounds, the
     * first the minimum, the last the maximum, each inner bound the largest value of its class.
     */
    static double[] jenks(double[] sorted, int k) {
        int n = sorted.length;
        double[][] lower = new double[n + 1][k + 1];
        double[][] variance = new double[n + 1][k + 1];
        for (int j = 1; j <= k; j++) {
            lower[1][j] = 1;
            for (int i = 2; i <= n; i++) {
                variance[i][j] = Double.POSITIVE_INFINITY;
            }
        }
        for (int l = 2; l <= n; l++) {
            double sum = 0;
            double sumSq = 0;
            double w = 0;
            double v = 0;
            for (int m = 1; m <= l; m++) {
                int i3 = l - m + 1;
                double val = sorted[i3 - 1];
                sumSq += val * val;
                sum += val;
                w++;
                v = sumSq - (sum * sum) / w;
                int i4 = i3 - 1;
                if (i4 != 0) {
                    for (int j = 2; j <= k; j++) {
                        if (variance[l][j] >= v + variance[i4][j - 1]) {
                            lower[l][j] = i3;
                            variance[l][j] = v + variance[i4][j - 1];
                        }
                    }
                }
            }
            lower[l][1] = 1;
            variance[l][1] = v;
        }
        double[] breaks = new double[k + 1];
        breaks[k] = sorted[n - 1];
        breaks[0] = sorted[0];
        int idx = n;
        for (int j = k; j >= 2; j--) {
            int id = (int) lower[idx][j] - 2;
            breaks[j - 1] = sorted[id];
            idx = (int) lower[idx][j] - 1;
        }
        return Arrays.copyOf(breaks, breaks.length);
    }
}
