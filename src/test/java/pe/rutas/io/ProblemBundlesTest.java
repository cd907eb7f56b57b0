package pe.rutas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ProblemBundlesTest {
    private static final String EN = "/pe/rutas/io/problems.properties";
    private static final String ES = "/pe/rutas/io/problems_es.properties";
    /** A string literal shaped like a key of the bundle, e.g. "geojson.ringNotClosed". */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][a-zA-Z]*(?:\\.[a-zA-Z0-9]+)+)\"");
    private static final Path IO_SOURCES = Path.of("src/main/java/pe/rutas/io");

    @Test
    void englishAndSpanishBundlesAreTwins() throws IOException {
        BundleCheck.assertTwins(EN, ES);
        assertTrue(BundleCheck.read(EN).size() > 150, "bundle looks truncated");
    }

    @Test
    void everyKeyTheCodeUsesIsInTheBundleAndEveryBundleKeyIsUsed() throws IOException {
        Set<String> bundle = BundleCheck.read(EN).stringPropertyNames();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(IO_SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (!line.contains("Message.of(") && !line.contains("? \"") && !line.contains("Map.entry(")) continue;
                    Matcher m = KEY_LITERAL.matcher(line);
                    while (m.find()) {
                        String k = m.group(1);
                        if (bundle.stream().anyMatch(b -> b.startsWith(k.substring(0, k.indexOf('.') + 1)))) used.add(k);
                    }
                }
            }
        }
        assertTrue(used.size() > 150, "found only " + used.size() + " keys in " + IO_SOURCES);
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(bundle);
        assertEquals(Set.of(), missing, "keys used in the code but missing in " + EN);
        Set<String> unused = new TreeSet<>(bundle);
        unused.removeAll(used);
        assertEquals(Set.of(), unused, "keys in " + EN + " that no code uses");
    }

    @Test
    void messageRendersNestedMessagesInTheSameLanguage() {
        Message m = Message.of("settings.viewLeftOut", Message.of("view.nameLength", "views[2].name", 80, 0));
        assertEquals("saved view left out: views[2].name: must have 1 to 80 characters, has 0", m.english());
        assertEquals("vista guardada omitida: views[2].name: debe tener de 1 a 80 caracteres, tiene 0",
                m.text(Locale.forLanguageTag("es-PE")));
        assertEquals(m.english(), m.text(Locale.GERMAN), "other languages fall back to English");
Message many = Message.of("geojson.tooManyFeatures", 1_000_000);
        assertTrue(many.english().startsWith("more than 1000000 features"), "numbers are shown as written: " + many.english());
        assertTrue(many.text(Message.SPANISH).startsWith("más de 1000000 elementos"), many.text(Message.SPANISH));
    }

    @Test
    void gsonReasonsAreTranslatedAndUnknownOnesKeptAsWritten() {
        assertEquals("Unterminated string", GsonReason.of("Unterminated string").english());
        assertEquals("texto entre comillas sin cerrar", GsonReason.of("Unterminated string").text(Message.SPANISH));
        assertEquals("Expected ':'", GsonReason.of("Expected ':'").english(), "apostrophes survive MessageFormat");
        assertEquals("se esperaba ':'", GsonReason.of("Expected ':'").text(Message.SPANISH));
        assertTrue(GsonReason.of("Something new in Gson 3").isLiteral());
        assertEquals("Something new in Gson 3", GsonReason.of("Something new in Gson 3").text(Message.SPANISH));
    }

    @Test
    void aMissingKeyShowsItselfInsteadOfFailing() {
        Message m = Message.of("no.such.key", "x");
        assertFalse(m.known(Locale.ENGLISH));
        assertTrue(m.english().startsWith("!no.such.key!"), m.english());
        assertTrue(Message.literal("as is").known(Message.SPANISH));
        assertEquals("as is", Message.literal("as is").text(Message.SPANISH));
    }

    @Test
    void spanishPropertiesAreReadAsUtf8() throws IOException {
        Properties es = BundleCheck.read(ES);
        assertEquals(es.getProperty("file.empty"), Message.of("file.empty").text(Message.SPANISH));
        assertTrue(Message.of("file.empty").text(Message.SPANISH).contains("está"), "accents survive");
    }
}
