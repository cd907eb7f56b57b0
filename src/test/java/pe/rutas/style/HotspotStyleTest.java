package pe.rutas.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HotspotStyleTest {

    @Test
    void eachKnownKindHasItsOwnShape() {
        Set<Symbol> shapes = new HashSet<>();
        for (String k : HotspotStyle.KINDS) {
            shapes.add(HotspotStyle.symbolOf(k));
        }
        assertEquals(HotspotStyle.KINDS.size(), shapes.size());
        assertTrue(!shapes.contains(Symbol.CIRCLE), "circle is reserved for unknown kinds");
        assertEquals(Symbol.CIRCLE, HotspotStyle.symbolOf("something else"));
        assertEquals(Symbol.CIRCLE, HotspotStyle.symbolOf(null));
        assertEquals(Symbol.TRIANGLE, HotspotStyle.symbolOf(" Mining "));
    }

    @Test
    void radiusGrowsWithTheFigureWithinBounds() {
        assertEquals(HotspotStyle.MIN_RADIUS, HotspotStyle.radiusFor(null, 100), 1e-9);
        assertEquals(HotspotStyle.MIN_RADIUS, HotspotStyle.radiusFor(-5.0, 100), 1e-9);
        assertEquals(HotspotStyle.MIN_RADIUS, HotspotStyle.radiusFor(Double.NaN, 100), 1e-9);
        assertEquals(HotspotStyle.MAX_RADIUS, HotspotStyle.radiusFor(100.0, 100), 1e-9);
        double small = HotspotStyle.radiusFor(10.0, 100);
        double big = HotspotStyle.radiusFor(50.0, 100);
        assertTrue(HotspotStyle.MIN_RADIUS < small && small < big && big < HotspotStyle.MAX_RADIUS);
    }

    @Test
    void outlinesAreCentredAndSized() {
        for (Symbol s : new Symbol[]{Symbol.TRIANGLE, Symbol.SQUARE, Symbol.DIAMOND, Symbol.STAR, Symbol.HEXAGON,
                Symbol.CIRCLE}) {
            double[] xy = HotspotStyle.outline(s, 10);
            assertTrue(xy.length >= 6, s.name());
            double maxR = 0;
            for (int i = 0; i < xy.length; i += 2) {
                maxR = Math.max(maxR, Math.hypot(xy[i], xy[i + 1]));
            }
            assertTrue(maxR >= 9 && maxR <= 13.5, s + " extent " + maxR);
        }
        assertEquals(0, HotspotStyle.outline(Symbol.LINE, 10).length);
    }

    @Test
    void kindLabelsAreBilingual() {
        assertEquals("Mining", HotspotStyle.labelOf("mining", Locale.ENGLISH));
        assertEquals("Minería", HotspotStyle.labelOf("mining", Locale.forLanguageTag("es-PE")));
        assertEquals("Other", HotspotStyle.labelOf("weird", Locale.ENGLISH));
    }

    private static pe.rutas.model.Hotspot hotspot(String id, Object... valueUnit) {
        java.util.List<pe.rutas.model.Figure> figs = new java.util.ArrayList<>();
        for (int i = 0; i < valueUnit.length; i += 2) {
            figs.add(new pe.rutas.model.Figure(((Number) valueUnit[i]).doubleValue(), "x", "x", (String) valueUnit[i + 1],
                    "2010", new pe.rutas.model.Citation("s", "", ""), ""));
        }
        return new pe.rutas.model.Hotspot(id, id, id, "PE-LIM", "urban", "both", null, figs, java.util.List.of(),
                java.util.List.of());
    }

    @Test
    void sizesCompareOneUnitOnly() {
        var hs = java.util.List.of(hotspot("a", 350000, "people", 32, "complaints"), hotspot("b", 120, "cases", 110,
                "victims"), hotspot("c", 53, "victims", 14, "percent"), hotspot("d", 12, "percent"));
        assertEquals(java.util.Optional.of("victims"), HotspotStyle.sizeUnit(hs),
                "victims are reported by two hotspots and come first in preference");
        assertEquals(110.0, HotspotStyle.sizeFigure(hs.get(1), "victims"));
        assertEquals(null, HotspotStyle.sizeFigure(hs.get(0), "victims"), "people are not victims: not sized");
        assertEquals(null, HotspotStyle.sizeFigure(hs.get(3), "victims"));
    }

    @Test
    void percentagesNeverSizeAndNoCountsMeansNoSizing() {
        assertTrue(HotspotStyle.sizeUnit(java.util.List.of(hotspot("a", 40, "percent"), hotspot("b", 3, "rate")))
                .isEmpty());
        assertEquals(java.util.Optional.of("boats"), HotspotStyle.sizeUnit(java.util.List.of(hotspot("a", 4, "boats"))));
    }
}
