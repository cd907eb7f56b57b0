package pe.rutas.app;

import java.util.List;
import pe.rutas.io.LoadProblem;
import pe.rutas.model.Catalog;
import pe.rutas.model.Country;
import pe.rutas.model.Department;

/**
 * Everything the explorer shows, as loaded at start-up, plus what could not be loaded. Any
 * part may be empty when its file was missing or broken; {@code problems} then says why.
 */
public record LoadedData(List<Department> departments, List<Country> countries, Catalog catalog,
                         List<LoadProblem> problems) {
    public LoadedData {
        departments = List.copyOf(departments);
        countries = List.copyOf(countries);
        catalog = catalog == null ? Catalog.empty() : catalog;
        problems = List.copyOf(problems);
    }
}
