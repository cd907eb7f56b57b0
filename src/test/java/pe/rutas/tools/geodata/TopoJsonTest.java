package pe.rutas.tools.geodata;

import static org.junit.jupiter.api.Assertions.*;

import com.google.gson.JsonParser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class TopoJsonTest {
    // Two unit squares side by side sharing arc 0 (the line x = 11); quantized with scale 0.5,
    // translate (10, 20), so integer 2 = one unit. Arc 0 runs up (11,20)->(11,21); the left
    // square walks it reversed (~0 = -1).
    private static final String TOPOLOGY = """
        {"type":"Topology","transform":{"scale":[0.5,0.5],"translate":[10,20]},
         "objects":{"c":{"type":"GeometryCollection","geometries":[
           {"type":"Polygon","id":"L","properties":{"name":"Left"},"arcs":[[1,-1]]},
           {"type":"MultiPolygon","id":"R","properties":{"name":"Right"},"arcs":[[[0,2]],[[3]]]},
           {"type":"Point","id":"P","coordinates":[0,0]}]}},
         "arcs":[[[2,0],[0,2]],
                 [[2,0],[-2,0],[0,2],[2,0]],
                 [[2,2],[2,0],[0,-2],[-2,0]],
                 [[0,0],[0,0],[0,0]]]}""";

    @Test
    void decodesDeltaEncodedArcsThroughTheTransformAndReversesNegativeIndexes() {
        TopoJson topo = new TopoJson(JsonParser.parseString(TOPOLOGY).getAsJsonObject(), new GeometryFactory());
        List<TopoJson.Item> items = topo.polygons("c", id -> true);
        assertEquals(List.of("L", "R"), items.stream().map(TopoJson.Item::id).toList(), "the Point is not a polygon");
        Coordinate[] left = items.get(0).geometry().getCoordinates();
        assertArrayEquals(new Coordinate[] {
            new Coordinate(11, 20), new Coordinate(10, 20), new Coordinate(10, 21), new Coordinate(11, 21), new Coordinate(11, 20)},
            left);
        assertEquals(1.0, items.get(0).geometry().getArea(), 1e-12);
        // The collapsed ring (arc 3, all deltas zero) is dropped; the right square remains.
        assertEquals(1, items.get(1).geometry().getNumGeometries());
        assertEquals(1.0, items.get(1).geometry().getArea(), 1e-12);
        assertTrue(items.get(0).geometry().touches(items.get(1).geometry()));
        assertEquals("Right", items.get(1).properties().get("name").getAsString());
    }

    @Test
    void filtersById() {
        TopoJson topo = new TopoJson(JsonParser.parseString(TOPOLOGY).getAsJsonObject(), new GeometryFactory());
        assertEquals(List.of("R"), topo.polygons("c", "R"::equals).stream().map(TopoJson.Item::id).toList());
    }

    @Test
    void rejectsWhatIsNotATopology() {
        var json = JsonParser.parseString("{\"type\":\"FeatureCollection\",\"features\":[]}").getAsJsonObject();
        assertThrows(IllegalArgumentException.class, () -> new TopoJson(json, new GeometryFactory()));
    }
}
