package pe.rutas.app;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import pe.rutas.io.Message;

/**
 * The words of a command-line report in English or Spanish: one properties bundle read in the
 * language chosen by {@code --lang} (or the system's), patterns in {@link MessageFormat}
 * (a literal apostrophe is {@code ''}). Arguments are shown as written ({@link String#valueOf}),
 * so counts are not regrouped. Immutable.
 */
final class CliText {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;

    CliText(String bundleName, Locale locale) {
        this.locale = Message.supported(locale);
        this.bundle = ResourceBundle.getBundle(bundleName, this.locale, CliText.class.getClassLoader(), NO_FALLBACK);
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... args) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) shown[i] = String.valueOf(args[i]);
        return new MessageFormat(bundle.getString(key), locale).format(shown);
    }

    /**
     * The value of {@code --lang} if {@code args} has one, else the language of {@code system}
     * (Spanish when it is Spanish, English otherwise). Null when {@code --lang} has a value other
     * than en or es, or none at all.
     */
    static Locale language(String[] args, Locale system) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang")) {
                String v = i + 1 < args.length ? args[i + 1].toLowerCase(Locale.ROOT) : "";
                return v.equals("en") ? Locale.ENGLISH : v.equals("es") ? Message.SPANISH : null;
            }
        }
        return Message.supported(system);
    }
}
