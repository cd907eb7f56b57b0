package pe.rutas.export;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import pe.rutas.io.LoadProblem;
import pe.rutas.model.BilingualCatalog;
import pe.rutas.model.Catalog;
import pe.rutas.model.Country;
import pe.rutas.model.Department;

/**
 * The loaded data an export draws from, with the problems met while loading it (what could not
 * be read is simply absent from the lists). Immutable; safe to share between threads.
 *
 * @param catalog the evidence catalog with English prose: what the map draws, styles and keys by
 * @param spanish the same catalog with Spanish prose (units, bases, periods, locators, notes)
 */
public record ExportData(List<Department> departments, List<Country> countries, Catalog catalog, Catalog spanish,
                         List<LoadProblem> problems) {
    public ExportData {
        departments = List.copyOf(departments);
        countries = List.copyOf(countries);
        Objects.requireNonNull(catalog, "catalog");
        spanish = spanish == null ? catalog : spanish;
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /** Data with English prose only. */
    public ExportData(List<Department> departments, List<Country> countries, Catalog catalog, List<LoadProblem> problems) {
        this(departments, countries, catalog, null, problems);
    }

    public ExportData(List<Department> departments, List<Country> countries, Catalog catalog) {
        this(departments, countries, catalog, null, List.of());
    }

    /** The catalog whose prose (units, bases, periods, locators, notes) is in the locale's language. */
    public Catalog catalog(Locale locale) {
        return catalogs().in(locale);
    }

    /** Both prose languages of the catalog. */
    public BilingualCatalog catalogs() {
        return new BilingualCatalog(catalog, spanish);
    }
}
