package pe.rutas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
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
}
