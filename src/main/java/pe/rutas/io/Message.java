package pe.rutas.io;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A sentence for the user that can be shown in English or Spanish: a key of a properties bundle
 * (the {@code pe/rutas/io/problems} bundle unless another is named with {@link #in}) plus its
 * arguments, rendered with {@link MessageFormat}
 * (so patterns write a literal apostrophe as {@code ''}). An argument that is itself a
 * {@code Message} is rendered in the same language; any other argument is shown as
 * {@link String#valueOf(Object)} (numbers are not regrouped, so "1000000" reads as in the file).
 * A literal message ({@link #literal(String)}, key null) shows the same text in every language:
 * it carries text from outside (an operating-system reason) or a message not yet in the bundle.
 *
 * <p>Immutable and thread-safe; the bundle is cached by {@link ResourceBundle}. No JavaFX.
 */
public record Message(String key, List<Object> args, String bundleName) {
    public static final String BUNDLE = "pe.rutas.io.problems";
    public static final Locale SPANISH = Locale.forLanguageTag("es");

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public Message {
        // List.copyOf refuses nulls; a null argument is shown as "null" like string concatenation did
        args = List.copyOf(args.stream().map(a -> a == null ? (Object) "null" : a).toList());
        bundleName = bundleName == null ? BUNDLE : bundleName;
    }

    /** A message of the {@code pe/rutas/io/problems} bundle. */
    public Message(String key, List<Object> args) {
        this(key, args, BUNDLE);
    }

    /** A message of the {@code pe/rutas/io/problems} bundle. */
    public static Message of(String key, Object... args) {
        return in(BUNDLE, key, args);
    }

    /**
     * A message of another bundle with the same rules, e.g. {@code in("pe.rutas.export.messages", …)}
     * for the export's own words; its English and Spanish properties files must both exist.
     */
    public static Message in(String bundleName, String key, Object... args) {
        if (key == null) throw new IllegalArgumentException("key is null; use literal()");
        if (bundleName == null) throw new IllegalArgumentException("bundle name is null");
        return new Message(key, Arrays.asList(args), bundleName);
    }

    /** Text shown as it is in every language. */
    public static Message literal(String text) {
        return new Message(null, List.of(text == null ? "null" : text));
    }

    public boolean isLiteral() {
        return key == null;
    }

    /** Spanish when the language of {@code l} is Spanish, English otherwise (the rule of the UI and the CLI). */
    public static Locale supported(Locale l) {
        return l != null && "es".equals(l.getLanguage()) ? SPANISH : Locale.ENGLISH;
    }

    public static ResourceBundle bundle(Locale l) {
        return bundle(BUNDLE, l);
    }

    static ResourceBundle bundle(String name, Locale l) {
        return ResourceBundle.getBundle(name, supported(l), Message.class.getClassLoader(), NO_FALLBACK);
    }

    /** True when the bundle of {@code l} has this message's key (always true for a literal). */
    public boolean known(Locale l) {
        if (key == null) return true;
        try {
            return bundle(bundleName, l).containsKey(key);
        } catch (MissingResourceException e) {
            return false;
        }
    }

    /**
     * The message in the language of {@code l} (English unless Spanish). A key missing from the
     * bundle shows as {@code !key! args} rather than failing: a test keeps the bundles complete.
     */
    public String text(Locale l) {
        if (key == null) return (String) args.get(0);
        Object[] rendered = new Object[args.size()];
        for (int i = 0; i < rendered.length; i++) {
            Object a = args.get(i);
            rendered[i] = a instanceof Message m ? m.text(l) : String.valueOf(a);
        }
        String pattern;
        try {
            pattern = bundle(bundleName, l).getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "! " + Arrays.toString(rendered);
        }
        return new MessageFormat(pattern, supported(l)).format(rendered);
    }

    /** The English text. */
    public String english() {
        return text(Locale.ENGLISH);
    }

    /** The keys of this message and of every message among its arguments, depth first. */
    public List<String> keys() {
        List<String> out = new ArrayList<>();
        if (key != null) out.add(key);
        for (Object a : args) {
            if (a instanceof Message m) out.addAll(m.keys());
        }
        return out;
    }

    /** The English text, so that string concatenation and logs read as before. */
    @Override
    public String toString() {
        return english();
    }
}
