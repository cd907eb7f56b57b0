package pe.rutas.style;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import pe.rutas.model.Citation;
import pe.rutas.model.StatRow;
import pe.rutas.model.StatTable;
import pe.rutas.style.ColorVision.Deficiency;

class ChoroplethClassifierTest {
    private final ChoroplethClassifier classifier = new ChoroplethClassifier();

    private static StatTable table(List<StatRow> rows) {
        return new StatTable("t", "Complaints", "Denuncias", "Dec 2009–Dec 2010", "complaints", "all complaints",
                new Citation("pucp-cescr-2011", "table 3", ""), rows, "");
    }

    private static StatRow row(String key, Double value) {
        return new StatRow(key, key, value, null, "");
    }

    @Test
    void naturalBreaksSeparateObviousClusters() {
        double[] data = {1, 2, 3, 10, 11, 12, 50, 52};
        assertArrayEquals(new double[]{1, 3, 12, 52}, ChoroplethClassifier.jenks(data, 3), 1e-9);
    }

    @Test
    void everyValueFallsInAClassWhoseBoundsContainIt() {
        List<StatRow> rows = new ArrayList<>();
        double[] vals = {0, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233};
        for (int i = 0; i < vals.length; i++) {
            rows.add(row(String.format("PE-%03d", i), vals[i]));
        }
        Classification c = classifier.classify(table(rows), 5);
        assertEquals(5, c.classes());
        double[] b = c.breaks();
        for (int i = 0; i < vals.length; i++) {
            int k = c.classOf(String.format("PE-%03d", i)).getAsInt();
            assertTrue(vals[i] >= b[k] && vals[i] <= b[k + 1], vals[i] + " not in class " + k);
        }
        assertEquals(0, c.classOf("PE-000").getAsInt());
        assertEquals(4, c.classOf("PE-010").getAsInt());
    }

    @Test
    void missingValueIsNoDataNotZero() {
        StatTable t = table(List.of(row("PE-LIM", 0.0), row("PE-CUS", 40.0), row("PE-PUN", 12.0),
                row("PE-LOR", null)));
        Classification c = classifier.classify(t, 3);
        assertTrue(c.colorOf("PE-LIM").isPresent(), "a printed zero is data");
        assertFalse(c.colorOf("PE-LOR").isPresent(), "a null value is no data");
        assertFalse(c.colorOf("PE-AMA").isPresent(), "a department without a row is no data");
        assertEquals(OptionalInt.empty(), c.classOf("PE-LOR"));
        assertNotEquals(ChoroplethClassifier.NO_DATA, c.colorOf("PE-LIM").get());
    }

    @Test
    void nonDepartmentRowsAreIgnored() {
        StatTable t = table(List.of(row("PE-LIM", 10.0), row("PE-CUS", 20.0), row("total", 1000.0)));
        Classification c = classifier.classify(t, 5);
        assertEquals(2, c.classes(), "only two distinct department values");
        assertEquals(20, c.breaks()[c.classes()], 1e-9, "the national total must not stretch the scale");
    }

    @Test
    void percentIsMappedWhenTheTablePrintsOnlyPercentages() {
        StatTable t = table(List.of(new StatRow("PE-LIM", "Lima", null, 45.0, ""),
                new StatRow("PE-CUS", "Cusco", null, 10.0, ""), new StatRow("PE-PUN", "Puno", null, 5.0, "")));
        Classification c = classifier.classify(t, 3);
        assertEquals(ChoroplethClassifier.Measure.PERCENT, c.measure());
        assertTrue(c.legendEntries(Locale.ENGLISH).get(0).label().endsWith("%"));
    }

    @Test
    void emptyTableClassifiesEverythingAsNoData() {
        Classification c = classifier.classify(table(List.of(row("PE-LIM", null))), 4);
        assertEquals(0, c.classes());
        assertFalse(c.colorOf("PE-LIM").isPresent());
        assertEquals(Symbol.NO_DATA, c.legendEntries(Locale.ENGLISH).get(0).symbol());
    }

    @Test
    void legendStatesPeriodBaseAndSourceAndEndsWithNoData() {
        StatTable t = table(List.of(row("PE-LIM", 10.0), row("PE-CUS", 20.0), row("PE-PUN", 30.0)));
        LegendSection s = classifier.classify(t, 3).legendSection(Locale.ENGLISH, "PUCP-CESCR 2011");
        assertTrue(s.caption().contains("Dec 2009–Dec 2010"), s.caption());
        assertTrue(s.caption().contains("all complaints"), s.caption());
        assertTrue(s.caption().contains("PUCP-CESCR 2011, table 3"), s.caption());
        assertEquals("No data", s.entries().get(s.entries().size() - 1).label());
        LegendSection es = classifier.classify(t, 3).legendSection(Locale.forLanguageTag("es"), "PUCP");
        assertTrue(es.title().startsWith("Denuncias"));
        assertTrue(es.caption().contains("Fuente"));
        assertEquals("Sin datos", es.entries().get(es.entries().size() - 1).label());
    }

    @Test
    void classColoursAreOrderedLightToDarkAndDistinctUnderColourBlindness() {
        List<StatRow> rows = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            rows.add(row(String.format("PE-%03d", i), (double) i * i));
        }
        for (int k = ChoroplethClassifier.MIN_CLASSES; k <= ChoroplethClassifier.MAX_CLASSES; k++) {
            Classification c = classifier.classify(table(rows), k);
            List<Color> colors = c.colors();
            for (int i = 1; i < colors.size(); i++) {
                assertTrue(ColorVision.lab(colors.get(i))[0] < ColorVision.lab(colors.get(i - 1))[0],
                        "lightness must fall with the class");
            }
            for (Deficiency d : Deficiency.values()) {
                assertTrue(ColorVision.minPairwiseDeltaE(colors, d) > 5, k + " classes, " + d);
                for (Color col : colors) {
                    assertTrue(ColorVision.deltaE2000(ColorVision.simulate(col, d),
                            ColorVision.simulate(ChoroplethClassifier.NO_DATA, d)) > 3, "no data vs class " + d);
                }
            }
        }
    }
}
