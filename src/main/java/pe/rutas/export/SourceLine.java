package pe.rutas.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import pe.rutas.model.FeatureRef;

/**
 * Builds the short source line printed under an exported map, e.g.
 * "Sources: PUCP Legal Clinic 2011 (six routes); InSight Crime 2013".
 *
 * <p>Sources are those cited by the features in the frame (and by the choropleth table, passed
 * as a feature of kind {@code null}-free {@link FeatureRef.Kind#DEPARTMENT} entries or as
 * {@link #CHOROPLETH}). Order: the source cited by most features first, then by year, then by
 * name. Sources that print the same short name and year are merged. Routes and flows are counted
 * in the annotation because they are what a reader looks for on the map; other kinds are not,
 * to keep the line short. Pure; no toolkit.
 */
public final class SourceLine {
    /** Pseudo feature id used for the statistics table that colours the map. */
    public static final String CHOROPLETH = "__choropleth__";

    private final Locale locale;
    private final ResourceBundle text;

    public SourceLine(Locale locale) {
        this.locale = locale;
        this.text = ExportText.bundle(locale);
    }

    /** One source with what it documents in the frame. */
    public record Entry(SourceInfo source, int features, int routes, int flows, boolean shading) {}

    /**
     * Entries in print order. Source ids that the resolver does not know are printed by id, so
     * that a missing catalog entry is visible rather than silently dropped.
     */
    public List<Entry> entries(List<CitedFeature> features, Function<String, Optional<SourceInfo>> resolver) {
        Map<String, SourceInfo> byKey = new LinkedHashMap<>();
        Map<String, EnumMap<FeatureRef.Kind, java.util.Set<String>>> kinds = new LinkedHashMap<>();
        Map<String, java.util.Set<FeatureRef>> featuresByKey = new LinkedHashMap<>();
        Map<String, Boolean> shading = new LinkedHashMap<>();
        for (CitedFeature f : features) {
            for (String id : new java.util.LinkedHashSet<>(f.sourceIds())) {
                SourceInfo s = resolver.apply(id).orElse(new SourceInfo(id, id, null));
                String key = s.shortName().toLowerCase(Locale.ROOT) + "|" + s.year();
                byKey.putIfAbsent(key, s);
                featuresByKey.computeIfAbsent(key, k -> new java.util.LinkedHashSet<>()).add(f.ref());
                if (CHOROPLETH.equals(f.ref().id())) {
                    shading.put(key, true);
                } else {
                    kinds.computeIfAbsent(key, k -> new EnumMap<>(FeatureRef.Kind.class))
                         .computeIfAbsent(f.ref().kind(), k -> new java.util.LinkedHashSet<>()).add(f.ref().id());
                }
            }
        }
        List<Entry> out = new ArrayList<>();
        for (var e : byKey.entrySet()) {
            var k = kinds.getOrDefault(e.getKey(), new EnumMap<>(FeatureRef.Kind.class));
            out.add(new Entry(e.getValue(), featuresByKey.get(e.getKey()).size(),
                    k.getOrDefault(FeatureRef.Kind.ROUTE, java.util.Set.of()).size(),
                    k.getOrDefault(FeatureRef.Kind.FLOW, java.util.Set.of()).size(),
                    shading.getOrDefault(e.getKey(), false)));
        }
        out.sort(Comparator.comparingInt((Entry en) -> -en.features())
                .thenComparing(en -> en.source().year() == null ? Integer.MAX_VALUE : en.source().year())
                .thenComparing(en -> en.source().shortName(), String.CASE_INSENSITIVE_ORDER));
        return out;
    }

    /** The printed line, or "" when nothing in the frame cites a source. */
    public String build(List<CitedFeature> features, Function<String, Optional<SourceInfo>> resolver) {
        List<Entry> entries = entries(features, resolver);
        if (entries.isEmpty()) return "";
        List<String> parts = new ArrayList<>();
        for (Entry e : entries) parts.add(format(e));
        String prefix = entries.size() == 1 ? text.getString("source.one") : text.getString("source.many");
        return prefix + " " + String.join("; ", parts);
    }

    String format(Entry e) {
        StringBuilder b = new StringBuilder(e.source().shortName()).append(' ')
                .append(e.source().year() == null ? text.getString("source.noDate") : e.source().year());
        List<String> what = new ArrayList<>();
        if (e.routes() > 0) what.add(count(e.routes(), "route"));
        if (e.flows() > 0) what.add(count(e.flows(), "flow"));
        if (e.shading()) what.add(text.getString("source.shading"));
        if (!what.isEmpty()) b.append(" (").append(String.join(", ", what)).append(')');
        return b.toString();
    }

    /** "six routes", "one flow", "seis rutas", "un flujo"; digits above twelve. */
    String count(int n, String noun) {
        String word = n == 1 ? text.getString("num.1." + noun) : n <= 12 ? text.getString("num." + n) : Integer.toString(n);
        String unit = text.getString("noun." + noun + (n == 1 ? ".one" : ".many"));
        return word + " " + unit;
    }

    public Locale locale() {
        return locale;
    }
}
