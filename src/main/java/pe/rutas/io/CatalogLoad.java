package pe.rutas.io;

import java.util.List;
import pe.rutas.model.BilingualCatalog;
import pe.rutas.model.Catalog;

/**
 * The result of loading the evidence catalog: everything that could be read, and a problem for
 * everything that could not (or that loaded but refers to something unknown).
 *
 * @param catalog  the catalog with English prose (exactly what the files' plain keys say)
 * @param spanish  the same catalog with Spanish prose where the files give {@code <key>_es}
 *                 companions (see {@link BilingualCatalog}); the English one when built without
 * @param problems what could not be loaded; found once, in the English pass
 */
public record CatalogLoad(Catalog catalog, Catalog spanish, List<LoadProblem> problems) {
    public CatalogLoad {
        catalog = catalog == null ? Catalog.empty() : catalog;
        spanish = spanish == null ? catalog : spanish;
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /** A load with English prose only. */
    public CatalogLoad(Catalog catalog, List<LoadProblem> problems) {
        this(catalog, null, problems);
    }

    /** The catalog with prose in Spanish when {@code spanish}, else in English. */
    public Catalog catalog(boolean spanish) {
        return spanish ? this.spanish : catalog;
    }

    /** Both catalogs together. */
    public BilingualCatalog bilingual() {
        return new BilingualCatalog(catalog, spanish);
    }

    public boolean clean() {
        return problems.isEmpty();
    }

    public List<LoadProblem> errors() {
        return problems.stream().filter(p -> p.severity() == LoadProblem.Severity.ERROR).toList();
    }
}
