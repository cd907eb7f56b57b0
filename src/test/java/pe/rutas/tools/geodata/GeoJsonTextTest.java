package pe.rutas.tools.geodata;

import static org.junit.jupiter.api.Assertions.*;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import pe.rutas.io.FeatureCollection;
import pe.rutas.io.GeoJsonReader;

class GeoJsonTextTest {
    private final GeometryFactory gf = new GeometryFactory();

    private Polygon clockwiseSquareWithCounterClockwiseHole() {
        return gf.createPolygon(
                gf.createLinearRing(new Coordinate[] {c(-70, -16), c(-70, -15), c(-69.000004, -15), c(-69.000004, -16), c(-70, -16)}),
                new org.locationtech.jts.geom.LinearRing[] {gf.createLinearRing(new Coordinate[] {
                    c(-69.8, -15.8), c(-69.2, -15.8), c(-69.2, -15.2), c(-69.8, -15.8)})});
    }

    private static Coordinate c(double x, double y) {
        return new Coordinate(x, y);
    }

    @Test
    void writesFixedFiveDecimalsAndRfc7946WindingOneFeaturePerLine() throws Exception {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("name", "Junín \"x\"");
        props.put("capital", Map.of("coordinates", new double[] {-75.21027, -0.000001}));
        String text = new GeoJsonText().feature("PE-JUN", props, clockwiseSquareWithCounterClockwiseHole()).finish();
        String[] lines = text.split("\n");
        assertEquals(3, lines.length);
        assertTrue(lines[1].startsWith("{\"type\":\"Feature\",\"id\":\"PE-JUN\",\"properties\":{\"name\":\"Junín \\\"x\\\"\",\"capital\":{\"coordinates\":[-75.21027,0.00000]}}"),
                lines[1]);
        assertTrue(lines[1].contains("-69.00000,"), "rounded to 5 decimals: " + lines[1]);
        FeatureCollection fc = new GeoJsonReader().read("t", new StringReader(text));
        Polygon p = (Polygon) fc.features().get(0).geometry();
        assertTrue(Orientation.isCCW(p.getExteriorRing().getCoordinates()));
        assertFalse(Orientation.isCCW(p.getInteriorRingN(0).getCoordinates()));
        assertEquals("Junín \"x\"", fc.features().get(0).string("name").orElseThrow());
    }

    @Test
    void sameGeometryInAnyRingStartAndWindingGivesTheSameText() {
        Polygon a = gf.createPolygon(new Coordinate[] {c(0, 0), c(1, 0), c(1, 1), c(0, 0)});
        Polygon b = gf.createPolygon(new Coordinate[] {c(1, 1), c(1, 0), c(0, 0), c(1, 1)});
        assertEquals(new GeoJsonText().feature("x", Map.of(), a).finish(), new GeoJsonText().feature("x", Map.of(), b).finish());
    }
}
