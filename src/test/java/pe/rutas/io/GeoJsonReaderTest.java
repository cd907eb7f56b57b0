package pe.rutas.io;

import static org.junit.jupiter.api.Assertions.*;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class GeoJsonReaderTest {
    private final GeoJsonReader reader = new GeoJsonReader();

    private FeatureCollection read(String json) throws DataFileException {
        return reader.read("t.geojson", new StringReader(json));
    }

    @Test
    void readsPointsAsLonLat() throws Exception {
        FeatureCollection fc = read("""
            {"type":"FeatureCollection","features":[
             {"type":"Feature","id":"x","properties":{"name":"Puno","n":3,"tags":["a"]},
              "geometry":{"type":"Point","coordinates":[-70.02,-15.84]}}]}""");
        assertTrue(fc.clean());
        var f = fc.features().get(0);
        assertEquals(-70.02, f.geometry().getCoordinate().x);
        assertEquals(-15.84, f.geometry().getCoordinate().y);
        assertEquals("Puno", f.string("name").orElseThrow());
        assertEquals(3.0, f.number("n").orElseThrow());
        assertEquals("x", f.id());
        assertEquals(1, f.list("tags").size());
    }

    @Test
    void skipsFeatureWithNullGeometryAndKeepsTheRest() throws Exception {
        FeatureCollection fc = read("""
            {"type":"FeatureCollection","features":[
             {"type":"Feature","properties":{},"geometry":null},
             {"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[-70,-15]}}]}""");
        assertEquals(1, fc.features().size());
        assertEquals(1, fc.features().get(0).index());
        assertEquals(1, fc.problems().size());
        LoadProblem p = fc.problems().get(0);
        assertEquals(0, p.featureIndex());
        assertEquals(2, p.line());
        assertTrue(p.message().contains("null"), p.message());
    }

    @Test
    void rejectsUnclosedRing() throws Exception {
        FeatureCollection fc = read("""
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{},
             "geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}}]}""");
        assertTrue(fc.features().isEmpty());
        assertTrue(fc.problems().get(0).message().contains("not closed"));
    }

    @Test
    void rejectsProjectedCoordinates() throws Exception {
        FeatureCollection fc = read("""
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{},
             "geometry":{"type":"Point","coordinates":[500000,8200000]}}]}""");
        assertTrue(fc.features().isEmpty());
        assertTrue(fc.problems().get(0).message().contains("WGS84"));
    }

    @Test
    void malformedJsonNamesTheLine() {
        DataFileException e = assertThrows(DataFileException.class, () -> read("{\"type\":\n\"FeatureCollection\",\n\"features\": [ }"));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith("t.geojson:3"), e.getMessage());
    }

    @Test
    void emptyObjectIsNotGeoJson() {
        DataFileException e = assertThrows(DataFileException.class, () -> read("{}"));
        assertTrue(e.getMessage().contains("no \"type\""), e.getMessage());
    }

    @Test
    void deepNestingFailsCleanly() {
        String deep = "{\"type\":\"Feature\",\"properties\":" + "[".repeat(100_000);
        DataFileException e = assertThrows(DataFileException.class, () -> read(deep));
        assertNotNull(e.getMessage());
    }

    @Test
    void missingFileSaysNotFound() {
        DataFileException e = assertThrows(DataFileException.class, () -> reader.read(java.nio.file.Path.of("/nonexistent/x.geojson")));
        assertTrue(e.getMessage().contains("not found"));
    }
}
