package pe.rutas.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import pe.rutas.style.ColorVision.Deficiency;

class RoutePaletteTest {
    private static final List<String> ROUTES =
            List.of("north-coast", "north-selva", "lima", "south-selva", "south-sierra", "south-coast");

    /** CIEDE2000 of 10 reads as clearly different colours on a map line. */
    private static final double MIN_DELTA_E = 10;

    private List<Color> routeColors() {
        return ROUTES.stream().map(RoutePalette::colorOf).toList();
    }

    @Test
    void sixRoutesGetSixDifferentColours() {
        assertEquals(6, new HashSet<>(routeColors()).size());
    }

    @Test
    void routeColoursStayDistinctForEveryKindOfColourVision() {
        for (Deficiency d : Deficiency.values()) {
            double min = ColorVision.minPairwiseDeltaE(routeColors(), d);
            assertTrue(min >= MIN_DELTA_E, d + ": min pairwise CIEDE2000 " + min + " < " + MIN_DELTA_E);
        }
    }

    @Test
    void routeColoursStandOutFromTheBasemapLand() {
        BasemapStyle b = BasemapStyle.standard();
        for (Deficiency d : Deficiency.values()) {
            for (Color c : routeColors()) {
                double de = ColorVision.deltaE2000(ColorVision.simulate(c, d), ColorVision.simulate(b.peru(), d));
                assertTrue(de >= 20, d + ": route colour " + c + " too close to the land (" + de + ")");
            }
        }
    }

    @Test
    void unknownRouteGetsAStablePaletteColour() {
        Color a = RoutePalette.colorOf("some-new-route");
        assertNotNull(a);
        assertEquals(a, RoutePalette.colorOf("some-new-route"));
        assertTrue(RoutePalette.COLORS.contains(a));
        assertTrue(RoutePalette.COLORS.contains(RoutePalette.colorOf(null)));
    }
}
