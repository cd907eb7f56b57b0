package pe.rutas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class CatalogModelTest {
    static final GeometryFactory GF = new GeometryFactory();

    static Source source(String id, String kind, Citation... citedBy) {
        return new Source(id, kind, id, null, null, null, null, null, null, List.of(citedBy), null);
    }

    @Test
    void primariesBehindFollowTheCitedByChainThroughAnotherPrimary() {
        Citation onMap = new Citation("seed", "table 1", "");
        Catalog c = new Catalog(List.of(
                source("seed", Source.SEED),
                source("interview", Source.PRIMARY, new Citation("seed", "table 1", "")),
                source("agency", Source.PRIMARY, new Citation("interview", "answer 2", "")),
                source("elsewhere", Source.PRIMARY, new Citation("seed", "table 2", ""))), List.of(), List.of(), List.of(), List.of(), List.of());
        assertEquals(List.of("interview", "agency"), c.primariesBehind(onMap).stream().map(Source::id).toList());
        assertEquals(List.of(), c.primariesBehind(new Citation("seed", "table 3", "")));
    }

    @Test
    void recordsNormaliseAbsentValues() {
        Source s = source("x", Source.SEED);
        assertEquals("", s.author());
        assertEquals(List.of(), s.citedBy());
        StatTable t = new StatTable("t", "T", "T", "2010", "cases", "b", new Citation("x", "l", null),
                List.of(new StatRow("PE-LOR", "Loreto", 1.0, null, null), new StatRow("total", "all", 2.0, null, null)), null);
        assertTrue(t.mappable());
        assertTrue(t.byDepartment());
        assertEquals(1, t.departmentRows().size());
        Flow f = new Flow("f", "PE", "EC", "outbound", "unspecified", "2013", "n", "n", null, null);
        assertEquals("", f.foreignName());
        assertTrue(f.initialBearing().isEmpty());
    }

    @Test
    void flowBearingIsGreatCircleNotPlanar() {
        Flow toJapan = flow(-77.14, -12.06, 138.0, 36.5);
        double b = toJapan.initialBearing().orElseThrow();
        assertTrue(b > 290 && b < 330, "Callao to Japan heads north-west, was " + b);
        assertEquals(0.0, flow(-70, -15, -70, 10).initialBearing().orElseThrow(), 1e-9);
        assertEquals(90.0, flow(-70, 0, -60, 0).initialBearing().orElseThrow(), 1e-9);
        assertEquals(180.0, flow(-70, -5, -70, -30).initialBearing().orElseThrow(), 1e-9);
    }

    private static Flow flow(double x1, double y1, double x2, double y2) {
        return new Flow("f", "callao", "JP", "outbound", "sexual", "2005", "n", "n", List.of(), "",
                GF.createLineString(new Coordinate[] {new Coordinate(x1, y1), new Coordinate(x2, y2)}), "Japan", "Japón");
    }

    @Test
    void citationsOfRouteIncludeSegments() {
        Citation r = new Citation("s", "routes", "");
        Citation seg = new Citation("s", "river", "");
        Route route = new Route("north-selva", "N", "N", "N", List.of("iquitos"), List.of(), List.of(
                new RouteSegment(GF.createLineString(new Coordinate[] {new Coordinate(0, 0), new Coordinate(1, 1)}),
                        Basis.DOCUMENTED, "a", "b", List.of(seg), "")), List.of(r), List.of());
        assertEquals(List.of(r, seg), Catalog.citationsOf(route));
        assertEquals("documented", Basis.DOCUMENTED.key());
    }
}
