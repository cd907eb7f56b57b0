package pe.rutas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class EvidencePeriodTest {
    static final GeometryFactory GF = new GeometryFactory();
    static final Period Y2013 = Period.of(2013);

    static Source source(String id, Integer year) {
        return new Source(id, Source.SEED, id, null, null, null, year, null, null, List.of(), null);
    }

    static Citation cite(String source) {
        return new Citation(source, "somewhere", "");
    }

    static Figure figure(String period, String source) {
        return new Figure(1, "f", "f", "cases", period, cite(source), "");
    }

    /** Sources of 2006, 2011 and 2013, one undated; features citing them in several ways. */
    static Catalog catalog() {
        List<Source> sources = List.of(source("s2006", 2006), source("s2011", 2011), source("s2013", 2013),
                source("undated", null));
        var point = GF.createPoint(new Coordinate(-70, -15));
        List<Hotspot> hotspots = List.of(
                new Hotspot("old", "Old", "Old", "PE-PUN", "mining", "labour", point,
                        List.of(figure("Dec 2009 – Dec 2010", "s2011")), List.of(cite("s2011")), List.of()),
                new Hotspot("mixed", "Mixed", "Mixed", "PE-PUN", "mining", "labour", point,
                        List.of(figure("Dec 2009 – Dec 2010", "s2011"), figure("2012", "s2013")),
                        List.of(cite("s2011")), List.of()),
                new Hotspot("undated-only", "U", "U", "PE-PUN", "urban", "sexual", point, List.of(),
                        List.of(cite("undated")), List.of()));
        RouteSegment seg = new RouteSegment(GF.createLineString(new Coordinate[]{new Coordinate(-70, -15),
                new Coordinate(-71, -14)}), Basis.DOCUMENTED, "a", "b", List.of(cite("s2013")), "");
        List<Route> routes = List.of(
                new Route("r2011", "R", "R", "R", List.of(), List.of(), List.of(), List.of(cite("s2011")), List.of()),
                new Route("r-segment-2013", "R", "R", "R", List.of(), List.of(), List.of(seg), List.of(cite("s2006")),
                        List.of()));
        List<Flow> flows = List.of(new Flow("f2005", "callao", "JP", "outbound", "sexual", "2005", "F", "F",
                List.of(cite("s2006")), ""));
        StatTable table = new StatTable("t", "T", "T", "Dec 2009 – Dec 2010", "cases", "b", cite("s2011"),
                List.of(new StatRow("PE-CUS", "Cusco", 3.0, null, null)), "");
        return new Catalog(sources, List.of(), routes, hotspots, List.of(table), flows);
    }

    @Test
    void noRangeMeansEverythingIsInRange() {
        Catalog c = catalog();
        assertTrue(EvidencePeriod.inRange(c, FeatureRef.route("r2011"), null));
        assertEquals(Set.of(), EvidencePeriod.outOfRange(c, List.of(FeatureRef.hotspot("old")), null));
    }

    @Test
    void aFigureIsInRangeWhenItsPeriodOrItsSourceYearIs() {
        Catalog c = catalog();
        assertFalse(EvidencePeriod.inRange(c, figure("Dec 2009 – Dec 2010", "s2011"), Y2013));
        assertTrue(EvidencePeriod.inRange(c, figure("Dec 2009 – Dec 2010", "s2011"), Period.of(2010)), "period overlaps");
        assertTrue(EvidencePeriod.inRange(c, figure("Dec 2009 – Dec 2010", "s2011"), Period.of(2011)), "source of 2011");
        assertTrue(EvidencePeriod.inRange(c, figure("2012", "s2013"), Y2013), "source of 2013");
        assertFalse(EvidencePeriod.inRange(c, figure("2012", "s2013"), Period.of(2011)));
        assertTrue(EvidencePeriod.inRange(c, figure("not stated", "undated"), Y2013), "undated is never hidden");
        assertFalse(EvidencePeriod.inRange(c, figure("not stated", "s2011"), Y2013), "dated by its source alone");
    }

    @Test
    void rangeEndsAreInclusive() {
        assertTrue(EvidencePeriod.inRange("2009", null, new Period(2009, 2011)));
        assertTrue(EvidencePeriod.inRange(null, 2011, new Period(2009, 2011)));
        assertFalse(EvidencePeriod.inRange("2008", 2012, new Period(2009, 2011)));
    }

    @Test
    void aFeatureIsInRangeWhenAnyOfItsCitationsOrFiguresIs() {
        Catalog c = catalog();
        assertFalse(EvidencePeriod.inRange(c, FeatureRef.hotspot("old"), Y2013));
        assertTrue(EvidencePeriod.inRange(c, FeatureRef.hotspot("mixed"), Y2013), "its 2012 figure comes from a 2013 source");
        assertFalse(EvidencePeriod.inRange(c, FeatureRef.route("r2011"), Y2013));
        assertTrue(EvidencePeriod.inRange(c, FeatureRef.route("r2011"), new Period(2003, 2011)));
        assertTrue(EvidencePeriod.inRange(c, FeatureRef.route("r-segment-2013"), Y2013), "a segment's citation counts");
        assertTrue(EvidencePeriod.inRange(c, FeatureRef.flow("f2005"), Period.of(2005)), "the flow's own period");
        assertTrue(EvidencePeriod.inRange(c, FeatureRef.flow("f2005"), Period.of(2006)), "its source's year");
        assertFalse(EvidencePeriod.inRange(c, FeatureRef.flow("f2005"), new Period(2007, 2013)));
        assertTrue(EvidencePeriod.inRange(c, FeatureRef.hotspot("undated-only"), Y2013), "nothing dates it");
    }

    @Test
    void aDepartmentIsDatedByTheTablesWithARowForIt() {
        Catalog c = catalog();
        assertFalse(EvidencePeriod.inRange(c, FeatureRef.department("PE-CUS"), Y2013));
        assertTrue(EvidencePeriod.inRange(c, FeatureRef.department("PE-CUS"), Period.of(2010)));
        assertTrue(EvidencePeriod.inRange(c, FeatureRef.department("PE-LOR"), Y2013), "no table: nothing dates it");
    }

    @Test
    void outOfRangeListsExactlyTheFeaturesWithoutEvidenceInRange() {
        Catalog c = catalog();
        List<FeatureRef> all = List.of(FeatureRef.hotspot("old"), FeatureRef.hotspot("mixed"), FeatureRef.route("r2011"),
                FeatureRef.route("r-segment-2013"), FeatureRef.flow("f2005"));
        assertEquals(Set.of(FeatureRef.hotspot("old"), FeatureRef.route("r2011"), FeatureRef.flow("f2005")),
                EvidencePeriod.outOfRange(c, all, Y2013));
    }

    @Test
    void extentSpansEveryYearTheEvidenceNames() {
        assertEquals(Optional.of(new Period(2005, 2013)), EvidencePeriod.extent(catalog()));
        assertEquals(Optional.empty(), EvidencePeriod.extent(Catalog.empty()));
    }
}
