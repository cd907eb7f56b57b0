package pe.rutas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import pe.rutas.model.Department;
import pe.rutas.model.StatTable;
import pe.rutas.style.ChoroplethClassifier;
import pe.rutas.style.Classification;
import pe.rutas.style.LegendEntry;

/**
 * A brief shows what the user saw: for every mappable bundled table, the export shades each
 * department with the colour the map gives it, and its legend has the map's classes and labels.
 */
class ChoroplethSameAsMapTest {
    @Test
    void everyMappableTableIsShadedAndLabelledAsOnTheMap() throws Exception {
        ExportData data = GeodataLoader.load(null);
        int tables = 0;
        for (StatTable t : data.catalog().statistics()) {
            if (!t.mappable() || !t.byDepartment()) continue;
            tables++;
            Classification map = new ChoroplethClassifier().classify(t, ChoroplethClassifier.DEFAULT_CLASSES);
            for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
                Choropleth export = Choropleth.of(t, locale);
                for (Department d : data.departments()) {
                    assertEquals(map.colorOf(d.iso()), export.colorOf(d.iso()), t.id() + " " + d.iso());
                }
                List<LegendEntry> entries = map.legendEntries(locale);
                assertEquals(map.classes(), export.classes().size(), t.id());
                for (int i = 0; i < export.classes().size(); i++) {
                    assertEquals(entries.get(i).label(), export.classes().get(i).label(), t.id() + " class " + i);
                    assertEquals(entries.get(i).color(), export.classes().get(i).color(), t.id() + " class " + i);
                }
            }
            assertEquals(ChoroplethClassifier.NO_DATA, Choropleth.NO_DATA);
        }
        assertTrue(tables >= 2, "the bundled data has department tables to shade: " + tables);
    }
}
