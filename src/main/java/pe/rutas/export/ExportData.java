package pe.rutas.export;

import java.util.List;
import java.util.Objects;
import pe.rutas.io.LoadProblem;
import pe.rutas.model.Catalog;
import pe.rutas.model.Country;
import pe.rutas.model.Department;

/**
 * The loaded data an export draws from, with the problems met while loading it (what could not
 * be read is simply absent from the lists). Immutable; safe to share between threads.
 */
public record ExportData(List<Department> departments, List<Country> countries, Catalog catalog, List<LoadProblem> problems) {
    public ExportData {
        departments = List.copyOf(departments);
        countries = List.copyOf(countries);
        Objects.requireNonNull(catalog, "catalog");
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    public ExportData(List<Department> departments, List<Country> countries, Catalog catalog) {
        this(departments, countries, catalog, List.of());
    }
}
