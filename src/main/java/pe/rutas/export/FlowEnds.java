package pe.rutas.export;

import java.util.Map;
import java.util.Optional;
import pe.rutas.model.Country;
import pe.rutas.model.Flow;

/**
 * The two ends of a flow in lon/lat degrees. A place id resolves to its gazetteer point; an
 * ISO 3166-1 alpha-2 code to the country's capital (for distant countries only the bearing
 * matters; the arrow leaves the map towards it), else to a point inside the country's geometry.
 *
 * @param toName the far end's name for a label at the map edge (English or Spanish by caller)
 */
public record FlowEnds(double fromLon, double fromLat, double toLon, double toLat, String toName, String toNameEs) {
    /** Capitals (lon, lat) and names (en, es) of countries the seeds name as ends of flows. */
    private static final Map<String, Object[]> CAPITALS = Map.ofEntries(
            Map.entry("JP", new Object[] {139.69, 35.69, "Japan", "Japón"}),
            Map.entry("US", new Object[] {-77.04, 38.90, "United States", "Estados Unidos"}),
            Map.entry("ES", new Object[] {-3.70, 40.42, "Spain", "España"}),
            Map.entry("IT", new Object[] {12.50, 41.90, "Italy", "Italia"}),
            Map.entry("KR", new Object[] {126.98, 37.57, "South Korea", "Corea del Sur"}),
            Map.entry("CN", new Object[] {116.40, 39.90, "China", "China"}),
            Map.entry("MX", new Object[] {-99.13, 19.43, "Mexico", "México"}),
            Map.entry("EC", new Object[] {-78.47, -0.18, "Ecuador", "Ecuador"}),
            Map.entry("CO", new Object[] {-74.07, 4.71, "Colombia", "Colombia"}),
            Map.entry("BR", new Object[] {-47.88, -15.79, "Brazil", "Brasil"}),
            Map.entry("BO", new Object[] {-68.15, -16.50, "Bolivia", "Bolivia"}),
            Map.entry("CL", new Object[] {-70.67, -33.45, "Chile", "Chile"}),
            Map.entry("AR", new Object[] {-58.38, -34.60, "Argentina", "Argentina"}));

    public static Optional<FlowEnds> of(Flow f, ExportData data) {
        Optional<double[]> a = point(f.from(), data), b = point(f.to(), data);
        if (a.isEmpty() || b.isEmpty()) return Optional.empty();
        String[] names = names(f.to(), data);
        return Optional.of(new FlowEnds(a.get()[0], a.get()[1], b.get()[0], b.get()[1], names[0], names[1]));
    }

    static Optional<double[]> point(String end, ExportData data) {
        if (end == null || end.isBlank()) return Optional.empty();
        var place = data.catalog().place(end);
        if (place.isPresent() && place.get().point() != null)
            return Optional.of(new double[] {place.get().point().getX(), place.get().point().getY()});
        Object[] cap = CAPITALS.get(end.toUpperCase(java.util.Locale.ROOT));
        if (cap != null) return Optional.of(new double[] {(Double) cap[0], (Double) cap[1]});
        for (Country c : data.countries()) {
            if (end.equalsIgnoreCase(c.isoA2()) && c.geometry() != null && !c.geometry().isEmpty()) {
                var p = c.geometry().getInteriorPoint();
                return Optional.of(new double[] {p.getX(), p.getY()});
            }
        }
        return Optional.empty();
    }

    static String[] names(String end, ExportData data) {
        var place = data.catalog().place(end);
        if (place.isPresent()) return new String[] {place.get().name(), place.get().nameEs()};
        Object[] cap = CAPITALS.get(end.toUpperCase(java.util.Locale.ROOT));
        if (cap != null) return new String[] {(String) cap[2], (String) cap[3]};
        for (Country c : data.countries()) if (end.equalsIgnoreCase(c.isoA2())) return new String[] {c.name(), c.nameEs()};
        return new String[] {end, end};
    }
}
