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
}
