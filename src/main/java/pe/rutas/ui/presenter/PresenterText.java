package pe.rutas.ui.presenter;

import java.util.Locale;
import java.util.ResourceBundle;

/** Presenter-mode words from {@code pe/rutas/ui/presenter/presenter.properties} (en, es). */
final class PresenterText {
    private PresenterText() {}

    static ResourceBundle bundle(Locale locale) {
        Locale l = "es".equals(locale.getLanguage()) ? Locale.forLanguageTag("es") : Locale.ROOT;
        return ResourceBundle.getBundle("pe.rutas.ui.presenter.presenter", l,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
