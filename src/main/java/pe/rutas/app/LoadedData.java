package pe.rutas.app;

import java.util.List;
import pe.rutas.io.LoadProblem;
import pe.rutas.model.BilingualCatalog;
import pe.rutas.model.Catalog;
import pe.rutas.model.Country;
import pe.rutas.model.Department;

/**
 * Everything the explorer shows, as loaded at start-up, plus what could not be loaded. Any
 * part may be empty when its file was missing or broken; {@code problems} then says why.
 *
 * @param catalog the evidence catalog with English prose; ids, names, numbers and geometry are
 *                the same in {@code spanish}, so anything that keys, styles or draws uses this one
 * @param spanish the same catalog with Spanish prose (see {@link BilingualCatalog})
 */
public record LoadedData(List<Department> departments, List<Country> countries, Catalog catalog, Catalog spanish,
                         List<LoadProblem> problems) {
    public LoadedData {
        departments = List.copyOf(departments);
        countries = List.copyOf(countries);
        catalog = catalog == null ? Catalog.empty() : catalog;
        spanish = spanish == null ? catalog : spanish;
        problems = List.copyOf(problems);
    }

    /** Data with English prose only. */
    public LoadedData(List<Department> departments, List<Country> countries, Catalog catalog, List<LoadProblem> problems) {
        this(departments, countries, catalog, null, problems);
    }

    /** Both prose languages of the catalog. */
    public BilingualCatalog catalogs() {
        return new BilingualCatalog(catalog, spanish);
    }

    /** The same data with {@code more} problems appended (e.g. notes about the settings file). */
    public LoadedData withProblems(List<LoadProblem> more) {
        if (more.isEmpty()) return this;
        List<LoadProblem> all = new java.util.ArrayList<>(problems);
        all.addAll(more);
        return new LoadedData(departments, countries, catalog, spanish, all);
    }

    /** Nothing loaded because loading itself failed unexpectedly; the problem says why. */
    public static LoadedData failed(Throwable cause) {
        String reason = cause == null ? "unknown error" : cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return new LoadedData(List.of(), List.of(), Catalog.empty(),
                List.of(LoadProblem.error("geodata", -1, reason)));
    }
}
