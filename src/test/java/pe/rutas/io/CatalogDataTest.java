package pe.rutas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import pe.rutas.model.Basis;
import pe.rutas.model.Catalog;
import pe.rutas.model.Citation;
import pe.rutas.model.Flow;
import pe.rutas.model.Hotspot;
import pe.rutas.model.Place;
import pe.rutas.model.Route;
import pe.rutas.model.RouteSegment;
import pe.rutas.model.Source;
import pe.rutas.model.StatRow;
import pe.rutas.model.StatTable;

/** Checks the committed evidence catalog in {@code geodata/} for internal consistency. */
class CatalogDataTest {
    /** The six routes and their destinations as we read pucp-cescr-2011 (kept apart from the data on purpose). */
    static final Map<String, List<String>> REPORT_ROUTES = new LinkedHashMap<>();
    static {
        REPORT_ROUTES.put("north-coast", List.of("lambayeque", "chiclayo"));
        REPORT_ROUTES.put("north-selva", List.of("iquitos", "san-martin"));
        REPORT_ROUTES.put("lima", List.of("lima"));
        REPORT_ROUTES.put("south-selva", List.of("pucallpa", "cusco"));
        REPORT_ROUTES.put("south-sierra", List.of("quillabamba", "sicuani", "puerto-maldonado", "pucallpa", "puno", "juliaca", "la-rinconada"));
        REPORT_ROUTES.put("south-coast", List.of("majes-el-pedregal", "lima", "moquegua"));
    }

    static final Set<String> SEEDS = Set.of("borders-essay", "infosurhoy-2013", "pucp-cescr-2011", "insightcrime-2013", "iom-family-2011");
    /** ISO 3166-2:PE codes of the 26 first-level units, as listed in issue 2. */
    static final Set<String> DEPARTMENTS = Set.of("PE-AMA", "PE-ANC", "PE-APU", "PE-ARE", "PE-AYA", "PE-CAJ", "PE-CAL", "PE-CUS",
            "PE-HUV", "PE-HUC", "PE-ICA", "PE-JUN", "PE-LAL", "PE-LAM", "PE-LIM", "PE-LMA", "PE-LOR", "PE-MDD", "PE-MOQ", "PE-PAS",
            "PE-PIU", "PE-PUN", "PE-SAM", "PE-TAC", "PE-TUM", "PE-UCA");

    static CatalogLoad load;
    static Catalog catalog;

    static Path geodata() {
        return Path.of(System.getProperty("rutas.geodata", "geodata"));
    }

    @BeforeAll
    static void loadCatalog() {
        load = new CatalogLoader().load(geodata());
        catalog = load.catalog();
    }

    @Test
    void committedCatalogLoadsWithoutProblems() {
        assertEquals(List.of(), load.problems().stream().map(LoadProblem::toString).toList());
        assertTrue(catalog.sources().size() >= 5);
        assertFalse(catalog.places().isEmpty());
        assertFalse(catalog.hotspots().isEmpty());
        assertFalse(catalog.statistics().isEmpty());
        assertFalse(catalog.flows().isEmpty());
    }

    @Test
    void classpathCopyMatchesTheDirectory() {
        CatalogLoad fromJar = new CatalogLoader().loadClasspath();
        assertEquals(List.of(), fromJar.problems());
        // Compared as a whole, reported briefly: the records' toString runs to megabytes.
        assertTrue(catalog.equals(fromJar.catalog()), "the class-path copy of geodata/ differs from the directory; rebuild (mvn process-resources)");
    }

    @Test
    void everyCitationResolvesToASourceAndHasALocator() {
        List<String> bad = new ArrayList<>();
        for (Citation c : catalog.allCitations()) {
            if (catalog.source(c.source()).isEmpty()) bad.add("unknown source " + c.source());
            if (c.locator().isBlank()) bad.add("no locator in a citation of " + c.source());
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void theFiveSeedsAreSourcesAndEachIsCitedByTheMap() {
        Set<String> seeds = catalog.sources().stream().filter(Source::isSeed).map(Source::id).collect(Collectors.toSet());
        assertEquals(SEEDS, seeds);
        Set<String> citedOnMap = mapCitations().stream().map(Citation::source).collect(Collectors.toSet());
        assertTrue(citedOnMap.containsAll(SEEDS), "not cited: " + new TreeSet<>(SEEDS).stream().filter(s -> !citedOnMap.contains(s)).toList());
    }

    @Test
    void everyPrimarySourceIsReachedFromTheMapThroughItsCitedByChain() {
        List<Citation> onMap = mapCitations();
        List<String> unreached = new ArrayList<>();
        for (Source s : catalog.sources()) {
            if (s.isSeed()) {
                assertTrue(s.citedBy().isEmpty(), s.id() + ": a seed is cited by nothing");
                continue;
            }
            assertEquals(Source.PRIMARY, s.kind(), s.id());
            assertFalse(s.citedBy().isEmpty(), s.id() + " has no cited_by");
            if (onMap.stream().noneMatch(c -> catalog.primariesBehind(c).contains(s))) unreached.add(s.id());
        }
        assertEquals(List.of(), unreached, "primary sources whose cited_by locators no map citation uses");
    }

    @Test
    void sourcesHaveNoGuessedYears() {
        for (Source s : catalog.sources()) {
            if (s.year() != null) {
                assertTrue(s.year() >= 1980 && s.year() <= 2013, s.id() + " year " + s.year());
                boolean shown = s.date().contains(s.year().toString()) || s.title().contains(s.year().toString())
                        || s.note().contains(s.year().toString());
                assertTrue(shown, s.id() + ": year " + s.year() + " is not explained by its date, title or note");
            }
            if (!s.url().isEmpty()) assertFalse(s.urlNote().isBlank(), s.id() + ": a printed URL needs a note");
        }
    }

    @Test
    void routesAreTheSixOfTheReportWithItsDestinations() {
        assertEquals(REPORT_ROUTES.keySet(), catalog.routes().stream().map(Route::id).collect(Collectors.toCollection(java.util.LinkedHashSet::new)));
        for (Route r : catalog.routes()) {
            assertEquals(REPORT_ROUTES.get(r.id()), r.destinations(), r.id());
            assertFalse(r.name().isBlank() || r.nameEs().isBlank() || r.nameSource().isBlank(), r.id());
            assertTrue(r.citations().stream().anyMatch(c -> c.source().equals("pucp-cescr-2011")), r.id());
        }
        assertEquals("North Cost Route", catalog.route("north-coast").orElseThrow().nameSource());
        assertEquals("South Cost Route", catalog.route("south-coast").orElseThrow().nameSource());
    }

    @Test
    void routeSegmentsJoinGazetteerPlacesAndOnlyCitedMovesAreDocumented() {
        for (Route r : catalog.routes()) {
            assertFalse(r.segments().isEmpty(), r.id());
            for (RouteSegment s : r.segments()) {
                Place from = catalog.place(s.from()).orElseThrow(() -> new AssertionError(r.id() + ": " + s.from()));
                Place to = catalog.place(s.to()).orElseThrow(() -> new AssertionError(r.id() + ": " + s.to()));
                LineString line = s.line();
                assertTrue(line.getCoordinateN(0).equals2D(from.point().getCoordinate(), 1e-9), r.id() + " " + s.from());
                assertTrue(line.getCoordinateN(line.getNumPoints() - 1).equals2D(to.point().getCoordinate(), 1e-9), r.id() + " " + s.to());
                assertFalse(s.citations().isEmpty(), r.id() + " segment cites nothing");
                if (s.basis() == Basis.SCHEMATIC) {
                    assertFalse(s.note().isBlank(), r.id() + ": a schematic line must say it is ours");
                }
            }
        }
        // The one river leg a seed states, and that it is the only documented one.
        List<String> documented = catalog.routes().stream().flatMap(r -> r.segments().stream())
                .filter(RouteSegment::documented).map(s -> s.from() + ">" + s.to()).toList();
        assertEquals(List.of("iquitos>yurimaguas"), documented);
    }

    @Test
    void sourceQuirksAreNotedNotRepeatedAsFact() {
        Route sierra = catalog.route("south-sierra").orElseThrow();
        assertTrue(sierra.notes().stream().anyMatch(n -> n.contains("en Arequipa") && n.contains("Cusco")));
        assertEquals("PE-CUS", catalog.place("quillabamba").orElseThrow().department());
        assertEquals("PE-CUS", catalog.place("sicuani").orElseThrow().department());
        StatTable poverty = catalog.table("pucp-inei-poverty-rates").orElseThrow();
        assertFalse(poverty.mappable());
        assertTrue(poverty.title().contains("'extreme poverty rates'"));
        assertTrue(poverty.note().contains("total"));
    }

    @Test
    void everyFeatureIsBilingualAndPlacedInAKnownDepartment() {
        for (Place p : catalog.places()) {
            assertFalse(p.name().isBlank() || p.nameEs().isBlank(), p.id());
            assertTrue(DEPARTMENTS.contains(p.department()), p.id() + " " + p.department());
            assertFalse(p.citations().isEmpty(), p.id() + " is named by no seed");
            assertInPeruBox(p.id(), p.point().getCoordinate());
        }
        for (Hotspot h : catalog.hotspots()) {
            assertFalse(h.name().isBlank() || h.nameEs().isBlank(), h.id());
            assertTrue(DEPARTMENTS.contains(h.department()), h.id() + " " + h.department());
            assertTrue(Set.of("sexual", "labour", "both", "unspecified").contains(h.exploitation()), h.id());
            assertFalse(h.citations().isEmpty(), h.id());
            assertInPeruBox(h.id(), h.point().getCoordinate());
            h.figures().forEach(f -> assertFalse(f.label().isBlank() || f.labelEs().isBlank() || f.period().isBlank(), h.id()));
        }
        for (Flow f : catalog.flows()) assertFalse(f.name().isBlank() || f.nameEs().isBlank(), f.id());
        for (StatTable t : catalog.statistics()) assertFalse(t.title().isBlank() || t.titleEs().isBlank(), t.id());
    }

    @Test
    void hotspotsAtAGazetteerPlaceShareItsPointAndDepartment() {
        for (Hotspot h : catalog.hotspots()) {
            catalog.place(h.id()).ifPresent(p -> {
                assertEquals(p.department(), h.department(), h.id());
                assertTrue(p.point().equalsExact(h.point(), 1e-9), h.id());
            });
        }
    }

    @Test
    void percentagesAgreeWithTheirStatedBaseWithinRoundingOrCarryANote() {
        List<String> bad = new ArrayList<>();
        int checked = 0;
        for (StatTable t : catalog.statistics()) {
            if (t.rows().stream().anyMatch(r -> r.percent() != null)) {
                assertFalse(t.base().isBlank(), t.id() + " prints percentages without a base");
            }
            if (t.baseValue() == null) continue;
            for (StatRow r : t.rows()) {
                if (r.value() == null || r.percent() == null) continue;
                checked++;
                double computed = 100 * r.value() / t.baseValue();
                int decimals = Math.max(0, BigDecimal.valueOf(r.percent()).stripTrailingZeros().scale());
                double halfUnit = 0.5 * Math.pow(10, -decimals) + 1e-9;
                if (Math.abs(computed - r.percent()) > halfUnit) {
                    String rounded = BigDecimal.valueOf(computed).setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString();
                    // An honest discrepancy is allowed only when a note states the correct figure.
                    if (!r.note().contains(rounded)) bad.add(t.id() + "/" + r.key() + ": printed " + r.percent() + "%, computed " + computed);
                }
            }
        }
        assertEquals(List.of(), bad);
        assertTrue(checked >= 15, "only " + checked + " percentages checked");
    }

    @Test
    void departmentTablesSayTheirPercentagesAreOfTheListedRows() {
        StatTable complaints = catalog.table("pucp-complaints-by-judicial-department").orElseThrow();
        assertEquals(117.0, sum(complaints.departmentRows()));
        assertEquals(117.0, complaints.baseValue());
        assertEquals(228.0, complaints.rows().stream().filter(r -> r.key().equals("total")).findFirst().orElseThrow().value());
        assertTrue(complaints.base().contains("117") && complaints.base().contains("228"));

        StatTable origin = catalog.table("pucp-victims-by-origin").orElseThrow();
        assertEquals(168.0, sum(origin.departmentRows()));
        assertEquals(168.0, origin.baseValue());
        assertTrue(origin.base().contains("168") && origin.base().contains("366"));
        // The text's own check: the listed areas are 45.9% of the 366 victims.
        StatRow share = catalog.table("pucp-victims-2009-2010-shares").orElseThrow().rows().stream()
                .filter(r -> r.key().equals("from-listed-areas")).findFirst().orElseThrow();
        assertEquals(share.percent(), Math.round(1000.0 * 168 / 366) / 10.0);

        StatTable ages = catalog.table("pucp-reta-victims-by-age").orElseThrow();
        assertEquals(1334.0, sum(ages.rows().stream().filter(r -> r.key().startsWith("age-")).toList()));
    }

    @Test
    void departmentRowsUseKnownCodesOnce() {
        for (StatTable t : catalog.statistics()) {
            List<String> keys = t.rows().stream().map(StatRow::key).toList();
            assertEquals(keys.size(), new TreeSet<>(keys).size(), t.id() + " repeats a key");
            for (StatRow r : t.departmentRows()) assertTrue(DEPARTMENTS.contains(r.key()), t.id() + " " + r.key());
            assertFalse(t.period().isBlank(), t.id());
        }
    }

    @Test
    void flowEndpointsExistAndOneEndIsInPeru() {
        for (Flow f : catalog.flows()) {
            for (String end : List.of(f.from(), f.to())) {
                boolean known = catalog.place(end).isPresent() || Flow.isCountryCode(end) || Flow.isRegion(end);
                assertTrue(known, f.id() + ": unknown endpoint " + end);
            }
            boolean peruvianEnd = catalog.place(f.from()).isPresent() || catalog.place(f.to()).isPresent() || f.from().equals("PE");
            assertTrue(peruvianEnd, f.id());
            assertTrue(Set.of("outbound", "inbound", "transit").contains(f.direction()), f.id());
            assertFalse(f.citations().isEmpty(), f.id());
            assertFalse(f.foreignName().isBlank(), f.id());
            assertTrue(pe.rutas.model.Period.parse(f.period()).isPresent(), f.id() + " period " + f.period());
            Coordinate first = f.geometry().getCoordinates()[0];
            catalog.place(f.direction().equals("inbound") ? f.to() : f.from())
                    .ifPresent(p -> {
                        Coordinate peru = f.direction().equals("inbound") ? f.geometry().getCoordinates()[f.geometry().getNumPoints() - 1] : first;
                        assertTrue(peru.equals2D(p.point().getCoordinate(), 1e-9), f.id() + " does not start/end at " + p.id());
                    });
        }
        assertTrue(catalog.flow("bo-la-rinconada").isPresent());
        assertEquals("inbound", catalog.flow("bo-la-rinconada").orElseThrow().direction());
    }

    @Test
    void flowToJapanPointsNorthWestAcrossThePacific() {
        double bearing = catalog.flow("callao-jp").orElseThrow().initialBearing().orElseThrow();
        assertTrue(bearing > 270 && bearing < 360, "bearing " + bearing);
    }

    private static double sum(List<StatRow> rows) {
        return rows.stream().mapToDouble(StatRow::value).sum();
    }

    /** Citations that put something on the map or in a table (not the cited-by links of sources). */
    static List<Citation> mapCitations() {
        List<Citation> all = new ArrayList<>();
        catalog.places().forEach(p -> all.addAll(p.citations()));
        catalog.routes().forEach(r -> all.addAll(Catalog.citationsOf(r)));
        catalog.hotspots().forEach(h -> all.addAll(Catalog.citationsOf(h)));
        catalog.statistics().forEach(t -> all.add(t.citation()));
        catalog.flows().forEach(f -> all.addAll(f.citations()));
        return all;
    }

    private static void assertInPeruBox(String id, Coordinate c) {
        // Peru spans about 81.4°W–68.6°W, 0.0°–18.4°S; a swapped lon/lat pair falls far outside.
        assertTrue(c.x > -81.5 && c.x < -68.5 && c.y > -18.5 && c.y < 0.1, id + " at " + c);
    }
}
