package pe.rutas.io;

import java.util.List;
import pe.rutas.model.SavedView;

/**
 * Saved views read from a shared views file.
 *
 * @param views    the views that are valid, in file order
 * @param problems one message per view left out, naming its index and field (e.g.
 *                 {@code views[2].zoom: must be a number from 0 to 22, found "far"})
 */
public record ViewsImport(String file, List<SavedView> views, List<String> problems) {
    public ViewsImport {
        views = List.copyOf(views);
        problems = List.copyOf(problems);
    }
}
