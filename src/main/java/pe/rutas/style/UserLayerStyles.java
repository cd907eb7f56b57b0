package pe.rutas.style;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import pe.rutas.model.GeoFeature;
import pe.rutas.model.GeometryKind;

/**
 * Picks a default style for a user's own layer from its geometry kinds, cycling through
 * {@link #PALETTE} so that successive layers differ. Pure functions.
 */
public final class UserLayerStyles {
    /**
     * The automatic colours of the user's layers, in the order they are handed out (then again
     * from the first): blue, brown, slate, plum. The evidence already takes the clear hues
     * (Okabe–Ito routes, the hotspots' wine, the flows' dark grey and the export's purple, the
     * YlGnBu classes, on the map and in exports), so these are what is left where no reader can take a layer of
     * their own for evidence: each keeps a CIEDE2000 difference of at least 10 from every
     * evidence colour, and the four from one another, under normal vision and simulated
     * protanopia, deuteranopia and tritanopia, with a contrast of at least 3:1 (WCAG, graphics)
     * on the land of both basemap themes and of exports. A fifth colour meeting all of that
     * would have to be nearly black. Found by a search over sRGB; the tests check each
     * constraint against the evidence colours as the style and export classes define them.
     */
    public static final List<String> PALETTE = List.of("#0000EC", "#8C6450", "#647084", "#6C3C64");

    private static final String OUTLINE = "#FFFFFF";

    private UserLayerStyles() {
    }

    /** Title of the legend section of the user's own layers, on the map and in exports. */
    public static String legendTitle(java.util.Locale locale) {
        return StyleText.pick("Your layers", "Sus capas", locale);
    }

    /** The legend symbol of a layer: an area if it has any polygon, else a line if it has any line, else a mark. */
    public static Symbol legendSymbol(Collection<GeoFeature> features) {
        Set<GeometryKind> kinds = EnumSet.noneOf(GeometryKind.class);
        for (GeoFeature f : features) kinds.add(GeometryKind.of(f.geometry()));
        if (kinds.contains(GeometryKind.POLYGON) || kinds.contains(GeometryKind.MIXED)) return Symbol.AREA;
        return kinds.contains(GeometryKind.LINE) ? Symbol.LINE : Symbol.CIRCLE;
    }

    /** The colour a legend shows for a layer drawn as {@code symbol}: the line's colour for lines, else the fill. */
    public static String legendColour(LayerStyle style, Symbol symbol) {
        return symbol == Symbol.LINE ? style.stroke() : style.fill();
    }

    /**
     * @param ordinal 0 for the first user layer, 1 for the second …; picks the colour
     */
    public static LayerStyle suggest(Collection<GeoFeature> features, int ordinal) {
        Set<GeometryKind> kinds = EnumSet.noneOf(GeometryKind.class);
        for (GeoFeature f : features) kinds.add(GeometryKind.of(f.geometry()));
        return suggest(kinds, ordinal);
    }

    public static LayerStyle suggest(Set<GeometryKind> kinds, int ordinal) {
        String colour = PALETTE.get(Math.floorMod(ordinal, PALETTE.size()));
        if (kinds.size() == 1 && kinds.contains(GeometryKind.POINT)) {
            // a filled mark with a white ring stays visible on any basemap colour
            return new LayerStyle(OUTLINE, 1.5, colour, 1.0, 5);
        }
        if (kinds.size() == 1 && kinds.contains(GeometryKind.LINE)) {
            return new LayerStyle(colour, 2.5, colour, 0.0, 0);
        }
        if (kinds.size() == 1 && kinds.contains(GeometryKind.POLYGON)) {
            return new LayerStyle(colour, 1.5, colour, 0.25, 0);
        }
        return new LayerStyle(colour, 2.0, colour, 0.25, 5);
    }
}
