package pe.rutas.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Loads every file of the bad-input corpus as a user layer and renders each problem in English
 * and Spanish: every problem comes from the bundle (no literal English left), every key is in both
 * languages, and the Spanish text differs from the English one.
 */
class ProblemMessagesCorpusTest {
    private static final Path CORPUS = Path.of("src/test/resources/bad-geojson");
    private static final Locale ES = Message.SPANISH;

    @Test
    void everyCorpusProblemIsInTheBundleInBothLanguages() throws IOException {
        Set<String> keys = new TreeSet<>();
        int problems = 0;
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path f : files.sorted().toList()) {
                UserLayerLoad load = new UserLayerLoader().load(f);
                for (LoadProblem p : load.problems()) {
                    problems++;
                    String where = f.getFileName() + ": " + p.message();
                    assertFalse(p.text().isLiteral(), "not from the bundle: " + where);
                    for (String k : p.text().keys()) {
                        assertTrue(new Message(k, java.util.List.of()).known(Locale.ENGLISH), "missing in English: " + k);
                        assertTrue(new Message(k, java.util.List.of()).known(ES), "missing in Spanish: " + k);
                        keys.add(k);
                    }
                    String en = p.message(Locale.ENGLISH);
                    String es = p.message(ES);
                    assertFalse(en.contains("!" + p.text().key() + "!") || es.contains("!" + p.text().key() + "!"), where);
                    assertNotEquals(en, es, "Spanish equals English: " + where);
                    assertTrue(en.equals(p.message()), "message() is the English text: " + where);
                }
            }
        }
        assertTrue(problems >= 40, "the corpus gave only " + problems + " problems");
        assertTrue(keys.size() >= 30, "the corpus exercised only " + keys.size() + " keys: " + keys);
    }
}
