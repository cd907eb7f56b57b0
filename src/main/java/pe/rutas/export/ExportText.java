package pe.rutas.export;

import java.util.Locale;
import java.util.ResourceBundle;

/** The export's printed words (English and Spanish) from {@code pe/rutas/export/export.properties}. */
final class ExportText {
    private ExportText() {}

    static ResourceBundle bundle(Locale locale) {
        Locale l = "es".equals(locale.getLanguage()) ? Locale.forLanguageTag("es") : Locale.ROOT;
        return ResourceBundle.getBundle("pe.rutas.export.export", l,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
