package pe.rutas.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import pe.rutas.io.BoundaryLoader;
import pe.rutas.io.CatalogLoad;
import pe.rutas.io.CatalogLoader;
import pe.rutas.io.DataFileException;
import pe.rutas.io.LoadProblem;
import pe.rutas.model.Country;
import pe.rutas.model.Department;

/**
 * Loads the boundaries and the catalog from a {@code geodata} directory, or from the copy
 * inside the jar when none is given. Never throws for bad data: an unusable file becomes a
 * {@link LoadProblem} naming it and that part stays empty. Plain Java, no JavaFX; runs on
 * whatever thread calls it (the app calls it from a background task).
 */
public final class DataLoader {
    /** System property naming a geodata directory to load instead of the bundled copy. */
    public static final String GEODATA_PROPERTY = "rutas.geodata";

    private final Path directory;

    /** @param directory the geodata directory, or null for the classpath copy under /geodata/ */
    public DataLoader(Path directory) {
        this.directory = directory;
    }

    /** The directory named by {@value #GEODATA_PROPERTY} if it exists, else the classpath copy. */
    public static DataLoader fromSystemProperties() {
        String dir = System.getProperty(GEODATA_PROPERTY, "");
        return new DataLoader(!dir.isBlank() && Files.isDirectory(Path.of(dir)) ? Path.of(dir) : null);
    }

    /**
     * @param progress receives a message key of the UI bundle for each step and the fraction done
     */
    public LoadedData load(BiConsumer<String, Double> progress) {
        List<LoadProblem> problems = new ArrayList<>();
        BoundaryLoader boundaries = new BoundaryLoader();
        progress.accept("loading.countries", 0.05);
        List<Country> countries = List.of();
        try {
            countries = directory == null ? boundaries.countries() : boundaries.countries(directory);
        } catch (DataFileException e) {
            problems.add(fileProblem(e));
        }
        progress.accept("loading.departments", 0.3);
        List<Department> departments = List.of();
        try {
            departments = directory == null ? boundaries.departments() : boundaries.departments(directory);
        } catch (DataFileException e) {
            problems.add(fileProblem(e));
        }
        problems.addAll(boundaries.problems());
        progress.accept("loading.catalog", 0.6);
        CatalogLoader catalogs = new CatalogLoader();
        CatalogLoad catalog = directory == null ? catalogs.loadClasspath() : catalogs.load(directory);
        problems.addAll(catalog.problems());
        progress.accept("loading.done", 1.0);
        return new LoadedData(departments, countries, catalog.catalog(), catalog.spanish(), problems);
    }

    private static LoadProblem fileProblem(DataFileException e) {
        // the problem without "file:line: ", which the problem table shows apart; kept as a Message so it follows the UI language
        return new LoadProblem(e.file(), -1, e.line(), LoadProblem.Severity.ERROR, e.problemText());
    }
}
