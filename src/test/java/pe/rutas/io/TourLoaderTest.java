package pe.rutas.io;

import static org.junit.jupiter.api.Assertions.*;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.rutas.model.FeatureRef;
import pe.rutas.model.Tour;
import pe.rutas.model.TourStep.FigureRef;

class TourLoaderTest {
    final TourLoader loader = new TourLoader();

    static String tour(String steps) {
        return "{\"id\": \"t\", \"title\": \"T\", \"title_es\": \"T es\", \"steps\": [" + steps + "]}";
    }

    static final String OVERVIEW = "{\"id\": \"overview\", \"title\": \"Peru\", \"title_es\": \"Perú\", "
            + "\"frame\": {\"bbox\": [-81.4, -18.4, -68.6, 0]}, \"layers\": [\"departments\", \"routes\"]}";

    Tour read(String json) throws DataFileException {
        return loader.read("t.json", new StringReader(json));
    }

    String error(String json) {
        return assertThrows(DataFileException.class, () -> read(json)).getMessage();
    }

    @Test
    void readsBoxAndFeatureStepsWithFigures() throws Exception {
        Tour t = read(tour(OVERVIEW + ", {\"id\": \"lima\", \"title\": \"Lima route\", \"frame\": {\"route\": \"lima\"},"
                + " \"figures\": [{\"table\": \"complaints\", \"row\": \"PE-LIM\"}, {\"hotspot\": \"mine\", \"figure\": 1}],"
                + " \"layers\": [\"routes\"], \"stat\": \"complaints\"}"));
        assertEquals(2, t.steps().size());
        assertEquals("T es", t.title(true));
        var o = t.steps().get(0);
        assertEquals(-81.4, o.box().getMinX());
        assertEquals(0, o.box().getMaxY());
        assertNull(o.feature());
        var l = t.steps().get(1);
        assertEquals(FeatureRef.route("lima"), l.feature());
        assertEquals("Lima route", l.title(true), "Spanish falls back to English");
        assertEquals(FigureRef.tableRow("complaints", "PE-LIM"), l.figures().get(0));
        assertEquals(FigureRef.hotspotFigure("mine", 1), l.figures().get(1));
        assertEquals("complaints", l.statTable());
    }

    @Test
    void departmentCodesAreUpperCased() throws Exception {
        Tour t = read(tour("{\"id\": \"p\", \"title\": \"Puno\", \"frame\": {\"department\": \"pe-pun\"}, \"layers\": []}"));
        assertEquals(FeatureRef.department("PE-PUN"), t.steps().get(0).feature());
    }

    @Test
    void syntaxErrorsNameTheLine() {
        DataFileException e = assertThrows(DataFileException.class, () -> read("{\n\"steps\": [\n{\"id\": }\n]}"));
        assertEquals(3, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith("t.json:3: not valid JSON"), e.getMessage());
    }

    @Test
    void contentErrorsNameStepAndField() {
        assertEquals("t.json: step 2 (\"x\"): unknown layer \"roads\" (known: departments, choropleth, routes, flows, hotspots, places)",
                error(tour(OVERVIEW + ", {\"id\": \"x\", \"title\": \"X\", \"frame\": {\"route\": \"lima\"}, \"layers\": [\"roads\"]}")));
        assertTrue(error(tour("{\"id\": \"x\", \"title\": \"X\", \"frame\": {\"bbox\": [-18, -81, 0, -68]}, \"layers\": []}"))
                .contains("swapped"));
        assertTrue(error(tour("{\"id\": \"x\", \"title\": \"X\", \"frame\": {\"bbox\": [-68, -18, -81, 0]}, \"layers\": []}"))
                .contains("min must be below max"));
        assertTrue(error(tour("{\"id\": \"x\", \"title\": \"X\", \"frame\": {\"route\": \"a\", \"hotspot\": \"b\"}, \"layers\": []}"))
                .contains("exactly one"));
        assertTrue(error(tour("{\"id\": \"x\", \"title\": \"X\", \"frame\": {\"planet\": \"a\"}, \"layers\": []}"))
                .contains("unknown frame kind \"planet\""));
        assertTrue(error(tour("{\"title\": \"X\", \"frame\": {\"route\": \"a\"}, \"layers\": []}")).contains("step 1: \"id\" is missing"));
        assertTrue(error(tour(OVERVIEW + "," + OVERVIEW)).contains("step 2 (\"overview\"): duplicate step id"));
        assertTrue(error(tour("{\"id\": \"x\", \"title\": \"X\", \"frame\": {\"route\": \"a\"}, \"layers\": [], \"figures\": ["
                + "{\"table\": \"a\", \"row\": \"b\"}, {\"table\": \"a\", \"row\": \"b\"}, {\"table\": \"a\", \"row\": \"b\"}, {\"table\": \"a\", \"row\": \"b\"}]}"))
                .contains("at most 3"));
        assertTrue(error(tour("{\"id\": \"x\", \"title\": \"X\", \"frame\": {\"route\": \"a\"}, \"layers\": [], \"figures\": [{\"hotspot\": \"h\", \"figure\": 1.5}]}"))
                .contains("step 1 (\"x\"), figure 1: a hotspot figure needs"));
        assertTrue(error(tour("{\"id\": \"x\", \"title\": 5, \"frame\": {\"route\": \"a\"}, \"layers\": []}")).contains("\"title\" must be a string"));
    }

    @Test
    void wholeFileProblems() {
        assertTrue(error("").contains("empty"));
        assertTrue(error("[]").contains("JSON object"));
        assertTrue(error("{\"steps\": []}").contains("at least one step"));
        assertTrue(error("{\"steps\": {}}").contains("must be an array"));
    }

    @Test
    void missingFileIsNamed(@TempDir Path dir) {
        DataFileException e = assertThrows(DataFileException.class, () -> loader.load(dir.resolve("none.json")));
        assertTrue(e.getMessage().endsWith("none.json: file not found"), e.getMessage());
    }

    @Test
    void loadsFromDisk(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("my.json");
        Files.writeString(f, tour(OVERVIEW));
        assertEquals("overview", loader.load(f).steps().get(0).id());
    }
}
