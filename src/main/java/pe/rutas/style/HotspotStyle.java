package pe.rutas.style;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.paint.Color;

/**
 * Hotspot symbols: the shape says the kind of place (mining, urban, port, tourism, border, other), the
 * size a figure where the source gives one (symbol area grows linearly with the figure, radius between
 * {@link #MIN_RADIUS} and {@link #MAX_RADIUS} pixels). Shapes, not colours, carry the
 * meaning so the symbols work for every reader. Pure and thread-safe.
 */
public final class HotspotStyle {
    /** Radius in pixels of a hotspot without a figure, and the smallest one with a figure. */
    public static final double MIN_RADIUS = 7;
    public static final double MAX_RADIUS = 17;
    public static final Color FILL = Color.web("#7a0e3a");
    public static final Color STROKE = Color.WHITE;
    public static final double STROKE_WIDTH = 1.5;

    private static final Map<String, Symbol> BY_KIND = Map.of(
            "mining", Symbol.TRIANGLE,
            "urban", Symbol.SQUARE,
            "port", Symbol.DIAMOND,
            "tourism", Symbol.STAR,
            "border", Symbol.HEXAGON);

    /** The kinds with their own symbol, in legend order. */
    public static final List<String> KINDS = List.of("mining", "urban", "port", "tourism", "border");

    /** Units preferred for sizing symbols, in order: what a hotspot symbol is about. */
    public static final List<String> SIZE_UNITS = List.of("victims", "people", "cases", "complaints");

    private HotspotStyle() {
    }

    /**
     * The one unit symbol sizes compare, so sizes are never compared across units: the first of
     * {@link #SIZE_UNITS} that at least two hotspots report, else the count unit most hotspots report;
     * empty when none reports a count. Percentages never size a symbol.
     */
    public static java.util.Optional<String> sizeUnit(List<pe.rutas.model.Hotspot> hotspots) {
        Map<String, Integer> reporting = new java.util.HashMap<>();
        for (pe.rutas.model.Hotspot h : hotspots) {
            h.figures().stream().map(f -> unitKey(f.unit())).filter(u -> !u.isEmpty() && isCount(u)).distinct()
                    .forEach(u -> reporting.merge(u, 1, Integer::sum));
        }
        for (String u : SIZE_UNITS) {
            if (reporting.getOrDefault(u, 0) >= 2) {
                return java.util.Optional.of(u);
            }
        }
        return reporting.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(
                        java.util.Comparator.reverseOrder())))
                .map(Map.Entry::getKey);
    }

    /** The hotspot's largest positive figure in {@code unit}, or null. */
    public static Double sizeFigure(pe.rutas.model.Hotspot h, String unit) {
        Double best = null;
        for (pe.rutas.model.Figure f : h.figures()) {
            if (unitKey(f.unit()).equals(unit) && f.value() > 0 && (best == null || f.value() > best)) {
                best = f.value();
            }
        }
        return best;
    }

    private static String unitKey(String unit) {
        return unit == null ? "" : unit.trim().toLowerCase(Locale.ROOT);
    }

    private static boolean isCount(String unit) {
        return !(unit.contains("%") || unit.contains("percent") || unit.contains("rate") || unit.contains("share"));
    }

    /** The symbol of a kind; unknown or blank kinds are circles. Case-insensitive. */
    public static Symbol symbolOf(String kind) {
        if (kind == null) {
            return Symbol.CIRCLE;
        }
        return BY_KIND.getOrDefault(kind.trim().toLowerCase(Locale.ROOT), Symbol.CIRCLE);
    }

    /** Legend label of a kind. */
    public static String labelOf(String kind, Locale locale) {
        String k = kind == null ? "other" : kind.trim().toLowerCase(Locale.ROOT);
        return StyleText.get(BY_KIND.containsKey(k) ? "kind." + k : "kind.other", locale);
    }

    /**
     * Radius in pixels for a figure, given the largest figure shown: symbol area grows linearly with the
     * value. A null, non-finite or non-positive figure (or max) gives {@link #MIN_RADIUS}.
     */
    public static double radiusFor(Double figure, double maxFigure) {
        if (figure == null || !Double.isFinite(figure) || figure <= 0 || !(maxFigure > 0)) {
            return MIN_RADIUS;
        }
        double share = Math.min(1, figure / maxFigure);
        return Math.sqrt(MIN_RADIUS * MIN_RADIUS + share * (MAX_RADIUS * MAX_RADIUS - MIN_RADIUS * MIN_RADIUS));
    }

    /**
     * The outline of a point symbol centred on (0, 0) with the given radius, as x,y pairs in pixels (y
     * down), so that the map and the export draw identical shapes. {@link Symbol#CIRCLE} returns a
     * 24-gon. Line-like symbols have no outline and return an empty array.
     */
    public static double[] outline(Symbol symbol, double r) {
        return switch (symbol) {
            case TRIANGLE -> polygon(3, r * 1.2, -90, 0.0);
            case SQUARE -> polygon(4, r * 1.05, 45, 0.0);
            case DIAMOND -> polygon(4, r * 1.2, 0, 0.0);
            case HEXAGON -> polygon(6, r, 0, 0.0);
            case STAR -> polygon(5, r * 1.3, -90, 0.45);
            case CIRCLE, AREA, NO_DATA -> polygon(24, r, 0, 0.0);
            default -> new double[0];
        };
    }

    /** A regular polygon (or a star when {@code innerRatio > 0}) of {@code n} points. */
    private static double[] polygon(int n, double r, double startDeg, double innerRatio) {
        boolean star = innerRatio > 0;
        int points = star ? 2 * n : n;
        double[] xy = new double[2 * points];
        for (int i = 0; i < points; i++) {
            double a = Math.toRadians(startDeg + 360.0 * i / points);
            double rr = star && i % 2 == 1 ? r * innerRatio : r;
            xy[2 * i] = rr * Math.cos(a);
            xy[2 * i + 1] = rr * Math.sin(a);
        }
        return xy;
    }
}
