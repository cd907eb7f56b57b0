package pe.rutas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.rutas.model.Basis;
import pe.rutas.model.Catalog;

class CatalogLoaderTest {
    @TempDir
    Path dir;

    static final String SOURCES = """
            {"sources": [
              {"id": "s1", "kind": "seed", "title": "Seed one", "year": 2011},
              {"id": "p1", "kind": "primary", "title": "Primary", "cited_by": [{"source": "s1", "locator": "table 1", "note": ""}]}
            ]}
            """;
    static final String PLACES = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-73.25, -3.75]},
               "properties": {"id": "iquitos", "name": "Iquitos", "name_es": "Iquitos", "department": "PE-LOR",
                              "citations": [{"source": "s1", "locator": "routes", "note": ""}]}},
              {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-76.09, -5.90]},
               "properties": {"id": "yurimaguas", "name": "Yurimaguas", "name_es": "Yurimaguas", "department": "PE-LOR",
                              "citations": [{"source": "s1", "locator": "river", "note": ""}]}}
            ]}
            """;
    static final String ROUTES = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "geometry": {"type": "MultiLineString", "coordinates": [[[-73.25, -3.75], [-76.09, -5.90]]]},
               "properties": {"route_id": "north-selva", "name": "North Selva Route", "name_es": "Ruta de la Selva Norte",
                 "name_source": "North Selva Route", "destinations": ["iquitos"], "origins": [],
                 "segments": [{"basis": "documented", "from": "iquitos", "to": "yurimaguas",
                               "citations": [{"source": "s1", "locator": "river", "note": ""}], "note": ""}],
                 "citations": [{"source": "s1", "locator": "routes", "note": ""}], "notes": []}}
            ]}
            """;
    static final String HOTSPOTS = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-73.25, -3.75]},
               "properties": {"id": "iquitos", "name": "Iquitos", "name_es": "Iquitos", "department": "PE-LOR", "kind": "urban",
                 "exploitation": "sexual", "figures": [{"value": 12, "label": "share", "label_es": "porcentaje", "unit": "percent",
                 "period": "2012", "citation": {"source": "s1", "locator": "table 1", "note": ""}}],
                 "citations": [{"source": "s1", "locator": "routes", "note": ""}], "notes": []}}
            ]}
            """;
    static final String STATISTICS = """
            {"tables": [
              {"id": "t1", "title": "Complaints", "title_es": "Denuncias", "period": "2010", "unit": "complaints",
               "base": "the 2 listed rows", "base_value": 2, "citation": {"source": "s1", "locator": "table 1", "note": ""},
               "rows": [{"key": "PE-LOR", "label": "Loreto", "value": 1, "percent": 50}, {"key": "total", "label": "all", "value": 9}]}
            ]}
            """;
    static final String FLOWS = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[-64.7, -16.7], [-73.25, -3.75]]},
               "properties": {"flow_id": "bo-iquitos", "from": "BO", "to": "iquitos", "direction": "inbound", "exploitation": "sexual",
                 "period": "2013", "name": "Bolivia to Iquitos", "name_es": "Bolivia a Iquitos", "foreign_name": "Bolivia",
                 "foreign_name_es": "Bolivia", "citations": [{"source": "s1", "locator": "flows", "note": ""}]}}
            ]}
            """;

    @BeforeEach
    void writeValidCatalog() throws IOException {
        write("sources.json", SOURCES);
        write("places.geojson", PLACES);
        write("routes.geojson", ROUTES);
        write("hotspots.geojson", HOTSPOTS);
        write("statistics.json", STATISTICS);
        write("flows.geojson", FLOWS);
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private CatalogLoad load() {
        return new CatalogLoader().load(dir);
    }

    private static String messages(CatalogLoad load) {
        return String.join("\n", load.problems().stream().map(LoadProblem::toString).toList());
    }

    @Test
    void loadsAValidCatalogCleanly() {
        CatalogLoad load = load();
        assertEquals(List.of(), load.problems());
        Catalog c = load.catalog();
        assertEquals(2, c.sources().size());
        assertEquals(Basis.DOCUMENTED, c.route("north-selva").orElseThrow().segments().get(0).basis());
        assertEquals(2.0, c.table("t1").orElseThrow().baseValue());
        assertEquals(List.of(c.source("p1").orElseThrow()),
                c.primariesBehind(c.table("t1").orElseThrow().citation()));
        assertEquals(1, c.hotspot("iquitos").orElseThrow().figures().size());
        assertEquals("Bolivia", c.flow("bo-iquitos").orElseThrow().foreignName());
    }

    @Test
    void missingDirectoryGivesOneProblemPerFileAndAnEmptyCatalog() {
        CatalogLoad load = new CatalogLoader().load(dir.resolve("absent"));
        assertEquals(6, load.problems().size(), messages(load));
        assertTrue(load.problems().stream().allMatch(p -> p.message().contains("file not found")), messages(load));
        assertEquals(Catalog.empty(), load.catalog());
    }

    @Test
    void missingFileLeavesTheOtherPartsLoaded() throws IOException {
        Files.delete(dir.resolve("statistics.json"));
        CatalogLoad load = load();
        assertEquals(1, load.problems().size(), messages(load));
        assertTrue(load.problems().get(0).file().endsWith("statistics.json"));
        assertTrue(load.catalog().statistics().isEmpty());
        assertEquals(2, load.catalog().places().size());
    }

    @Test
    void malformedSourcesFileNamesFileAndLineAndCitationsThenDangle() throws IOException {
        write("sources.json", "{\"sources\": [\n  {\"id\": \"s1\", \"kind\": \"seed\" \"title\": \"x\"}\n]}");
        CatalogLoad load = load();
        LoadProblem first = load.problems().get(0);
        assertTrue(first.file().endsWith("sources.json"), first.toString());
        assertEquals(2, first.line(), first.toString());
        assertTrue(first.message().contains("malformed JSON"), first.toString());
        // Everything else still loads; its citations are reported as unresolved.
        assertEquals(2, load.catalog().places().size());
        assertTrue(load.problems().stream().anyMatch(p -> p.message().contains("unknown source \"s1\"")), messages(load));
    }

    @Test
    void emptyFileIsAProblemNotACrash() throws IOException {
        write("sources.json", "");
        CatalogLoad load = load();
        assertTrue(load.problems().get(0).message().contains("empty"), messages(load));
    }

    @Test
    void wrongTopLevelShapeIsReported() throws IOException {
        write("statistics.json", "{\"tables\": {}}");
        assertTrue(messages(load()).contains("\"tables\" must be an array"), messages(load()));
        write("statistics.json", "[]");
        assertTrue(messages(load()).contains("not a JSON object"), messages(load()));
    }

    @Test
    void unknownSourceIdIsAWarningAndTheEntryStillLoads() throws IOException {
        write("places.geojson", PLACES.replace("\"locator\": \"river\"", "\"locator\": \"river\"").replace("{\"source\": \"s1\", \"locator\": \"routes\"",
                "{\"source\": \"nobody\", \"locator\": \"routes\""));
        CatalogLoad load = load();
        LoadProblem p = load.problems().stream().filter(x -> x.message().contains("nobody")).findFirst().orElseThrow();
        assertEquals(LoadProblem.Severity.WARNING, p.severity());
        assertEquals(0, p.featureIndex());
        assertTrue(p.message().contains("place \"iquitos\" cites unknown source \"nobody\""), p.toString());
        assertEquals(2, load.catalog().places().size());
    }

    @Test
    void segmentsThatDoNotParallelTheLinesSkipTheRoute() throws IOException {
        write("routes.geojson", ROUTES.replace("[[[-73.25, -3.75], [-76.09, -5.90]]]", "[[[-73.25, -3.75], [-76.09, -5.90]], [[-76.09, -5.90], [-76.37, -6.49]]]"));
        CatalogLoad load = load();
        assertTrue(load.catalog().routes().isEmpty());
        assertTrue(messages(load).contains("has 2 lines but 1 entries in \"segments\""), messages(load));
    }

    @Test
    void unknownBasisAndUncitedDocumentedSegmentAreErrors() throws IOException {
        write("routes.geojson", ROUTES.replace("\"basis\": \"documented\"", "\"basis\": \"rumoured\""));
        assertTrue(messages(load()).contains("\"basis\" must be \"documented\" or \"schematic\""), messages(load()));
        write("routes.geojson", ROUTES.replace("\"citations\": [{\"source\": \"s1\", \"locator\": \"river\", \"note\": \"\"}], \"note\": \"\"",
                "\"citations\": [], \"note\": \"\""));
        assertTrue(messages(load()).contains("is \"documented\" but cites nothing"), messages(load()));
    }

    @Test
    void segmentEndAwayFromItsPlaceIsAWarning() throws IOException {
        write("routes.geojson", ROUTES.replace("[-76.09, -5.90]]]", "[-76.50, -5.90]]]"));
        CatalogLoad load = load();
        assertEquals(1, load.catalog().routes().size());
        assertTrue(messages(load).contains("segment 0 end is not at place \"yurimaguas\""), messages(load));
    }

    @Test
    void placeWithoutPointGeometryOrDuplicateIdIsSkipped() throws IOException {
        write("places.geojson", PLACES.replace("{\"type\": \"Point\", \"coordinates\": [-76.09, -5.90]}",
                "{\"type\": \"LineString\", \"coordinates\": [[-76.09, -5.90], [-76.0, -5.8]]}"));
        CatalogLoad load = load();
        assertEquals(1, load.catalog().places().size());
        assertTrue(messages(load).contains("feature 1: skipped: geometry must be a Point, found LineString"), messages(load));

        write("places.geojson", PLACES.replace("\"id\": \"yurimaguas\"", "\"id\": \"iquitos\""));
        assertTrue(messages(load()).contains("duplicate place id \"iquitos\""), messages(load()));
    }

    @Test
    void wrongFieldTypesNameTheField() throws IOException {
        write("hotspots.geojson", HOTSPOTS.replace("\"value\": 12", "\"value\": \"12\""));
        assertTrue(messages(load()).contains("\"value\" must be a number or null"), messages(load()));
        write("sources.json", SOURCES.replace("\"year\": 2011", "\"year\": 2011.5"));
        CatalogLoad load = load();
        assertTrue(messages(load).contains("sources.json:2, feature 0: skipped: \"year\" must be a whole number"), messages(load));
    }

    @Test
    void percentagesWithoutABaseAreRejected() throws IOException {
        write("statistics.json", STATISTICS.replace("\"base\": \"the 2 listed rows\",", ""));
        CatalogLoad load = load();
        assertTrue(load.catalog().statistics().isEmpty());
        assertTrue(messages(load).contains("prints percentages but states no \"base\""), messages(load));
    }

    @Test
    void flowToAnUnknownPlaceWarnsAndUncitedFlowIsSkipped() throws IOException {
        write("flows.geojson", FLOWS.replace("\"to\": \"iquitos\"", "\"to\": \"atlantis\""));
        assertTrue(messages(load()).contains("flow \"bo-iquitos\" to names unknown place \"atlantis\""), messages(load()));
        write("flows.geojson", FLOWS.replace("\"citations\": [{\"source\": \"s1\", \"locator\": \"flows\", \"note\": \"\"}]", "\"citations\": []"));
        CatalogLoad load = load();
        assertTrue(load.catalog().flows().isEmpty());
        assertTrue(messages(load).contains("cites nothing"), messages(load));
    }

    @Test
    void badDepartmentCodeIsAWarning() throws IOException {
        write("places.geojson", PLACES.replaceFirst("\"PE-LOR\"", "\"Loreto\""));
        assertTrue(messages(load()).contains("\"Loreto\" is not an ISO 3166-2:PE department code"), messages(load()));
    }
}
