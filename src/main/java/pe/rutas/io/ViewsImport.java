package pe.rutas.io;

import java.util.List;
import java.util.Locale;
import pe.rutas.model.SavedView;

/**
 * Saved views read from a shared views file.
 *
 * @param views  the views that are valid, in file order
 * @param issues one message per view left out, naming its index and field (e.g.
 *               {@code views[2].zoom: must be a number from 0 to 22, found "far"})
 */
public record ViewsImport(String file, List<SavedView> views, List<Message> issues) {
    public ViewsImport {
        views = List.copyOf(views);
        issues = List.copyOf(issues);
    }

    /** The issues in English. */
    public List<String> problems() {
        return problems(Locale.ENGLISH);
    }

    /** The issues in the language of {@code locale} (Spanish or English). */
    public List<String> problems(Locale locale) {
        return issues.stream().map(m -> m.text(locale)).toList();
    }
}
