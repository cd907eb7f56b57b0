package pe.rutas.io;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.rutas.model.Country;
import pe.rutas.model.Department;

class BoundaryLoaderTest {
    @TempDir
    Path dir;

    private static final String SQUARE = "{\"type\":\"Polygon\",\"coordinates\":[[[-70,-16],[-69,-16],[-69,-15],[-70,-15],[-70,-16]]]}";

    private static String department(String iso, String name, String capital) {
        return "{\"type\":\"Feature\",\"id\":\"" + iso + "\",\"properties\":{\"iso_3166_2\":\"" + iso + "\",\"name\":\"" + name
                + "\",\"name_en\":\"" + name + "\",\"capital\":" + capital + ",\"ne_adm1_code\":\"PER-573\"},\"geometry\":" + SQUARE + "}";
    }

    private void write(String file, String... features) throws Exception {
        Files.writeString(dir.resolve(file), "{\"type\":\"FeatureCollection\",\"features\":[\n" + String.join(",\n", features) + "\n]}\n",
                StandardCharsets.UTF_8);
    }

    @Test
    void loadsDepartmentWithCapitalAsLonLat() throws Exception {
        write("departments.geojson", department("PE-PUN", "Puno", "{\"name\":\"Puno\",\"coordinates\":[-70.02198,-15.84003]}"));
        BoundaryLoader loader = new BoundaryLoader();
        List<Department> ds = loader.departments(dir);
        assertEquals(1, ds.size());
        Department d = ds.get(0);
        assertEquals("PE-PUN", d.iso());
        assertEquals("Puno", d.capitalName());
        assertEquals(-70.02198, d.capital().getX());
        assertEquals(-15.84003, d.capital().getY());
        assertEquals("PER-573", d.neAdm1Code());
        assertTrue(loader.problems().isEmpty(), loader.problems().toString());
    }

    @Test
    void missingFileThrowsNamingTheFile() {
        DataFileException e = assertThrows(DataFileException.class, () -> new BoundaryLoader().departments(dir));
        assertTrue(e.getMessage().contains("departments.geojson"), e.getMessage());
        assertTrue(e.getMessage().contains("not found"), e.getMessage());
    }

    @Test
    void malformedJsonThrowsWithLine() throws Exception {
        Files.writeString(dir.resolve("countries.geojson"), "{\"type\":\"FeatureCollection\",\n\"features\":[{\"type\":}]}");
        DataFileException e = assertThrows(DataFileException.class, () -> new BoundaryLoader().countries(dir));
        assertTrue(e.getMessage().contains("countries.geojson"), e.getMessage());
        assertTrue(e.getMessage().contains("malformed JSON"), e.getMessage());
        assertEquals(2, e.line());
    }

    @Test
    void skipsBlankIsoCodeAndDuplicateCodeWithFeatureIndex() throws Exception {
        String capital = "{\"name\":\"Puno\",\"coordinates\":[-70.0,-15.8]}";
        write("departments.geojson",
                department("PE-", "Callao", capital),
                department("PE-PUN", "Puno", capital),
                department("PE-PUN", "Puno again", capital));
        BoundaryLoader loader = new BoundaryLoader();
        List<Department> ds = loader.departments(dir);
        assertEquals(List.of("Puno"), ds.stream().map(Department::name).toList());
        List<LoadProblem> problems = loader.problems();
        assertEquals(2, problems.size(), problems.toString());
        assertEquals(0, problems.get(0).featureIndex());
        assertTrue(problems.get(0).message().contains("\"PE-\" is not an ISO 3166-2:PE code"), problems.get(0).message());
        assertEquals(2, problems.get(1).featureIndex());
        assertTrue(problems.get(1).message().contains("already used by feature 1"), problems.get(1).message());
        assertTrue(problems.get(1).toString().contains("departments.geojson"));
    }

    @Test
    void skipsDepartmentWithBadCapital() throws Exception {
        write("departments.geojson",
                department("PE-PUN", "Puno", "{\"name\":\"Puno\",\"coordinates\":[-70.0]}"),
                department("PE-CUS", "Cusco", "\"Cusco\""),
                department("PE-TAC", "Tacna", "{\"coordinates\":[-70.2,-18.0]}"));
        BoundaryLoader loader = new BoundaryLoader();
        assertTrue(loader.departments(dir).isEmpty());
        List<String> messages = loader.problems().stream().map(LoadProblem::message).toList();
        assertTrue(messages.get(0).contains("capital.coordinates must be [lon, lat]"), messages.get(0));
        assertTrue(messages.get(1).contains("\"capital\" is missing or not an object"), messages.get(1));
        assertTrue(messages.get(2).contains("capital.name"), messages.get(2));
        LoadProblem empty = loader.problems().get(3);
        assertEquals(-1, empty.featureIndex());
        assertTrue(empty.message().contains("no usable department"), empty.message());
    }

    @Test
    void rejectsPointGeometryForACountry() throws Exception {
        write("countries.geojson",
                "{\"type\":\"Feature\",\"properties\":{\"iso_a2\":\"PE\",\"iso_a3\":\"PER\",\"name\":\"Peru\",\"name_es\":\"Perú\"},"
                        + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[-75,-10]}}",
                "{\"type\":\"Feature\",\"properties\":{\"iso_a2\":\"Ecuador\",\"iso_a3\":\"ECU\",\"name\":\"Ecuador\"},\"geometry\":" + SQUARE + "}",
                "{\"type\":\"Feature\",\"properties\":{\"iso_a2\":\"BO\",\"iso_a3\":\"BOL\",\"name\":\"Bolivia\",\"name_es\":\"Bolivia\"},\"geometry\":" + SQUARE + "}");
        BoundaryLoader loader = new BoundaryLoader();
        List<Country> cs = loader.countries(dir);
        assertEquals(List.of("BO"), cs.stream().map(Country::isoA2).toList());
        assertEquals("BOL", cs.get(0).isoA3());
        assertEquals("Bolivia", cs.get(0).nameEs());
        List<String> messages = loader.problems().stream().map(LoadProblem::message).toList();
        assertTrue(messages.get(0).contains("geometry is Point, expected Polygon or MultiPolygon"), messages.get(0));
        assertTrue(messages.get(1).contains("iso_a2 \"Ecuador\""), messages.get(1));
    }

    @Test
    void warnsAboutSelfIntersectingPolygonButLoadsIt() throws Exception {
        String bowtie = "{\"type\":\"Polygon\",\"coordinates\":[[[-70,-16],[-69,-15],[-69,-16],[-70,-15],[-70,-16]]]}";
        write("countries.geojson",
                "{\"type\":\"Feature\",\"properties\":{\"iso_a2\":\"BO\",\"iso_a3\":\"BOL\",\"name\":\"Bolivia\"},\"geometry\":" + bowtie + "}");
        BoundaryLoader loader = new BoundaryLoader();
        assertEquals(1, loader.countries(dir).size());
        LoadProblem p = loader.problems().get(0);
        assertEquals(LoadProblem.Severity.WARNING, p.severity());
        assertTrue(p.message().contains("not valid"), p.message());
    }

    @Test
    void loadsShippedLayersFromTheClasspath() throws Exception {
        BoundaryLoader loader = new BoundaryLoader();
        assertEquals(26, loader.departments().size());
        assertEquals(6, loader.countries().size());
        assertTrue(loader.problems().isEmpty(), loader.problems().toString());
    }
}
