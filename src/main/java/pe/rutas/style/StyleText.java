package pe.rutas.style;

import java.util.Locale;
import java.util.Map;

/**
 * The few words the map and legend draw themselves ("No data", "Schematic segment", …) in English and
 * Spanish. Kept here rather than in the UI bundles because the export draws legends without the UI.
 */
public final class StyleText {
    private static final Map<String, String[]> TEXT = Map.ofEntries(
            Map.entry("noData", new String[]{"No data", "Sin datos"}),
            Map.entry("documented", new String[]{"Documented segment", "Tramo documentado"}),
            Map.entry("schematic", new String[]{"Schematic segment (not documented in detail)",
                    "Tramo esquemático (sin detalle documentado)"}),
            Map.entry("destination", new String[]{"Destination", "Destino"}),
            Map.entry("routes", new String[]{"Internal routes", "Rutas internas"}),
            Map.entry("flows", new String[]{"International flows", "Flujos internacionales"}),
            Map.entry("flow", new String[]{"Cross-border flow", "Flujo transfronterizo"}),
            Map.entry("hotspots", new String[]{"Places of exploitation", "Lugares de explotación"}),
            Map.entry("places", new String[]{"Places", "Lugares"}),
            Map.entry("place", new String[]{"Named place", "Lugar nombrado"}),
            Map.entry("departments", new String[]{"Departments", "Departamentos"}),
            Map.entry("department", new String[]{"Department boundary", "Límite departamental"}),
            Map.entry("period", new String[]{"Period", "Periodo"}),
            Map.entry("sizeBy", new String[]{"Symbol size: largest figure cited, in", "Tamaño del símbolo: mayor cifra citada, en"}),
            Map.entry("base", new String[]{"Base", "Base"}),
            Map.entry("source", new String[]{"Source", "Fuente"}),
            Map.entry("kind.mining", new String[]{"Mining", "Minería"}),
            Map.entry("kind.urban", new String[]{"Urban", "Urbano"}),
            Map.entry("kind.port", new String[]{"Port", "Puerto"}),
            Map.entry("kind.tourism", new String[]{"Tourism", "Turismo"}),
            Map.entry("kind.border", new String[]{"Border", "Frontera"}),
            Map.entry("kind.other", new String[]{"Other", "Otro"}));

    private StyleText() {
    }

    /** True when labels should be Spanish. */
    public static boolean spanish(Locale locale) {
        return locale != null && "es".equals(locale.getLanguage());
    }

    /** The text for {@code key} in the locale's language (English unless Spanish); the key if unknown. */
    public static String get(String key, Locale locale) {
        String[] t = TEXT.get(key);
        return t == null ? key : t[spanish(locale) ? 1 : 0];
    }

    /** Picks the Spanish or English form of a data label, falling back to the other when one is blank. */
    public static String pick(String en, String es, Locale locale) {
        String first = spanish(locale) ? es : en;
        String second = spanish(locale) ? en : es;
        return first != null && !first.isBlank() ? first : (second == null ? "" : second);
    }
}
