package pe.rutas.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import pe.rutas.export.Choropleth;
import pe.rutas.export.ExportStyle;
import pe.rutas.model.Citation;
import pe.rutas.model.GeometryKind;
import pe.rutas.model.StatRow;
import pe.rutas.model.StatTable;
import pe.rutas.style.ColorVision.Deficiency;

/**
 * The automatic colours of the user's own layers can never be taken for evidence: far from every
 * colour the map or an export gives routes, flows, hotspots, places, the route key and the
 * choropleth classes, for every kind of colour vision, and far from one another; and dark enough
 * to read on the land of either theme. The evidence colours are collected from the classes that
 * draw them, so a change of an evidence colour is checked too.
 */
class UserLayerPaletteTest {
    /** CIEDE2000 of 10 reads as clearly different colours on a map line (the route palette's threshold). */
    private static final double MIN_DELTA_E = 10;
    /** WCAG 2.1 (1.4.11) contrast for graphics against their background. */
    private static final double MIN_CONTRAST = 3;

    /** The colours the layers get, as handed out by {@link UserLayerStyles#suggest}: one per palette entry. */
    private static List<Color> handedOut() {
        List<Color> out = new ArrayList<>();
        for (int i = 0; i < UserLayerStyles.PALETTE.size(); i++) {
            LayerStyle line = UserLayerStyles.suggest(Set.of(GeometryKind.LINE), i);
            LayerStyle point = UserLayerStyles.suggest(Set.of(GeometryKind.POINT), i);
            assertEquals(line.stroke(), point.fill(), "a line and a mark of the same layer share the colour");
            out.add(Color.web(line.stroke()));
        }
        return out;
    }

    /** Every colour that marks evidence on the map or in an export, by what it marks. */
    static Map<String, Color> evidence() {
        Map<String, Color> ev = new LinkedHashMap<>();
        for (int i = 0; i < RoutePalette.COLORS.size(); i++) ev.put("route " + i, RoutePalette.COLORS.get(i));
        // the map's flows are translucent: what the reader sees is the mix with the land under them
        ev.put("flow on the map", over(RouteStyle.FLOW_COLOR, BasemapStyle.standard().peru()));
        ev.put("flow on the map, high contrast", over(RouteStyle.FLOW_COLOR, BasemapStyle.highContrast().peru()));
        ev.put("flow in an export", ExportStyle.FLOW);
        ev.put("hotspot", HotspotStyle.FILL);
        ev.put("hotspot label (map.css .hotspot-label)", Color.web("#5a0a2b"));
        ev.put("place (LegendBuilder, map.css .place)", Color.web("#333333"));
        ev.put("documented / schematic key", ExportStyle.KEY_GREY);
        ev.put("department border, high contrast", BasemapStyle.highContrast().departmentBorder());
        ChoroplethClassifier classifier = new ChoroplethClassifier();
        for (int k = ChoroplethClassifier.MIN_CLASSES; k <= ChoroplethClassifier.MAX_CLASSES; k++) {
            List<Color> cs = classifier.classify(table(ChoroplethClassifier.MAX_CLASSES), k).colors();
            for (int i = 0; i < cs.size(); i++) ev.put("map choropleth " + k + " classes, class " + i, cs.get(i));
        }
        ev.put("map choropleth no data", ChoroplethClassifier.NO_DATA);
        for (int n = 1; n <= 5; n++) {
            List<Choropleth.ClassBreak> cs = Choropleth.of(table(n)).classes();
            for (int i = 0; i < cs.size(); i++) ev.put("export choropleth " + n + " classes, class " + i, cs.get(i).color());
        }
        ev.put("export choropleth no data", Choropleth.NO_DATA);
        return ev;
    }

    /** A department table with {@code n} distinct values. */
    private static StatTable table(int n) {
        List<StatRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) rows.add(new StatRow(String.format("PE-%03d", i), "d" + i, (double) (i * i + 1), null, ""));
        return new StatTable("t", "Complaints", "Denuncias", "2010", "complaints", "", new Citation("s", "", ""), rows, "");
    }

    private static Color over(Color c, Color under) {
        double a = c.getOpacity();
        return Color.color(c.getRed() * a + under.getRed() * (1 - a), c.getGreen() * a + under.getGreen() * (1 - a),
                c.getBlue() * a + under.getBlue() * (1 - a));
    }

    private static double seen(Color a, Color b, Deficiency d) {
        return ColorVision.deltaE2000(ColorVision.simulate(a, d), ColorVision.simulate(b, d));
    }

    /** The smallest difference of {@code c} from any evidence colour under any vision, with what it is. */
    private static Map.Entry<String, Double> nearestEvidence(Color c) {
        Map.Entry<String, Double> best = Map.entry("none", Double.POSITIVE_INFINITY);
        for (Map.Entry<String, Color> e : evidence().entrySet()) {
            for (Deficiency d : Deficiency.values()) {
                double de = seen(c, e.getValue(), d);
                if (de < best.getValue()) best = Map.entry(e.getKey() + " (" + d + ")", de);
            }
        }
        return best;
    }

    @Test
    void theEvidenceListIsComplete() {
        Map<String, Color> ev = evidence();
        assertTrue(ev.values().containsAll(RoutePalette.COLORS));
        assertTrue(ev.containsValue(Color.web("#0c2c84")), "the darkest YlGnBu class");
        assertTrue(ev.size() > 40, "evidence colours: " + ev.size());
    }

    @Test
    void noLayerColourComesNearAnEvidenceColourForAnyColourVision() {
        for (Color c : handedOut()) {
            Map.Entry<String, Double> nearest = nearestEvidence(c);
            assertTrue(nearest.getValue() >= MIN_DELTA_E,
                    c + " is within CIEDE2000 " + nearest.getValue() + " of " + nearest.getKey());
        }
    }

    @Test
    void theLayerColoursStayApartFromOneAnotherForEveryColourVision() {
        List<Color> palette = handedOut();
        assertEquals(4, palette.size());
        for (Deficiency d : Deficiency.values()) {
            double min = ColorVision.minPairwiseDeltaE(palette, d);
            assertTrue(min >= MIN_DELTA_E, d + ": min pairwise CIEDE2000 " + min + " < " + MIN_DELTA_E);
        }
    }

    @Test
    void theLayerColoursReadOnTheLandOfBothThemesAndOfExports() {
        for (Color land : List.of(BasemapStyle.standard().peru(), BasemapStyle.highContrast().peru(),
                BasemapStyle.standard().neighbour(), BasemapStyle.highContrast().neighbour(), ExportStyle.PERU, ExportStyle.LAND)) {
            for (Color c : handedOut()) {
                double ratio = ColorVision.contrastRatio(c, land);
                assertTrue(ratio >= MIN_CONTRAST, c + " on " + land + ": contrast " + ratio);
            }
        }
    }

    @Test
    void theCheckCatchesTheOldPaletteThatClashedWithTheEvidence() {
        // the six colours handed out before (darker half of ColorBrewer Paired)
        for (String old : List.of("#6A3D9A", "#1F78B4", "#E31A1C", "#FF7F00")) {
            assertTrue(nearestEvidence(Color.web(old)).getValue() < MIN_DELTA_E, old + " should clash with the evidence");
        }
    }

    @Test
    void contrastRatioFollowsWcag() {
        assertEquals(21, ColorVision.contrastRatio(Color.BLACK, Color.WHITE), 1e-6);
        assertEquals(1, ColorVision.contrastRatio(Color.web("#777777"), Color.web("#777777")), 1e-9);
        assertEquals(4.48, ColorVision.contrastRatio(Color.web("#777777"), Color.WHITE), 0.01);
    }
}
