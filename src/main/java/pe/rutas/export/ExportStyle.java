package pe.rutas.export;

import java.util.List;
import java.util.Locale;
import javafx.scene.paint.Color;
import pe.rutas.style.HotspotStyle;
import pe.rutas.style.RoutePalette;

/**
 * Colours and symbols of the export, chosen for print: Okabe–Ito colours for the routes
 * (distinguishable with the common colour-vision deficiencies), a neutral land/sea basemap, and
 * one dark symbol colour for places of exploitation with the shape telling the kind. Pure values.
 */
public final class ExportStyle {
    private ExportStyle() {}

    public static final Color SEA = Color.web("#dce8f0"), LAND = Color.web("#efede8"), PERU = Color.web("#fbfaf7"),
            COUNTRY_EDGE = Color.web("#9a968c"), PERU_EDGE = Color.web("#5c5850"), DEPT_EDGE = Color.web("#bdb7ab"),
            KEY_GREY = Color.web("#555555"), HOTSPOT = HotspotStyle.FILL, FLOW = pe.rutas.style.RouteStyle.FLOW_COLOR,
            FLOW_LABEL = Color.web("#2b2b2b"),
            HALO = Color.web("#ffffff", 0.85), HIGHLIGHT_FILL = Color.web("#fff3cc"), DEPT_LABEL = Color.web("#7a7468"), TEXT = Color.web("#1a1a1a"), MUTED = Color.web("#4d4d4d");

    /** The interactive map's colour of a route (Okabe–Ito, fixed for the six routes of the report). */
    public static Color routeColor(String routeId) {
        return RoutePalette.colorOf(routeId);
    }

    /** Kinds the legend names, as the interactive map groups them; anything else is "other". */
    public static String kindKey(String kind) {
        String k = kind == null ? "" : kind.toLowerCase(Locale.ROOT).strip();
        return HotspotStyle.KINDS.contains(k) ? k : "other";
    }

    /** The interactive map's symbol of a hotspot kind, as a legend swatch. */
    public static LegendItem.Swatch swatchOf(String kind) {
        return switch (HotspotStyle.symbolOf(kind)) {
            case TRIANGLE -> LegendItem.Swatch.TRIANGLE;
            case DIAMOND -> LegendItem.Swatch.DIAMOND;
            case SQUARE -> LegendItem.Swatch.SQUARE;
            case STAR -> LegendItem.Swatch.STAR;
            case HEXAGON -> LegendItem.Swatch.HEXAGON;
            default -> LegendItem.Swatch.POINT;
        };
    }

    /** Legend label of a hotspot kind, in the interactive map's words. */
    public static String kindLabel(String kindKey, Locale locale) {
        return HotspotStyle.labelOf(kindKey, locale);
    }
}
