package pe.rutas.export;

import java.util.List;
import java.util.Objects;
import pe.rutas.model.Catalog;
import pe.rutas.model.Country;
import pe.rutas.model.Department;

/** The loaded data an export draws from. Immutable; safe to share between threads. */
public record ExportData(List<Department> departments, List<Country> countries, Catalog catalog) {
    public ExportData {
        departments = List.copyOf(departments);
        countries = List.copyOf(countries);
        Objects.requireNonNull(catalog, "catalog");
    }
}
