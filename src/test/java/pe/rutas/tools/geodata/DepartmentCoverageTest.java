package pe.rutas.tools.geodata;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

class DepartmentCoverageTest {
    private final GeometryFactory gf = new GeometryFactory();

    private Geometry box(double x0, double y0, double x1, double y1) {
        return gf.createPolygon(new Coordinate[] {
            new Coordinate(x0, y0), new Coordinate(x1, y0), new Coordinate(x1, y1), new Coordinate(x0, y1), new Coordinate(x0, y0)});
    }

    @Test
    void closesSliverGapsAndOverlapsIntoAnExactCoverage() {
        // A and B leave a 0.00004° (4 m) gap along x = -70, closed by C above and D below;
        // C overlaps A and B by 0.00003° along y = -15.
        Geometry a = box(-71, -16, -70.00002, -15);
        Geometry b = box(-69.99998, -16, -69, -15);
        Geometry c = box(-71, -15.00003, -69, -14);
        Geometry d = box(-71, -17, -69, -16);
        DepartmentCoverage.Result r = DepartmentCoverage.build(List.of(a, b, c, d), new PrecisionModel(1e5), gf);
        Geometry[] out = r.units().toArray(Geometry[]::new);
        for (Geometry g : CoverageValidator.validate(out)) assertNull(g, "edges do not match");
        assertEquals(0, r.stats().unfilledHoles());
        assertTrue(r.stats().gapFaces() >= 1, "the gap was seen");
        assertTrue(r.stats().overlapFaces() >= 1, "the overlap was seen");
        double sum = 0;
        for (Geometry g : out) sum += g.getArea();
        assertEquals(gf.createGeometryCollection(out).union().getArea(), sum, 1e-12, "no overlap left");
        assertEquals(0, gf.createGeometryCollection(out).union().getNumGeometries() == 1
                ? ((org.locationtech.jts.geom.Polygon) gf.createGeometryCollection(out).union()).getNumInteriorRing() : -1,
                "no gap left");
        assertTrue(out[0].getEnvelopeInternal().getMaxX() > -70.00002 || out[1].getEnvelopeInternal().getMinX() < -69.99998,
                "the gap went to a neighbour");
        assertEquals(0.00004 * 1, r.stats().gapArea(), 1e-6, "gap area as seen before filling");
    }

    @Test
    void leavesALargeHoleOpen() {
        Geometry ring = box(-72, -17, -68, -13).difference(box(-71, -16, -69, -14));
        DepartmentCoverage.Result r = DepartmentCoverage.build(List.of(ring), new PrecisionModel(1e5), gf);
        assertEquals(1, r.stats().unfilledHoles());
        assertEquals(ring.getArea(), r.units().get(0).getArea(), 1e-9);
    }
}
