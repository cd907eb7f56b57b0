package pe.rutas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.GeometryFactory;

/** Limits and encodings of {@link GeoJsonReader} through its Reader entry point. */
class GeoJsonReaderHostileInputTest {
    private static final String POINT = "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[-75,-10]}}";

    @Test
    void byteOrderMarkIsSkippedWithAWarning() throws Exception {
        FeatureCollection fc = new GeoJsonReader().read("b.geojson", new StringReader("\uFEFF" + POINT));
        assertEquals(1, fc.features().size());
        assertEquals(LoadProblem.Severity.WARNING, fc.problems().get(0).severity());
        assertTrue(fc.problems().get(0).message().contains("byte-order mark"));
    }

    @Test
    void textLongerThanTheCeilingIsRefusedEvenWithoutAFileSize() {
        GeoJsonReader small = new GeoJsonReader(new GeometryFactory(), 4096, 100, 4096);
        String text = "{\"type\":\"FeatureCollection\",\"features\":[" + (POINT + ",").repeat(100) + POINT + "]}";
        DataFileException e = assertThrows(DataFileException.class, () -> small.read("s.geojson", new StringReader(text)));
        assertTrue(e.getMessage().contains("longer than the limit of 4 KiB"), e.getMessage());
    }

    @Test
    void cancelledBeforeTheStartReadsNothing() {
        DataFileException e = assertThrows(DataFileException.class,
                () -> new GeoJsonReader().read("c.geojson", new StringReader(POINT), -1, ProgressListener.NONE, () -> true));
        assertInstanceOf(LoadCancelledException.class, e);
        assertTrue(e.getMessage().endsWith("loading cancelled"));
    }

    @Test
    void nonWgs84CrsIsAWarningAndCrs84IsNot() throws Exception {
        String utm = "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:32718\"}},\"features\":[" + POINT + "]}";
        FeatureCollection fc = new GeoJsonReader().read("u.geojson", new StringReader(utm));
        assertEquals(1, fc.problems().size());
        assertTrue(fc.problems().get(0).message().contains("\"EPSG:32718\", not WGS84"));
        String crs84 = utm.replace("EPSG:32718", "urn:ogc:def:crs:OGC:1.3:CRS84");
        assertTrue(new GeoJsonReader().read("w.geojson", new StringReader(crs84)).clean());
    }

    @Test
    void featureCeilingKeepsWhatWasRead() throws Exception {
        GeoJsonReader small = new GeoJsonReader(new GeometryFactory(), 1 << 20, 2);
        String text = "{\"type\":\"FeatureCollection\",\"features\":[" + POINT + "," + POINT + "," + POINT + "]}";
        FeatureCollection fc = small.read("f.geojson", new StringReader(text));
        assertEquals(2, fc.features().size());
        assertEquals(-1, fc.problems().get(0).featureIndex());
        assertTrue(fc.problems().get(0).message().startsWith("more than 2 features"));
    }

    @Test
    void loadedFeaturesKnowTheirLine() throws Exception {
        FeatureCollection fc = new GeoJsonReader().read("l.geojson",
                new StringReader("{\"type\":\"FeatureCollection\",\"features\":[\n" + POINT + ",\n\n" + POINT + "]}"));
        assertEquals(2, fc.line(0));
        assertEquals(4, fc.line(1));
        assertEquals(-1, fc.line(7));
    }

    @Test
    void memberOrderAndForeignMembersDoNotMatter() throws Exception {
        FeatureCollection fc = new GeoJsonReader().read("o.geojson", new StringReader("""
            {"features":[{"geometry":{"coordinates":[[-75,-10],[-74,-9.5,120]],"type":"LineString"},"bbox":[1,2,3,4],
              "extra":{"deep":[[1],[2]]},"properties":{"n":1},"id":7,"type":"Feature"}],"type":"FeatureCollection"}"""));
        assertTrue(fc.clean(), fc.problems().toString());
        assertEquals(2, fc.features().get(0).geometry().getNumPoints());
        assertEquals("7", fc.features().get(0).id());
        assertEquals(1.0, fc.features().get(0).number("n").orElseThrow());
    }

    @Test
    void bareGeometryAtTheTopLevelIsOneFeature() throws Exception {
        FeatureCollection fc = new GeoJsonReader().read("g.geojson",
                new StringReader("{\"coordinates\":[[[-75,-10],[-74,-10],[-74,-9],[-75,-10]]],\"type\":\"Polygon\"}"));
        assertEquals(1, fc.features().size());
        assertEquals("Polygon", fc.features().get(0).geometry().getGeometryType());
    }

    @Test
    void mixedAndOddCoordinateArraysNameTheBadValue() throws Exception {
        FeatureCollection fc = new GeoJsonReader().read("m.geojson", new StringReader("""
            {"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[-75,-10],"x"]}},
            {"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[-75,true]}},
            {"type":"Feature","properties":{},"geometry":{"type":"MultiPoint","coordinates":5}},
            {"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[-75,-10.5e999]}}]}"""));
        assertEquals(List.of(
                "a position must be an array [lon, lat], found \"x\"",
                "coordinate true is not a finite number",
                "coordinates must be an array, found 5",
                "coordinate -10.5e999 is not a finite number"), fc.problems().stream().map(LoadProblem::message).toList());
        assertEquals(List.of(2, 3, 4, 5), fc.problems().stream().map(LoadProblem::line).toList());
    }
}
