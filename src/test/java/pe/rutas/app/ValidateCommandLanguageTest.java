package pe.rutas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import pe.rutas.io.BundleCheck;

/** {@code rutas validate --lang en|es}: the report's own words and the problems in one language. */
class ValidateCommandLanguageTest {
    private static final String NULL_GEOMETRY = "src/test/resources/bad-geojson/null-geometry.geojson";
    private static final String KML = "src/test/resources/bad-geojson/kml.geojson";
    private static final String CLEAN = "src/test/resources/bad-geojson/outside-region.geojson";

    record Run(int code, String out, String err) { }

    private static Run validate(Locale system, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ValidateCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), system);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void spanishReportHasSpanishHeadingsAndProblems() {
        Run r = validate(Locale.ENGLISH, "--lang", "es", NULL_GEOMETRY);
        assertEquals(1, r.code(), r.out());
        assertTrue(r.out().startsWith("Validando " + NULL_GEOMETRY), r.out());
        assertTrue(r.out().contains("Omitidos o no leídos (1):"), r.out());
        assertTrue(r.out().contains("  elemento 0 (línea 2): la geometría es null"), r.out());
        assertTrue(r.out().contains("Resultado: cargado con problemas (salida 1)"), r.out());
        assertFalse(r.out().contains("Result:") || r.out().contains("geometry is null"), r.out());
    }

    @Test
    void englishReportWhateverTheSystemLanguage() {
        Run r = validate(Locale.forLanguageTag("es-PE"), "--lang", "en", NULL_GEOMETRY);
        assertEquals(1, r.code(), r.out());
        assertTrue(r.out().contains("  feature 0 (line 2): geometry is null"), r.out());
        assertTrue(r.out().contains("Result: loaded with problems (exit 1)"), r.out());
    }

    @Test
    void defaultFollowsTheSystemLanguageSpanishOrElseEnglish() {
        assertTrue(validate(Locale.forLanguageTag("es-PE"), KML).out().contains("No se puede usar este archivo: XML o HTML"));
        Run german = validate(Locale.GERMAN, KML);
        assertEquals(2, german.code());
        assertTrue(german.out().contains("Cannot use this file: XML or HTML"), german.out());
    }

    @Test
    void countsAndPluralsInSpanish() {
        Run r = validate(Locale.ENGLISH, "--lang", "es", CLEAN);
        assertTrue(r.out().contains("Se cargaron 2 elementos: 2 puntos, 0 líneas, 0 polígonos"), r.out());
        assertTrue(r.out().contains("Advertencias ("), r.out());
        Run one = validate(Locale.ENGLISH, "--lang", "es", "src/test/resources/bad-geojson/bom.geojson");
        assertTrue(one.out().contains("Se cargó 1 elemento: 1 punto, 0 líneas, 0 polígonos"), one.out());
        assertTrue(r.out().contains("fuera de la región del Perú"), r.out());
    }

    @Test
    void unknownLanguageIsAUsageError() {
        Run r = validate(Locale.ENGLISH, "--lang", "xx", NULL_GEOMETRY);
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--lang must be en or es, got \"xx\""), r.err());
        assertTrue(r.err().contains("usage: rutas validate [--lang en|es]"), r.err());
        assertEquals("", r.out());
        Run missing = validate(Locale.ENGLISH, NULL_GEOMETRY, "--lang");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("--lang needs en or es"), missing.err());
    }

    @Test
    void usageErrorsAndHelpFollowTheLanguage() {
        Run none = validate(Locale.ENGLISH, "--lang", "es");
        assertEquals(2, none.code());
        assertTrue(none.err().contains("no se indicó ningún archivo"), none.err());
        assertTrue(none.err().contains("uso: rutas validate"), none.err());
        Run help = validate(Locale.ENGLISH, "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--lang en|es"), help.out());
    }

    @Test
    void validateBundlesAreTwins() throws Exception {
        BundleCheck.assertTwins("/pe/rutas/app/validate.properties", "/pe/rutas/app/validate_es.properties");
    }
}
