package pe.rutas.export;

import java.util.List;
import java.util.Locale;
import javafx.scene.paint.Color;

/**
 * Colours and symbols of the export, chosen for print: Okabe–Ito colours for the routes
 * (distinguishable with the common colour-vision deficiencies), a neutral land/sea basemap, and
 * one dark symbol colour for places of exploitation with the shape telling the kind. Pure values.
 */
public final class ExportStyle {
    private ExportStyle() {}

    public static final Color SEA = Color.web("#dce8f0"), LAND = Color.web("#efede8"), PERU = Color.web("#fbfaf7"),
            COUNTRY_EDGE = Color.web("#9a968c"), PERU_EDGE = Color.web("#5c5850"), DEPT_EDGE = Color.web("#bdb7ab"),
            KEY_GREY = Color.web("#555555"), HOTSPOT = Color.web("#1a1a1a"), FLOW = Color.web("#6a3d9a"),
            HALO = Color.web("#ffffff", 0.85), HIGHLIGHT_FILL = Color.web("#fff3cc"), DEPT_LABEL = Color.web("#7a7468"), TEXT = Color.web("#1a1a1a"), MUTED = Color.web("#4d4d4d");

    /** The six routes in the report's order, each with an Okabe–Ito colour. */
    static final List<String> ROUTE_ORDER = List.of("north-coast", "north-selva", "lima", "south-selva", "south-sierra", "south-coast");
    private static final Color[] OKABE_ITO = {
            Color.web("#E69F00"), Color.web("#56B4E9"), Color.web("#009E73"), Color.web("#0072B2"),
            Color.web("#D55E00"), Color.web("#CC79A7"), Color.web("#F0E442"), Color.web("#000000")};

    public static Color routeColor(String routeId) {
        int i = ROUTE_ORDER.indexOf(routeId);
        if (i < 0) i = ROUTE_ORDER.size() + Math.floorMod(routeId.hashCode(), OKABE_ITO.length - ROUTE_ORDER.size());
        return OKABE_ITO[i];
    }

    /** Kinds the legend names; anything else is "other". */
    public static String kindKey(String kind) {
        String k = kind == null ? "" : kind.toLowerCase(Locale.ROOT).strip();
        return switch (k) {
            case "mining", "urban", "port", "tourism", "border", "region" -> k;
            default -> "other";
        };
    }

    public static LegendItem.Swatch swatchOf(String kindKey) {
        return switch (kindKey) {
            case "mining" -> LegendItem.Swatch.TRIANGLE;
            case "port" -> LegendItem.Swatch.DIAMOND;
            case "border" -> LegendItem.Swatch.SQUARE;
            case "tourism" -> LegendItem.Swatch.STAR;
            case "region", "other" -> LegendItem.Swatch.RING;
            default -> LegendItem.Swatch.POINT;
        };
    }
}
