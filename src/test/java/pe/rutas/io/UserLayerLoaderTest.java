package pe.rutas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.GeometryFactory;
import pe.rutas.model.GeoFeature;
import pe.rutas.model.GeometryKind;

class UserLayerLoaderTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static String many(int n) {
        StringBuilder b = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[\n");
        for (int i = 0; i < n; i++) {
            b.append(i > 0 ? ",\n" : "").append("{\"type\":\"Feature\",\"properties\":{\"name\":\"point number ").append(i)
                    .append("\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[-75.25,-10.5]}}");
        }
        return b.append("\n]}").toString();
    }

    @Test
    void goodFeaturesInAPartlyBadFileStillLoad() throws IOException {
        Path p = write("mixed.geojson", """
            {"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{},"geometry":null},
            {"type":"Feature","properties":{"name":"Lima"},"geometry":{"type":"Point","coordinates":[-77.03,-12.05]}},
            {"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}},
            {"type":"Feature","properties":{"name":"road"},"geometry":{"type":"LineString","coordinates":[[-77.03,-12.05],[-76.0,-11.5]]}},
            {"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":["x","y"]}},
            {"type":"Feature","properties":{"name":"area"},"geometry":{"type":"Polygon","coordinates":[[[-72,-14],[-71,-14],[-71,-13],[-72,-14]]]}}
            ]}""");
        UserLayerLoad load = new UserLayerLoader().load(p);
        assertEquals(UserLayerLoad.Status.PROBLEMS, load.status());
        assertEquals(List.of(1, 3, 5), load.features().stream().map(GeoFeature::index).toList());
        assertEquals("Lima", load.features().get(0).string("name").orElseThrow());
        assertEquals(-77.03, load.features().get(0).geometry().getCoordinate().x);
        assertEquals(-12.05, load.features().get(0).geometry().getCoordinate().y);
        assertEquals(1, load.counts().get(GeometryKind.POINT));
        assertEquals(1, load.counts().get(GeometryKind.LINE));
        assertEquals(1, load.counts().get(GeometryKind.POLYGON));
        assertEquals(List.of(0, 2, 4), load.errors().stream().map(LoadProblem::featureIndex).toList());
        assertEquals(List.of(2, 4, 6), load.errors().stream().map(LoadProblem::line).toList());
        assertTrue(load.warnings().isEmpty(), load.warnings().toString());
    }

    @Test
    void cleanFileInPeruHasNoProblems() throws IOException {
        UserLayerLoad load = new UserLayerLoader().load(write("ok.geojson", many(3)));
        assertEquals(UserLayerLoad.Status.CLEAN, load.status());
        assertEquals(3, load.features().size());
        assertTrue(load.problems().isEmpty());
    }

    @Test
    void swappedPointIsWarnedButStillLoads() throws IOException {
        Path p = write("swap.geojson", """
            {"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[-77.03,-12.05]}},
            {"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[-12.05,-77.03]}}
            ]}""");
        UserLayerLoad load = new UserLayerLoader().load(p);
        assertEquals(2, load.features().size());
        assertEquals(1, load.warnings().size());
        LoadProblem w = load.warnings().get(0);
        assertEquals(1, w.featureIndex());
        assertEquals(3, w.line());
        assertTrue(w.message().contains("swapped"), w.message());
    }

    @Test
    void cancellingDuringTheReadStopsItAndKeepsNothing() throws IOException {
        Path p = write("big.geojson", many(20_000));
        AtomicBoolean cancel = new AtomicBoolean();
        List<Long> seen = new ArrayList<>();
        UserLayerLoad load = new UserLayerLoader().load(p, (read, total, features) -> {
            seen.add(read);
            cancel.set(true);
        }, cancel::get);
        assertEquals(UserLayerLoad.Status.CANCELLED, load.status());
        assertTrue(load.features().isEmpty());
        assertEquals(1, seen.size(), "reading stopped at the first check after the cancel");
        assertTrue(seen.get(0) < Files.size(p));
    }

    @Test
    void progressRisesToTheFileSizeAndCountsFeatures() throws IOException {
        Path p = write("big.geojson", many(20_000));
        long size = Files.size(p);
        List<long[]> seen = new ArrayList<>();
        UserLayerLoad load = new UserLayerLoader().load(p, (read, total, features) -> seen.add(new long[] {read, total, features}), () -> false);
        assertEquals(20_000, load.features().size());
        assertTrue(seen.size() >= 3, "several progress reports for a " + size + "-byte file");
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i)[0] >= seen.get(i - 1)[0] && seen.get(i)[2] >= seen.get(i - 1)[2]);
        }
        long[] last = seen.get(seen.size() - 1);
        assertEquals(size, last[1]);
        assertEquals(20_000, last[2]);
        assertTrue(last[0] <= size && last[0] > size - 16, "last report near the end: " + last[0] + " of " + size);
    }

    @Test
    void progressMovesInsideOneHugeFeature() throws IOException {
        StringBuilder b = new StringBuilder("{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[");
        for (int i = 0; i < 100_000; i++) b.append(i > 0 ? "," : "").append("[-75.123456,-10.123456]");
        Path p = write("one-line.geojson", b.append("]}}").toString());
        List<long[]> seen = new ArrayList<>();
        UserLayerLoad load = new UserLayerLoader().load(p, (read, total, features) -> seen.add(new long[] {read, features}), () -> false);
        assertEquals(1, load.features().size());
        assertEquals(100_000, load.features().get(0).geometry().getNumPoints());
        assertTrue(seen.size() >= 5, "reports while the " + Files.size(p) + "-character feature is read: " + seen.size());
        assertTrue(seen.subList(0, seen.size() - 1).stream().allMatch(s -> s[1] == 0), "no feature finished while it was being read");
        assertEquals(1, seen.get(seen.size() - 1)[1], "the last report counts the feature");
        assertEquals(Files.size(p), seen.get(seen.size() - 1)[0]);
    }

    @Test
    void oversizedFeatureEndsTheReadButKeepsEarlierFeatures() throws IOException {
        String big = "x".repeat(5000);
        Path p = write("fat.geojson", "{\"type\":\"FeatureCollection\",\"features\":[\n"
                + "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[-75,-10]}},\n"
                + "{\"type\":\"Feature\",\"properties\":{\"blob\":\"" + big + "\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[-75,-10]}},\n"
                + "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[-75,-10]}}\n]}");
        GeoJsonReader reader = new GeoJsonReader(new GeometryFactory(), 1 << 20, 1000, 2048);
        UserLayerLoad load = new UserLayerLoader(reader, RegionCheck.peru()).load(p);
        assertEquals(UserLayerLoad.Status.PROBLEMS, load.status());
        assertEquals(1, load.features().size());
        LoadProblem e = load.errors().get(0);
        assertEquals(1, e.featureIndex());
        assertEquals(3, e.line());
        assertTrue(e.message().contains("longer than 2 KiB of text (the ceiling); it and the rest of the file were not read"), e.message());
    }

    @Test
    void unusableFileGivesOneFileLevelError() throws IOException {
        UserLayerLoad load = new UserLayerLoader().load(write("bad.geojson", "{\"type\":\n\"FeatureCollection\",\n\"features\": [ }"));
        assertEquals(UserLayerLoad.Status.UNUSABLE, load.status());
        assertEquals(1, load.problems().size());
        assertEquals(-1, load.problems().get(0).featureIndex());
        assertEquals(3, load.problems().get(0).line());
        assertTrue(load.problems().get(0).message().startsWith("malformed JSON"), load.problems().get(0).message());
    }

    @Test
    void outsideRegionIsAWarningNotASkip() throws IOException {
        Path p = write("far.geojson", """
            {"type":"Feature","properties":{"name":"Madrid"},"geometry":{"type":"Point","coordinates":[-3.7,40.42]}}""");
        UserLayerLoad load = new UserLayerLoader().load(p);
        assertEquals(1, load.features().size());
        assertEquals(UserLayerLoad.Status.PROBLEMS, load.status());
        assertTrue(load.warnings().get(0).message().contains("outside the Peru region"));
        assertTrue(load.errors().isEmpty());
    }
}
