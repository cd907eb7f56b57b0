package pe.rutas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import pe.rutas.model.GeoFeature;

class UserGeometryTest {
    private static final GeometryFactory GF = new GeometryFactory();

    /** A wiggly line of {@code n} vertices across Peru (x = lon, y = lat). */
    private static GeoFeature wiggle(int n) {
        Coordinate[] cs = new Coordinate[n];
        for (int i = 0; i < n; i++) {
            double t = i / (double) n;
            cs[i] = new Coordinate(-80 + 10 * t, -15 + 10 * t + 0.02 * Math.sin(i * 0.7));
        }
        return new GeoFeature(0, "w", GF.createLineString(cs), Map.of());
    }

    @Test
    void simplifiesFarMoreAtLowZoomAndKeepsChunksSmall() {
        UserGeometry g = new UserGeometry(List.of(wiggle(60_000)));
        assertEquals(60_000, g.vertexCount());
        int low = g.band(5).vertices();
        int high = g.band(12).vertices();
        assertTrue(low < 2_000, "band 5 keeps few vertices: " + low);
        assertTrue(high > low, "band 12 keeps more detail: " + high + " vs " + low);
        for (UserGeometry.Chunk c : g.band(12).lineChunks) {
            assertTrue(c.vertices <= UserGeometry.CHUNK_VERTICES, "chunk of " + c.vertices);
        }
        assertTrue(g.band(12).lineChunks.size() > 1, "a long line is cut into chunks that can be culled");
        assertSame(g.band(5), g.band(5), "a band is computed once");
    }

    @Test
    void bandsAreScaledCopiesOfOneProjection() {
        GeoFeature p = new GeoFeature(0, "lima", GF.createPoint(new Coordinate(-77.04, -12.05)), Map.of());
        UserGeometry g = new UserGeometry(List.of(p));
        double[] at8 = g.band(8).points;
        assertEquals(RutasLayer.bx(-77.04, 8), at8[0], 1e-6);
        assertEquals(RutasLayer.by(-12.05, 8), at8[1], 1e-6);
        assertTrue(g.hasPoints());
    }

    @Test
    void polygonHolesAreWoundOppositeToTheirShell() {
        Coordinate[] shell = {new Coordinate(-78, -12), new Coordinate(-76, -12), new Coordinate(-76, -10), new Coordinate(-78, -10), new Coordinate(-78, -12)};
        Coordinate[] hole = {new Coordinate(-77.5, -11.5), new Coordinate(-76.5, -11.5), new Coordinate(-76.5, -10.5), new Coordinate(-77.5, -10.5), new Coordinate(-77.5, -11.5)};
        GeoFeature f = new GeoFeature(0, "a", GF.createPolygon(GF.createLinearRing(shell), new org.locationtech.jts.geom.LinearRing[]{GF.createLinearRing(hole)}), Map.of());
        List<double[]> rings = new ArrayList<>(new UserGeometry(List.of(f)).band(8).polygons.get(0));
        assertEquals(2, rings.size());
        assertTrue(Math.signum(area(rings.get(0))) == -Math.signum(area(rings.get(1))), "opposite windings");
    }

    @Test
    void aMillionVertexZigZagSimplifiesWithoutOverflowingTheStack() {
        int n = 1_000_000;
        double[] xy = new double[2 * n];
        for (int i = 0; i < n; i++) {
            xy[2 * i] = i * 3.0;
            xy[2 * i + 1] = (i % 2) * 100.0;    // every vertex matters: the worst case for Douglas-Peucker
        }
        double[] s = UserGeometry.simplify(xy, 0.9);
        assertEquals(2 * n, s.length, "nothing can be dropped from a zig-zag this coarse");
        double[] straight = UserGeometry.simplify(new double[]{0, 0, 0.3, 0.1, 1, 0, 50, 0.4, 100, 0}, 0.9);
        assertEquals(4, straight.length, "a nearly straight line keeps its two ends: " + java.util.Arrays.toString(straight));
    }

    private static double area(double[] xy) {
        double a = 0;
        int n = xy.length / 2;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            a += xy[2 * i] * xy[2 * j + 1] - xy[2 * j] * xy[2 * i + 1];
        }
        return a;
    }
}
