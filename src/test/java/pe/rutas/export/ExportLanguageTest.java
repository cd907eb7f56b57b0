package pe.rutas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.rutas.io.ProseFixture;
import pe.rutas.model.Catalog;
import pe.rutas.model.StatTable;

/**
 * {@code rutas export --lang es} prints data prose from the Spanish catalog: the table period and
 * base in the legend. Checked on the composition (the text the renderer draws), not on pixels.
 */
class ExportLanguageTest {
    @TempDir
    Path dir;

    private Composition composeLike(String... args) throws Exception {
        Path data = ProseFixture.directory(java.nio.file.Files.createTempDirectory(dir, "geodata"));
        List<String> all = new java.util.ArrayList<>(List.of("--out", dir.resolve("map.png").toString(),
                "--data", data.toString(), "--stat", "t1", "--department", "PE-LOR"));
        all.addAll(List.of(args));
        ExportCommand.Options o = ExportCommand.parse(all.toArray(String[]::new));
        ExportData loaded = GeodataLoader.load(o.data());
        return new Composer(loaded, new SourceShortNames(new Properties()), TextMeasure.approximate())
                .compose(ExportCommand.request(o));
    }

    private static String legendText(Composition c) {
        return String.join("\n", c.legend().placed().stream().map(p -> p.item().label()).toList());
    }

    @Test
    void langEsPrintsTheSpanishPeriodAndBaseOfTheTable() throws Exception {
        Composition es = composeLike("--lang", "es");
        String legend = legendText(es);
        assertTrue(legend.contains("Denuncias, año 2010"), legend);
        assertTrue(legend.contains("Base: las 2 filas listadas"), legend);
        assertFalse(legend.contains("the 2 listed rows"), legend);
    }

    @Test
    void langEnKeepsTheEnglishProse() throws Exception {
        Composition en = composeLike("--lang", "en");
        String legend = legendText(en);
        assertTrue(legend.contains("Complaints, 2010"), legend);
        assertTrue(legend.contains("Base: the 2 listed rows"), legend);
        assertFalse(legend.contains("filas"), legend);
    }

    @Test
    void bothLanguagesFrameCiteAndDateTheSameEvidence() throws Exception {
        Composition en = composeLike("--lang", "en");
        Composition es = composeLike("--lang", "es");
        // the frame may shift a little with the legend's width; what it shows and cites may not
        assertEquals(en.inFrame(), es.inFrame());
        assertEquals(en.faded(), es.faded());
        // "Dec 2009 – Dec 2010" and "dic 2009 – dic 2010" date the evidence alike
        assertEquals(en.subtitle().replaceAll("\\D+", " ").trim(), es.subtitle().replaceAll("\\D+", " ").trim());
    }

    @Test
    void exportDataPicksTheCatalogByLocale() {
        Catalog en = SampleData.data().catalog();
        StatTable t = en.table("tab").orElseThrow();
        StatTable tEs = new StatTable(t.id(), t.title(), t.titleEs(), "año 2010", "casos", "filas listadas", t.citation(),
                t.rows(), t.note(), t.baseValue(), t.mappable());
        Catalog es = new Catalog(en.sources(), en.places(), en.routes(), en.hotspots(), List.of(tEs), en.flows());
        ExportData data = new ExportData(SampleData.data().departments(), SampleData.data().countries(), en, es, List.of());
        assertEquals(es, data.catalog(Locale.forLanguageTag("es")));
        assertEquals(en, data.catalog(Locale.ENGLISH));
        Composer composer = new Composer(data, new SourceShortNames(new Properties()), TextMeasure.approximate());
        Composition c = composer.compose(ExportRequest.of(1600, 1000, Locale.forLanguageTag("es")).withStatTable("tab"));
        String legend = legendText(c);
        assertTrue(legend.contains("Tabla de prueba, año 2010"), legend);
        assertTrue(legend.contains("Base: filas listadas"), legend);
    }
}
