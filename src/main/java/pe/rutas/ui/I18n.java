package pe.rutas.ui;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The UI language: an observable locale plus the matching {@code pe/rutas/ui/messages} bundle.
 * Views bind their texts to {@link #text(String, Object...)} so that switching the locale
 * relabels the whole window live. Only English (base bundle) and Spanish are supported; any
 * other locale falls back to English rather than to the JVM default.
 *
 * <p>Threading: the locale property must be changed on the FX thread once views are bound;
 * {@link #get(String, Object...)} is safe from any thread.</p>
 */
public final class I18n {
    public static final String BUNDLE = "pe.rutas.ui.messages";
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale SPANISH = Locale.forLanguageTag("es");
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, SPANISH);

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale");
    private final ReadOnlyObjectWrapper<ResourceBundle> bundle = new ReadOnlyObjectWrapper<>(this, "bundle");

    public I18n(Locale initial) {
        // An invalidation listener registered first: it runs before any other listener of the
        // locale (JavaFX notifies invalidation listeners before change listeners), so nothing
        // can observe the new locale with the old bundle.
        locale.addListener(obs -> bundle.set(load(locale.get())));
        locale.set(supported(initial));
    }

    /** Spanish when the system language is Spanish, English otherwise. */
    public static Locale defaultFor(Locale system) {
        return supported(system);
    }

    /** Maps any locale to the supported one with the same language, English when none. */
    public static Locale supported(Locale l) {
        return l != null && "es".equals(l.getLanguage()) ? SPANISH : ENGLISH;
    }

    public static ResourceBundle load(Locale l) {
        return ResourceBundle.getBundle(BUNDLE, supported(l), I18n.class.getClassLoader(), NO_FALLBACK);
    }

    public ObjectProperty<Locale> localeProperty() { return locale; }

    public Locale locale() { return locale.get(); }

    public void setLocale(Locale l) { locale.set(supported(l)); }

    public boolean spanish() { return SPANISH.equals(locale.get()); }

    /** Picks the data label for the current language: Spanish text when in Spanish and present. */
    public String pick(String english, String spanish) {
        if (spanish() && spanish != null && !spanish.isBlank()) return spanish;
        if (english != null && !english.isBlank()) return english;
        return spanish == null ? "" : spanish;
    }

    /**
     * The bundle of the current locale. Views that re-read texts on a language switch should
     * listen to this rather than to {@link #localeProperty()}: it changes once the new texts
     * are in place.
     */
    public ReadOnlyObjectProperty<ResourceBundle> bundleProperty() { return bundle.getReadOnlyProperty(); }

    /**
     * The message for {@code key}, formatted with {@link MessageFormat} when arguments are given
     * (so such messages write a literal apostrophe as {@code ''}). A missing key yields
     * {@code !key!} so it shows up on screen instead of crashing; a unit test keeps the bundles complete.
     */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.get().getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale.get()).format(args);
    }

    /** A binding that follows the locale; arguments are evaluated once (pass fixed values). */
    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), bundle);
    }
}
