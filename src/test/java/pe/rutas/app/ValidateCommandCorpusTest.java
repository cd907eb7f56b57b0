package pe.rutas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs {@code validate} on every file of the bad-input corpus (src/test/resources/bad-geojson)
 * and on hostile files generated into target/ (too big to commit), asserting the exit code,
 * the reason and where it is (feature index and line).
 */
class ValidateCommandCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/bad-geojson");
    static final Path GENERATED = Path.of("target/generated-bad-geojson");

    /** One corpus file: expected exit code, a phrase of the reason, feature index (-1: file level) and line (-1: none printed). */
    record Case(String file, int exit, String reason, int feature, int line) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Case> corpus() {
        return Stream.of(
                // unusable: exit 2, the file-level reason
                new Case("empty.geojson", 2, "file is empty", -1, -1),
                new Case("whitespace-only.geojson", 2, "file has no content (only white space)", -1, -1),
                new Case("not-json.geojson", 2, "malformed JSON at column 1", -1, 1),
                new Case("truncated.geojson", 2, "malformed JSON: Unterminated string", -1, 3),
                new Case("trailing-comma.geojson", 2, "a trailing comma", -1, 3),
                new Case("nan-literal.geojson", 2, "NaN or another unquoted word", -1, 2),
                new Case("trailing-garbage.geojson", 2, "text after the end", -1, 4),
                new Case("comments.geojson", 2, "look for a comment", -1, 1),
                new Case("single-quotes.geojson", 2, "single quotes", -1, 1),
                new Case("kml.geojson", 2, "XML or HTML (KML, GPX, SVG or a web page?), not GeoJSON", -1, -1),
                new Case("html-error-page.geojson", 2, "XML or HTML", -1, -1),
                new Case("top-level-array.geojson", 2, "the top level is not a JSON object", -1, 1),
                new Case("empty-object.geojson", 2, "no \"type\" member at the top level", -1, -1),
                new Case("wrong-top-level-type.geojson", 2, "unknown top-level type \"FeatureCollections\"", -1, -1),
                new Case("type-not-string.geojson", 2, "the top-level \"type\" is 5, not a string", -1, -1),
                new Case("no-features-array.geojson", 2, "FeatureCollection without a \"features\" array", -1, -1),
                new Case("features-is-null.geojson", 2, "FeatureCollection without a \"features\" array", -1, -1),
                new Case("latin1.geojson", 2, "not UTF-8 text", -1, -1),
                new Case("utf16.geojson", 2, "UTF-16 text; GeoJSON must be UTF-8", -1, -1),
                new Case("binary-junk.geojson", 2, "binary data (a NUL byte at offset", -1, -1),
                new Case("gzip.geojson", 2, "gzip-compressed data", -1, -1),
                new Case("zip.geojson", 2, "a ZIP archive", -1, -1),
                // loaded with problems: exit 1, the skipped feature named by index and line
                new Case("null-geometry.geojson", 1, "geometry is null", 0, 2),
                new Case("missing-geometry.geojson", 1, "feature has no \"geometry\" member", 1, 3),
                new Case("empty-geometry.geojson", 1, "geometry is empty", 1, 3),
                new Case("wrong-feature-type.geojson", 1, "\"type\" is \"Featur\", expected \"Feature\"", 1, 3),
                new Case("feature-not-object.geojson", 1, "feature is not a JSON object", 0, 2),
                new Case("unknown-geometry-type.geojson", 1, "unknown geometry type \"Circle\"", 1, 3),
                new Case("nested-geometry-collection.geojson", 1, "nested GeometryCollection is not supported", 1, 3),
                new Case("string-coordinates.geojson", 1, "coordinate \"-77.03\" is not a finite number", 1, 3),
                new Case("huge-number.geojson", 1, "coordinate 1e400 is not a finite number", 1, 3),
                new Case("position-too-short.geojson", 1, "a position needs two numbers [lon, lat]", 1, 3),
                new Case("linestring-one-point.geojson", 1, "needs at least 2 positions, has 1", 1, 3),
                new Case("unclosed-ring.geojson", 1, "polygon ring is not closed", 1, 3),
                new Case("properties-not-object.geojson", 1, "\"properties\" must be an object or null", 1, 3),
                new Case("web-mercator.geojson", 1, "outside WGS84 longitude/latitude range", 1, 3),
                new Case("projected-utm-with-crs.geojson", 1, "outside WGS84 longitude/latitude range", 0, 2),
                // loaded with warnings: exit 1
                new Case("swapped-lat-lon.geojson", 1, "coordinates look swapped", 0, 2),
                new Case("outside-region.geojson", 1, "lies outside the Peru region (lon -3.7000, lat 40.4200)", 1, 3),
                new Case("bom.geojson", 1, "byte-order mark", -1, -1),
                new Case("empty-collection.geojson", 1, "the file has no features", -1, -1));
    }

    record Run(int code, String out, String err) {
        String all() {
            return out + err;
        }
    }

    /** Runs as on an English system, so that the English phrases below hold on any machine. */
    static Run validate(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ValidateCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), java.util.Locale.ENGLISH);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static void assertNoStackTrace(Run r) {
        assertFalse(r.all().contains("\tat "), r.all());
        assertFalse(r.all().contains("Exception"), r.all());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void corpusFileGivesExpectedExitReasonAndPlace(Case c) {
        Run r = validate(CORPUS.resolve(c.file()).toString());
        assertEquals(c.exit(), r.code(), r.all());
        String line = r.out().lines().filter(l -> l.contains(c.reason())).findFirst().orElse(null);
        assertTrue(line != null, "no line names the reason \"" + c.reason() + "\" in:\n" + r.all());
        if (c.feature() >= 0) {
            String place = "feature " + c.feature() + " (line " + c.line() + "): ";
            assertTrue(line.strip().startsWith(place), "expected \"" + place + "\" in: " + line);
        } else if (c.line() > 0) {
            assertTrue(line.contains("line " + c.line() + ": "), line);
            assertFalse(line.contains("feature "), line);
        } else {
            assertFalse(line.matches(".*(feature|line) \\d+.*"), line);
        }
        assertTrue(r.out().contains("Result: " + switch (c.exit()) {
            case 1 -> "loaded with problems (exit 1)";
            default -> "unusable (exit 2)";
        }), r.out());
        assertNoStackTrace(r);
    }

    @Test
    void everyCorpusFileHasAnExpectationAndThereAreAtLeastTwentyFourKinds() throws IOException {
        Set<String> files;
        try (Stream<Path> s = Files.list(CORPUS)) {
            files = s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        Map<String, Case> cases = corpus().collect(Collectors.toMap(Case::file, Function.identity()));
        assertEquals(new TreeSet<>(cases.keySet()), files);
        assertTrue(files.size() >= 24, "corpus has " + files.size() + " files");
    }

    @Test
    void swappedFileAlsoGetsOneFileLevelHint() {
        Run r = validate(CORPUS.resolve("swapped-lat-lon.geojson").toString());
        assertTrue(r.out().contains("all 3 features look like [latitude, longitude]"), r.out());
        assertTrue(r.out().contains("Loaded 3 features: 3 points"), r.out());
    }

    @Test
    void projectedFileWarnsAboutItsCrsAndSaysNothingLoaded() {
        Run r = validate(CORPUS.resolve("projected-utm-with-crs.geojson").toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("declares coordinate reference system \"urn:ogc:def:crs:EPSG::32718\", not WGS84"), r.out());
        assertTrue(r.out().contains("no feature could be loaded"), r.out());
        assertTrue(r.out().contains("Loaded 0 features"), r.out());
    }

    // ---- generated hostile files (written into target/, too large or too odd to commit) ----

    static Path generate(String name, String content) throws IOException {
        Files.createDirectories(GENERATED);
        Path p = GENERATED.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    static String point(int i) {
        return "{\"type\":\"Feature\",\"properties\":{\"i\":" + i + "},\"geometry\":{\"type\":\"Point\",\"coordinates\":[-75."
                + (i % 1000) + ",-10.5]}}";
    }

    static String collection(int n) {
        StringBuilder b = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[\n");
        for (int i = 0; i < n; i++) b.append(i > 0 ? ",\n" : "").append(point(i));
        return b.append("\n]}\n").toString();
    }

    @Test
    void deeplyNestedArraysFailCleanlyWithoutStackOverflow() throws IOException {
        Path p = generate("deep-nesting.geojson", "[".repeat(1_000_000) + "]".repeat(1_000_000));
        Run r = validate(p.toString());
        assertEquals(2, r.code(), r.all());
        assertTrue(r.out().contains("JSON nested deeper than 64 levels") || r.out().contains("top level is not a JSON object"), r.out());
        assertNoStackTrace(r);
    }

    @Test
    void deeplyNestedPropertyFailsCleanlyAndNamesTheLimit() throws IOException {
        String deep = "{\"type\":\"FeatureCollection\",\"features\":[\n" + point(0) + ",\n"
                + "{\"type\":\"Feature\",\"geometry\":null,\"properties\":{\"x\":" + "[".repeat(500_000) + "]".repeat(500_000) + "}}\n]}";
        Run r = validate(generate("deep-property.geojson", deep).toString());
        assertEquals(2, r.code(), r.all());
        assertTrue(r.out().contains("line 3: JSON nested deeper than 64 levels"), r.out());
        assertNoStackTrace(r);
    }

    @Test
    void fileOverTheSizeCeilingIsRefusedWithBothSizes() throws IOException {
        Path p = generate("over-size.geojson", collection(25_000));
        assertTrue(Files.size(p) > 2L * 1024 * 1024);
        Run r = validate("--max-mib", "1", p.toString());
        assertEquals(2, r.code(), r.all());
        assertTrue(r.out().matches("(?s).*file is \\d+ MiB, over the limit of 1 MiB.*"), r.out());
    }

    @Test
    void featureCeilingKeepsTheFirstFeaturesAndSaysSo() throws IOException {
        Path p = generate("many-features.geojson", collection(25));
        Run r = validate("--max-features", "10", p.toString());
        assertEquals(1, r.code(), r.all());
        assertTrue(r.out().contains("Loaded 10 features: 10 points"), r.out());
        assertTrue(r.out().contains("line 12: more than 10 features (the ceiling); only the first 10 were loaded"), r.out());
    }

    @Test
    void numberWithThousandsOfDigitsIsRefusedNotParsedForever() throws IOException {
        String digits = "9".repeat(200_000);
        Path p = generate("huge-number-literal.geojson", "{\"type\":\"FeatureCollection\",\"features\":[\n"
                + "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[" + digits + ",-12]}}\n]}");
        Run r = validate(p.toString());
        assertEquals(2, r.code(), r.all());
        assertTrue(r.out().contains("line 2: malformed JSON"), r.out());
        assertTrue(r.out().contains("a number with over 1000 digits"), r.out());
    }

    @Test
    void numberWithManyDigitsButWithinJsonLimitsIsOutsideWgs84() throws IOException {
        Path p = generate("big-number.geojson", "{\"type\":\"FeatureCollection\",\"features\":[\n" + point(1) + ",\n"
                + "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[" + "9".repeat(300) + ",-12]}}\n]}");
        Run r = validate(p.toString());
        assertEquals(1, r.code(), r.all());
        assertTrue(r.out().contains("feature 1 (line 3): position"), r.out());
        assertTrue(r.out().contains("outside WGS84"), r.out());
    }

    @Test
    void cleanFileExitsZero() throws IOException {
        Run r = validate(generate("clean.geojson", collection(3)).toString());
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("Loaded 3 features: 3 points, 0 lines, 0 polygons"), r.out());
        assertTrue(r.out().contains("Result: clean (exit 0)"), r.out());
    }

    @Test
    void longListsOfProblemsAreCut() throws IOException {
        StringBuilder b = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[\n");
        for (int i = 0; i < 100; i++) b.append(i > 0 ? ",\n" : "").append("{\"type\":\"Feature\",\"properties\":{},\"geometry\":null}");
        Run r = validate(generate("all-null.geojson", b.append("]}").toString()).toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("Skipped or not read (101):"), r.out());
        assertTrue(r.out().contains("... and 61 more"), r.out());
        assertTrue(r.out().lines().count() < 50, r.out());
    }

    @Test
    void missingFileAndDirectoryAreUnusable() throws IOException {
        Run missing = validate("target/no-such-dir/none.geojson");
        assertEquals(2, missing.code());
        assertTrue(missing.out().contains("file not found"), missing.out());
        Files.createDirectories(GENERATED);
        Run dir = validate(GENERATED.toString());
        assertEquals(2, dir.code());
        assertTrue(dir.out().contains("is a directory"), dir.out());
    }

    @Test
    void usageErrorsExitTwoOnStandardError() {
        Run none = validate();
        assertEquals(2, none.code());
        assertTrue(none.err().contains("no file given") && none.err().contains("usage: rutas validate"), none.err());
        Run unknown = validate("--frobnicate", "x.geojson");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("unknown option --frobnicate"), unknown.err());
        Run two = validate("a.geojson", "b.geojson");
        assertEquals(2, two.code());
        assertTrue(two.err().contains("exactly one file"), two.err());
        Run bad = validate("--max-mib", "lots", "a.geojson");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--max-mib needs a whole number"), bad.err());
        assertEquals("", none.out());
    }

    @Test
    void standardStreamFormUsedByTheLauncherGivesTheSameExitCodes() {
        assertEquals(2, ValidateCommand.run(new String[] {"target/no-such-dir/none.geojson"}));
        assertEquals(1, ValidateCommand.run(new String[] {CORPUS.resolve("null-geometry.geojson").toString()}));
    }

    @Test
    void helpExitsZero() {
        Run r = validate("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("usage: rutas validate"), r.out());
    }
}
