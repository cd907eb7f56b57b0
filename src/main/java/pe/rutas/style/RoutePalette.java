package pe.rutas.style;

import java.util.List;
import java.util.Map;
import javafx.scene.paint.Color;

/**
 * One colour per route: the Okabe–Ito palette (Okabe &amp; Ito 2008) without its yellow (too pale on the
 * land colour) and black (kept for flows and text). The six colours keep a CIEDE2000 difference of at
 * least 10 between any two under simulated protanopia, deuteranopia and tritanopia (see the tests).
 * Pure and thread-safe.
 */
public final class RoutePalette {

    /** The six route colours, in the order they are handed out to unknown route ids. */
    public static final List<Color> COLORS = List.of(
            Color.web("#0072B2"), // blue
            Color.web("#009E73"), // bluish green
            Color.web("#CC79A7"), // reddish purple
            Color.web("#56B4E9"), // sky blue
            Color.web("#D55E00"), // vermillion
            Color.web("#E69F00")); // orange

    /** Fixed assignment for the six routes of pucp-cescr-2011 so colours never move between runs. */
    private static final Map<String, Color> KNOWN = Map.of(
            "north-coast", COLORS.get(0),
            "north-selva", COLORS.get(1),
            "lima", COLORS.get(2),
            "south-selva", COLORS.get(3),
            "south-sierra", COLORS.get(4),
            "south-coast", COLORS.get(5));

    private RoutePalette() {
    }

    /** The colour of a route; ids outside the six known ones get a stable colour from their hash. */
    public static Color colorOf(String routeId) {
        Color known = routeId == null ? null : KNOWN.get(routeId);
        if (known != null) {
            return known;
        }
        return COLORS.get(Math.floorMod(routeId == null ? 0 : routeId.hashCode(), COLORS.size()));
    }
}
