package pe.rutas.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import pe.rutas.io.BoundaryLoader;
import pe.rutas.io.CatalogLoad;
import pe.rutas.io.CatalogLoader;
import pe.rutas.io.DataFileException;
import pe.rutas.io.LoadProblem;
import pe.rutas.model.Country;
import pe.rutas.model.Department;

/**
 * Loads boundaries and the evidence catalog for exports made outside the GUI: from a geodata
 * directory, or from the copy inside the application when {@code dir} is null. The catalog comes
 * with its prose in both languages ({@link ExportData#catalog(java.util.Locale)}). Unusable boundary
 * files fail the load (there would be no map); catalog problems are kept and the rest drawn.
 */
public final class GeodataLoader {
    private GeodataLoader() {}

    public static ExportData load(Path dir) throws DataFileException {
        if (dir != null && !Files.isDirectory(dir)) throw new DataFileException(dir.toString(), ExportMessages.of("data.notDirectory"));
        BoundaryLoader boundaries = new BoundaryLoader();
        List<Department> departments = dir == null ? boundaries.departments() : boundaries.departments(dir);
        List<Country> countries = dir == null ? boundaries.countries() : boundaries.countries(dir);
        CatalogLoad catalog = dir == null ? new CatalogLoader().loadClasspath() : new CatalogLoader().load(dir);
        List<LoadProblem> problems = new ArrayList<>(boundaries.problems());
        problems.addAll(catalog.problems());
        return new ExportData(departments, countries, catalog.catalog(), catalog.spanish(), problems);
    }
}
