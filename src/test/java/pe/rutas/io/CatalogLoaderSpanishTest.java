package pe.rutas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.rutas.model.Catalog;
import pe.rutas.model.EvidencePeriod;
import pe.rutas.model.FeatureRef;
import pe.rutas.model.Figure;
import pe.rutas.model.Hotspot;
import pe.rutas.model.Period;
import pe.rutas.model.Route;
import pe.rutas.model.StatTable;

/** The Spanish-prose catalog: {@code <key>_es} companions, English fallback, and parity with English. */
class CatalogLoaderSpanishTest {
    @TempDir
    Path dir;

    static final String SOURCES = """
            {"sources": [
              {"id": "s1", "kind": "seed", "title": "Seed one", "year": 2011, "url": "https://example.org/s1",
               "url_note": "as printed; may be dead", "url_note_es": "tal como se imprime; puede no existir",
               "note": "Seed note.", "note_es": "Nota de la fuente."},
              {"id": "p1", "kind": "primary", "title": "Primary", "year": 2009,
               "cited_by": [{"source": "s1", "locator": "Table 1", "locator_es": "Cuadro 1", "note": ""}]},
              {"id": "p2", "kind": "primary", "title": "Other primary", "year": 2005,
               "cited_by": [{"source": "s1", "locator": "Table 2", "locator_es": "Cuadro 2", "note": ""}]}
            ]}
            """;
    static final String PLACES = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-73.25, -3.75]},
               "properties": {"id": "iquitos", "name": "Iquitos", "name_es": "Iquitos", "department": "PE-LOR",
                 "citations": [{"source": "s1", "locator": "routes section", "locator_es": "sección de rutas", "note": ""}],
                 "note": "River port.", "note_es": "Puerto fluvial."}},
              {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-76.09, -5.90]},
               "properties": {"id": "yurimaguas", "name": "Yurimaguas", "name_es": "Yurimaguas", "department": "PE-LOR",
                 "citations": [{"source": "s1", "locator": "river", "note": "untranslated note"}],
                 "note": "No Spanish here."}}
            ]}
            """;
    static final String ROUTES = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "geometry": {"type": "MultiLineString", "coordinates": [[[-73.25, -3.75], [-76.09, -5.90]]]},
               "properties": {"route_id": "north-selva", "name": "North Selva Route", "name_es": "Ruta de la Selva Norte",
                 "name_source": "North Selva Route", "destinations": ["iquitos"], "origins": [],
                 "segments": [{"basis": "documented", "from": "iquitos", "to": "yurimaguas",
                               "citations": [{"source": "s1", "locator": "Table 2", "locator_es": "Cuadro 2", "note": ""}],
                               "note": "By river.", "note_es": "Por río."}],
                 "citations": [{"source": "s1", "locator": "routes section", "locator_es": "sección de rutas", "note": ""}],
                 "notes": ["First note.", "Second note, 2 lines."], "notes_es": ["Primera nota.", ""]}}
            ]}
            """;
    static final String HOTSPOTS = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-73.25, -3.75]},
               "properties": {"id": "iquitos", "name": "Iquitos", "name_es": "Iquitos", "department": "PE-LOR", "kind": "urban",
                 "exploitation": "sexual", "figures": [{"value": 12, "label": "share", "label_es": "porcentaje",
                 "unit": "percent", "unit_es": "por ciento", "period": "Dec 2009 – Dec 2010", "period_es": "dic 2009 – dic 2010",
                 "note": "Figure note.", "citation": {"source": "s1", "locator": "Table 1", "locator_es": "Cuadro 1", "note": ""}}],
                 "citations": [{"source": "s1", "locator": "routes section", "locator_es": "sección de rutas", "note": ""}],
                 "notes": ["Only one."], "notes_es": ["Solo una.", "one too many"]}}
            ]}
            """;
    static final String STATISTICS = """
            {"tables": [
              {"id": "t1", "title": "Complaints", "title_es": "Denuncias", "period": "2010", "period_es": "año 2010",
               "unit": "complaints", "unit_es": "denuncias", "base": "the 2 listed rows", "base_es": "las 2 filas listadas",
               "base_value": 2, "citation": {"source": "s1", "locator": "Table 1", "locator_es": "Cuadro 1", "note": ""},
               "note": "Table note.", "note_es": "Nota del cuadro.",
               "rows": [{"key": "PE-LOR", "label": "Loreto", "label_es": "Loreto (dpto.)", "value": 1, "percent": 50,
                         "note": "Row note.", "note_es": "Nota de fila."},
                        {"key": "total", "label": "all", "label_es": "todos", "value": 9}]}
            ]}
            """;
    static final String FLOWS = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[-64.7, -16.7], [-73.25, -3.75]]},
               "properties": {"flow_id": "bo-iquitos", "from": "BO", "to": "iquitos", "direction": "inbound", "exploitation": "sexual",
                 "period": "two years to June 2013", "period_es": "dos años hasta jun 2013", "name": "Bolivia to Iquitos",
                 "name_es": "Bolivia a Iquitos", "foreign_name": "Bolivia", "foreign_name_es": "Bolivia",
                 "note": "Flow note.", "note_es": 42,
                 "citations": [{"source": "s1", "locator": "flows", "locator_es": "  ", "note": ""}]}}
            ]}
            """;
    static final Map<String, String> FILES = Map.of("sources.json", SOURCES, "places.geojson", PLACES,
            "routes.geojson", ROUTES, "hotspots.geojson", HOTSPOTS, "statistics.json", STATISTICS, "flows.geojson", FLOWS);
    /**
     * Companions that are names, not prose: the English catalog has always read them. A hotspot
     * figure's {@code label_es} (an object with a unit) is one too; a table row's is prose.
     */
    static final Set<String> NAME_COMPANIONS = Set.of("name_es", "title_es", "foreign_name_es");

    @BeforeEach
    void write() throws IOException {
        for (var e : FILES.entrySet()) {
            Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
    }

    private CatalogLoad load(Path d) {
        return new CatalogLoader().load(d);
    }

    @Test
    void loadsBothCatalogsWarningOnlyOfTheUnusableCompanions() {
        CatalogLoad load = load(dir);
        assertEquals(List.of(
                "hotspot \"iquitos\": \"notes_es\" must be a list of 1 string(s) like \"notes\", found [Solo una., one too many]; English shown",
                "flow \"bo-iquitos\": \"note_es\" must be a string, found 42.0; English shown"),
                load.problems().stream().map(LoadProblem::message).toList());
        assertTrue(load.problems().stream().allMatch(p -> p.severity() == LoadProblem.Severity.WARNING));
        assertEquals(0, load.problems().get(0).featureIndex());
        assertTrue(load.problems().get(1).file().endsWith("flows.geojson"), load.problems().get(1).toString());
        assertSame(load.catalog(), load.catalog(false));
        assertSame(load.spanish(), load.catalog(true));
        assertNotEquals(load.catalog(), load.spanish());
        assertSame(load.spanish(), load.bilingual().in(true));
    }

    @Test
    void spanishCatalogTakesTheSpanishCompanions() {
        Catalog es = load(dir).spanish();
        assertEquals("tal como se imprime; puede no existir", es.source("s1").orElseThrow().urlNote());
        assertEquals("Nota de la fuente.", es.source("s1").orElseThrow().note());
        assertEquals("Cuadro 1", es.source("p1").orElseThrow().citedBy().get(0).locator());
        assertEquals("Puerto fluvial.", es.place("iquitos").orElseThrow().note());
        assertEquals("sección de rutas", es.place("iquitos").orElseThrow().citations().get(0).locator());
        Route r = es.route("north-selva").orElseThrow();
        assertEquals("Por río.", r.segments().get(0).note());
        assertEquals("Cuadro 2", r.segments().get(0).citations().get(0).locator());
        Figure f = es.hotspot("iquitos").orElseThrow().figures().get(0);
        assertEquals("por ciento", f.unit());
        assertEquals("dic 2009 – dic 2010", f.period());
        assertEquals("Cuadro 1", f.citation().locator());
        StatTable t = es.table("t1").orElseThrow();
        assertEquals("denuncias", t.unit());
        assertEquals("las 2 filas listadas", t.base());
        assertEquals("Nota del cuadro.", t.note());
        assertEquals("Loreto (dpto.)", t.rows().get(0).label());
        assertEquals("Nota de fila.", t.rows().get(0).note());
        assertEquals("todos", t.rows().get(1).label());
        assertEquals("dos años hasta jun 2013", es.flow("bo-iquitos").orElseThrow().period());
    }

    @Test
    void spanishCatalogFallsBackToEnglishWhereACompanionIsMissingBlankOrUnfit() {
        Catalog es = load(dir).spanish();
        // missing
        assertEquals("No Spanish here.", es.place("yurimaguas").orElseThrow().note());
        assertEquals("untranslated note", es.place("yurimaguas").orElseThrow().citations().get(0).note());
        assertEquals("Figure note.", es.hotspot("iquitos").orElseThrow().figures().get(0).note());
        // a blank item of a list falls back item by item
        assertEquals(List.of("Primera nota.", "Second note, 2 lines."), es.route("north-selva").orElseThrow().notes());
        // a list of another length, a number, or blank text: English, and the entry still loads
        assertEquals(List.of("Only one."), es.hotspot("iquitos").orElseThrow().notes());
        assertEquals("Flow note.", es.flow("bo-iquitos").orElseThrow().note());
        assertEquals("flows", es.flow("bo-iquitos").orElseThrow().citations().get(0).locator());
    }

    @Test
    void englishCatalogIsWhatTheFilesSayWithoutAnySpanishCompanion() throws IOException {
        Path plain = Files.createDirectory(dir.resolve("plain"));
        Gson gson = new GsonBuilder().create();
        for (var e : FILES.entrySet()) {
            JsonElement tree = JsonParser.parseString(e.getValue());
            stripProseCompanions(tree);
            Files.writeString(plain.resolve(e.getKey()), gson.toJson(tree), StandardCharsets.UTF_8);
        }
        CatalogLoad withCompanions = load(dir);
        CatalogLoad without = load(plain);
        assertEquals(without.catalog(), withCompanions.catalog());
        // and with no companions at all, the Spanish catalog is the English one
        assertEquals(without.catalog(), without.spanish());
        assertEquals("River port.", withCompanions.catalog().place("iquitos").orElseThrow().note());
        assertEquals("complaints", withCompanions.catalog().table("t1").orElseThrow().unit());
    }

    @Test
    void idsNamesNumbersGeometryAndCitationLinksAreTheSameInBothLanguages() {
        CatalogLoad load = load(dir);
        Catalog en = load.catalog();
        Catalog es = load.spanish();
        assertEquals(List.of(), CatalogParity.differences(en, es));
        assertEquals(CatalogParity.withoutProse(en), CatalogParity.withoutProse(es));
        // one parse: the very same geometry objects
        assertSame(en.route("north-selva").orElseThrow().segments().get(0).line(),
                es.route("north-selva").orElseThrow().segments().get(0).line());
        assertSame(en.hotspot("iquitos").orElseThrow().point(), es.hotspot("iquitos").orElseThrow().point());
        assertSame(en.flow("bo-iquitos").orElseThrow().geometry(), es.flow("bo-iquitos").orElseThrow().geometry());
        // the Spanish locators still lead to the same primary sources
        Hotspot h = es.hotspot("iquitos").orElseThrow();
        assertEquals(List.of("p1"), es.primariesBehind(h.figures().get(0).citation()).stream().map(s -> s.id()).toList());
        assertEquals(List.of("p2"), es.primariesBehind(es.route("north-selva").orElseThrow().segments().get(0)
                .citations().get(0)).stream().map(s -> s.id()).toList());
    }

    @Test
    void periodsNameTheSameYearsSoThePeriodFilterAgrees() {
        CatalogLoad load = load(dir);
        Catalog en = load.catalog();
        Catalog es = load.spanish();
        assertEquals(Period.parse("2009-2010"), Period.parse(es.hotspot("iquitos").orElseThrow().figures().get(0).period()));
        assertEquals(EvidencePeriod.extent(en), EvidencePeriod.extent(es));
        for (int y = 2004; y <= 2014; y++) {
            Period range = Period.of(y);
            for (FeatureRef ref : List.of(FeatureRef.hotspot("iquitos"), FeatureRef.flow("bo-iquitos"),
                    FeatureRef.route("north-selva"), FeatureRef.department("PE-LOR"))) {
                assertEquals(EvidencePeriod.inRange(en, ref, range), EvidencePeriod.inRange(es, ref, range), ref + " in " + y);
            }
        }
    }

    @Test
    void aSpanishPeriodNamingOtherYearsIsCaughtByTheParityCheck() throws IOException {
        Files.writeString(dir.resolve("flows.geojson"), FLOWS.replace("jun 2013", "jun 2012"), StandardCharsets.UTF_8);
        CatalogLoad load = load(dir);
        List<String> d = CatalogParity.differences(load.catalog(), load.spanish());
        assertEquals(1, d.stream().filter(s -> s.contains("two years to June 2013")).count(), d.toString());
    }

    @Test
    void anInconsistentLocatorTranslationBreaksTheCitationLinkAndIsCaught() throws IOException {
        Files.writeString(dir.resolve("statistics.json"), STATISTICS.replace("\"locator_es\": \"Cuadro 1\"",
                "\"locator_es\": \"cuadro 1\""), StandardCharsets.UTF_8);
        CatalogLoad load = load(dir);
        List<String> d = CatalogParity.differences(load.catalog(), load.spanish());
        assertEquals(1, d.stream().filter(s -> s.contains("leads to primaries [p1] in English but []")).count(), d.toString());
    }

    @Test
    void bothPassesReportProblemsOnceAndSkipTheSameEntries() throws IOException {
        Files.writeString(dir.resolve("places.geojson"), PLACES.replace("\"id\": \"yurimaguas\"", "\"id\": \"iquitos\""),
                StandardCharsets.UTF_8);
        CatalogLoad load = load(dir);
        assertEquals(1, load.problems().stream().filter(p -> p.message().contains("duplicate place id")).count(),
                load.problems().toString());
        assertEquals(1, load.catalog().places().size());
        assertEquals(1, load.spanish().places().size());
        assertEquals(List.of(), CatalogParity.differences(load.catalog(), load.spanish()));
    }

    @Test
    void aCompanionInsideACitationIsWarnedWithItsEntry() throws IOException {
        Files.writeString(dir.resolve("statistics.json"), STATISTICS.replace("\"locator_es\": \"Cuadro 1\"",
                "\"locator_es\": [\"Cuadro 1\"]"), StandardCharsets.UTF_8);
        CatalogLoad load = load(dir);
        LoadProblem p = load.problems().stream().filter(x -> x.message().contains("locator_es")).findFirst().orElseThrow();
        assertEquals("table \"t1\": \"locator_es\" must be a string, found [Cuadro 1]; English shown", p.message());
        assertEquals(2, p.line(), p.toString());
        assertEquals("Table 1", load.spanish().table("t1").orElseThrow().citation().locator());
    }

    @Test
    void classpathCatalogLoadsBothLanguagesInParity() {
        CatalogLoad load = new CatalogLoader().loadClasspath();
        assertEquals(load.catalog().sources().size(), load.spanish().sources().size());
        assertEquals(CatalogParity.withoutProse(load.catalog()), CatalogParity.withoutProse(load.spanish()));
    }

    private static void stripProseCompanions(JsonElement e) {
        if (e.isJsonObject()) {
            JsonObject o = e.getAsJsonObject();
            for (String k : List.copyOf(o.keySet())) {
                boolean name = NAME_COMPANIONS.contains(k) || (k.equals("label_es") && o.has("unit"));
                if (k.endsWith("_es") && !name) {
                    o.remove(k);
                } else {
                    stripProseCompanions(o.get(k));
                }
            }
        } else if (e.isJsonArray()) {
            e.getAsJsonArray().forEach(CatalogLoaderSpanishTest::stripProseCompanions);
        }
    }
}
