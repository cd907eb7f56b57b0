package pe.rutas.io;

import java.util.List;
import pe.rutas.model.Catalog;

/**
 * The result of loading the evidence catalog: everything that could be read, and a problem for
 * everything that could not (or that loaded but refers to something unknown).
 */
public record CatalogLoad(Catalog catalog, List<LoadProblem> problems) {
    public CatalogLoad {
        catalog = catalog == null ? Catalog.empty() : catalog;
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    public boolean clean() {
        return problems.isEmpty();
    }

    public List<LoadProblem> errors() {
        return problems.stream().filter(p -> p.severity() == LoadProblem.Severity.ERROR).toList();
    }
}
