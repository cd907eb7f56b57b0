package pe.rutas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks that an English properties bundle and its Spanish twin agree (test helper). */
public final class BundleCheck {
    private static final Pattern ARG = Pattern.compile("\\{(\\d+)[,}]");

    private BundleCheck() {
    }

    /** Reads a classpath properties file as UTF-8 (as {@code ResourceBundle} does since Java 9). */
    public static Properties read(String resource) throws IOException {
        try (InputStream in = BundleCheck.class.getResourceAsStream(resource)) {
            assertNotNull(in, "missing resource " + resource);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    /** The argument indices a pattern uses, e.g. {0, 2}. */
    public static Set<Integer> arguments(String pattern) {
        Set<Integer> out = new TreeSet<>();
        Matcher m = ARG.matcher(pattern);
        while (m.find()) out.add(Integer.parseInt(m.group(1)));
        return out;
    }

    /** Letters left once the arguments are taken out: a pattern such as "{0}: {1}" has none. */
    public static boolean hasWords(String pattern) {
        return pattern.replaceAll("\\{\\d+[^}]*}", "").chars().filter(Character::isLetter).count() > 1;
    }

    /**
     * Same keys both ways, same argument indices, no blank values, each pattern formats and
     * shows every argument it names (a stray apostrophe would swallow one), and a Spanish text
     * that differs from the English one wherever there are words to translate.
     */
    public static void assertTwins(String english, String spanish) throws IOException {
        Properties en = read(english);
        Properties es = read(spanish);
        Set<String> missingEs = new TreeSet<>(en.stringPropertyNames());
        missingEs.removeAll(es.stringPropertyNames());
        Set<String> missingEn = new TreeSet<>(es.stringPropertyNames());
        missingEn.removeAll(en.stringPropertyNames());
        assertTrue(missingEs.isEmpty(), "keys missing in " + spanish + ": " + missingEs);
        assertTrue(missingEn.isEmpty(), "keys missing in " + english + ": " + missingEn);
        for (String k : en.stringPropertyNames()) {
            String e = en.getProperty(k);
            String s = es.getProperty(k);
            assertFalse(e.isBlank(), english + ": " + k + " is blank");
            assertFalse(s.isBlank(), spanish + ": " + k + " is blank");
            assertEquals(arguments(e), arguments(s), k + ": arguments differ between the languages");
            assertShowsEveryArgument(k, e);
            assertShowsEveryArgument(k, s);
            if (hasWords(e)) assertNotEquals(e, s, k + ": the Spanish text is the English one");
        }
    }

    private static void assertShowsEveryArgument(String key, String pattern) {
        Set<Integer> args = arguments(pattern);
        int n = args.isEmpty() ? 0 : ((TreeSet<Integer>) args).last() + 1;
        Object[] values = new Object[n];
        for (int i = 0; i < n; i++) values[i] = "<arg" + i + ">";
        String out = new MessageFormat(pattern).format(values);
        for (int i : args) assertTrue(out.contains("<arg" + i + ">"), key + ": argument " + i + " is lost in \"" + out + "\"");
        assertFalse(out.contains("{") || out.contains("}"), key + ": unformatted brace in \"" + out + "\"");
        // a lone apostrophe quotes text in MessageFormat and disappears
        assertEquals(pattern.replace("''", "").chars().filter(c -> c == '\'').count(), 0L,
                key + ": write a literal apostrophe as '' in \"" + pattern + "\"");
    }
}
