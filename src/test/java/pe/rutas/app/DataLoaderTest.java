package pe.rutas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.rutas.io.LoadProblem;

class DataLoaderTest {

    @Test
    void bundledDataLoadsTheDepartmentsAndReportsProgressToTheEnd() {
        List<Double> progress = new ArrayList<>();
        LoadedData data = new DataLoader(null).load((key, f) -> progress.add(f));
        assertEquals(26, data.departments().size());
        assertFalse(data.countries().isEmpty());
        assertEquals(1.0, progress.get(progress.size() - 1));
    }

    @Test
    void everyFeatureHasANameInBothLanguages() {
        LoadedData data = new DataLoader(null).load((key, f) -> {});
        var explorer = new pe.rutas.ui.CatalogExplorerData(data.departments(), data.catalog(),
                new pe.rutas.ui.I18n(java.util.Locale.ENGLISH));
        List<String> missing = explorer.searchEntries().stream()
                .filter(e -> e.name().isBlank() || e.nameEs().isBlank())
                .map(e -> e.ref().kind() + " " + e.ref().id()).toList();
        assertTrue(explorer.searchEntries().size() > 26);
        assertTrue(missing.isEmpty(), "features without an English or Spanish name: " + missing);
    }

    @Test
    void emptyDirectoryGivesProblemsNamingEachFileNotACrash(@TempDir Path dir) {
        LoadedData data = new DataLoader(dir).load((key, f) -> {});
        assertTrue(data.departments().isEmpty());
        assertTrue(data.catalog().routes().isEmpty());
        List<String> files = data.problems().stream().map(LoadProblem::file).toList();
        assertTrue(files.stream().anyMatch(f -> f.contains("departments.geojson")), files.toString());
        assertTrue(files.stream().anyMatch(f -> f.contains("countries.geojson")), files.toString());
        assertTrue(data.problems().stream().allMatch(p -> !p.message().startsWith(p.file())),
                "the file is shown once, not repeated in the reason: " + data.problems());
    }

    @Test
    void brokenDepartmentsFileStillLoadsTheCountries(@TempDir Path dir) throws Exception {
        Path geodata = Path.of(System.getProperty("rutas.geodata", "geodata"));
        Files.copy(geodata.resolve("countries.geojson"), dir.resolve("countries.geojson"));
        Files.writeString(dir.resolve("departments.geojson"), "{ not json");
        LoadedData data = new DataLoader(dir).load((key, f) -> {});
        assertFalse(data.countries().isEmpty());
        assertTrue(data.departments().isEmpty());
        assertTrue(data.problems().stream().anyMatch(p -> p.file().contains("departments.geojson")
                && p.severity() == LoadProblem.Severity.ERROR));
    }
}
