package pe.rutas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.rutas.io.LoadProblem;
import pe.rutas.io.Message;

/** {@code rutas export --lang en|es}: usage, errors and notes in the language asked for, exit codes as ever. */
class ExportCommandLanguageTest {
    static final Locale PERU = Locale.forLanguageTag("es-PE");
    @TempDir
    Path dir;

    record Run(int code, String out, String err) { }

    private Run run(ExportCommand.DataLoader loader, Locale system, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = new ExportCommand(loader).execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), system);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Run run(Locale system, String... args) {
        return run(d -> SampleData.data(), system, args);
    }

    private long files() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    @Test
    void badSizeInSpanishIsAOneLineUsageError() throws Exception {
        Run r = run(Locale.ENGLISH, "--lang", "es", "--out", dir.resolve("a.png").toString(), "--width", "abc", "--height", "600");
        assertEquals(ExportCommand.USAGE, r.code());
        assertEquals("rutas export: --width necesita un número entero de píxeles, se recibió 'abc' (véase 'rutas export --help')",
                r.err().strip());
        Run small = run(Locale.ENGLISH, "--out", dir.resolve("a.png").toString(), "--width", "100", "--height", "600", "--lang", "es");
        assertEquals(ExportCommand.USAGE, small.code());
        assertTrue(small.err().contains("--width debe estar entre 200 y 8192 px, se recibió 100"), small.err());
        assertEquals(0, files());
    }

    @Test
    void badSizeInEnglishKeepsTheEnglishWording() {
        Run r = run(PERU, "--lang", "en", "--out", dir.resolve("a.png").toString(), "--width", "abc", "--height", "600");
        assertEquals(ExportCommand.USAGE, r.code());
        assertEquals("rutas export: --width needs a whole number of pixels, got 'abc' (see 'rutas export --help')", r.err().strip());
    }

    @Test
    void unknownRouteInSpanishNamesTheKnownOnesAndLeavesNoFile() throws Exception {
        Run r = run(Locale.ENGLISH, "--lang", "es", "--out", dir.resolve("r.png").toString(), "--route", "atlantis",
                "--width", "600", "--height", "400");
        assertEquals(ExportCommand.USAGE, r.code(), r.err());
        assertEquals("rutas export: ruta desconocida 'atlantis' (conocidas: north-coast)", r.err().strip());
        assertEquals(0, files());
        Run en = run(PERU, "--lang", "en", "--out", dir.resolve("r.png").toString(), "--route", "atlantis", "--width", "600", "--height", "400");
        assertEquals(ExportCommand.USAGE, en.code());
        assertEquals("rutas export: unknown route 'atlantis' (known: north-coast)", en.err().strip());
    }

    @Test
    void withoutLangTheMessagesAreEnglishLikeTheImage() {
        Run r = run(PERU, "--out", dir.resolve("a.png").toString(), "--bogus");
        assertEquals(ExportCommand.USAGE, r.code());
        assertEquals("rutas export: unknown option '--bogus' (see 'rutas export --help')", r.err().strip());
        Run es = run(Locale.ENGLISH, "--bogus", "--lang", "es");
        assertEquals("rutas export: opción desconocida '--bogus' (véase 'rutas export --help')", es.err().strip(),
                "an error before --lang on the line is still in its language");
    }

    @Test
    void aBadOrMissingLangIsSaidInTheSystemLanguage() {
        Run peru = run(PERU, "--out", "x.png", "--lang", "fr");
        assertEquals(ExportCommand.USAGE, peru.code());
        assertTrue(peru.err().contains("--lang debe ser es o en, se recibió 'fr'"), peru.err());
        Run german = run(Locale.GERMAN, "--out", "x.png", "--lang", "fr");
        assertEquals(ExportCommand.USAGE, german.code());
        assertTrue(german.err().contains("--lang must be es or en, got 'fr'"), german.err());
        Run missing = run(PERU, "--out", "x.png", "--lang");
        assertEquals(ExportCommand.USAGE, missing.code());
        assertTrue(missing.err().contains("--lang necesita un valor"), missing.err());
        Run missingEn = run(Locale.ENGLISH, "--lang", "--out", "x.png");
        assertEquals(ExportCommand.USAGE, missingEn.code());
        assertTrue(missingEn.err().contains("--lang needs a value"), missingEn.err());
    }

    @Test
    void helpFollowsTheLanguage() {
        Run es = run(Locale.ENGLISH, "--help", "--lang", "es");
        assertEquals(ExportCommand.OK, es.code());
        assertTrue(es.out().startsWith("uso: rutas export --out ARCHIVO.png"), es.out());
        assertTrue(es.out().contains("de 200 a 8192 por lado, como máximo 50 megapíxeles"), es.out());
        assertTrue(es.out().contains("Código de salida: 0 escrito, 1 no escrito (archivo o datos), 2 uso incorrecto."), es.out());
        Run en = run(PERU, "--help");
        assertEquals(ExportCommand.OK, en.code());
        assertTrue(en.out().startsWith("usage: rutas export --out FILE.png"), en.out());
        assertTrue(en.out().contains("--lang es|en            language of the image and of these messages"), en.out());
    }

    @Test
    void writeErrorsInSpanish() throws Exception {
        Path existing = Files.writeString(dir.resolve("b.png"), "keep me");
        Run r = run(Locale.ENGLISH, "--lang", "es", "--out", existing.toString(), "--width", "400", "--height", "300");
        assertEquals(ExportCommand.FAILED, r.code());
        assertEquals("rutas export: no se puede escribir " + existing + ": el archivo ya existe (use --force para reemplazarlo)",
                r.err().strip());
        assertEquals("keep me", Files.readString(existing));
        Run missing = run(Locale.ENGLISH, "--lang", "es", "--out", dir.resolve("no/such/c.png").toString());
        assertEquals(ExportCommand.FAILED, missing.code());
        assertTrue(missing.err().contains("el directorio no existe"), missing.err());
    }

    @Test
    void dataThatCannotLoadIsSaidInSpanish() throws Exception {
        Path notDir = Files.writeString(dir.resolve("geodata"), "x");
        Run r = run(GeodataLoader::load, Locale.ENGLISH, "--lang", "es", "--out", dir.resolve("d.png").toString(), "--data", notDir.toString());
        assertEquals(ExportCommand.FAILED, r.code());
        assertEquals("rutas export: no se pueden cargar los datos: " + notDir + ": no es un directorio", r.err().strip());
        Run en = run(GeodataLoader::load, Locale.ENGLISH, "--out", dir.resolve("d.png").toString(), "--data", notDir.toString());
        assertEquals("rutas export: cannot load data: " + notDir + ": not a directory", en.err().strip());
    }

    @Test
    void dataProblemsAndTheResultLineInSpanish() throws Exception {
        ExportData sample = SampleData.data();
        LoadProblem p = new LoadProblem("hotspots.geojson", 3, 12, LoadProblem.Severity.ERROR, Message.of("geojson.geometryNull"));
        ExportData withProblem = new ExportData(sample.departments(), sample.countries(), sample.catalog(), List.of(p));
        Path png = dir.resolve("e.png");
        Run r = run(d -> withProblem, Locale.ENGLISH, "--lang", "es", "--out", png.toString(), "--width", "600", "--height", "400");
        assertEquals(ExportCommand.OK, r.code(), r.err());
        assertTrue(r.out().contains("nota: 1 problema(s) en los datos al cargar, p. ej. hotspots.geojson:12, elemento 3: omitido: "
                + "la geometría es null (ejecute 'rutas validate' para verlos todos)"), r.out());
        assertTrue(r.out().contains("se escribió " + png + " (600×400 px, escala "), r.out());
        assertFalse(r.out().contains("geometry is null") || r.out().contains("wrote"), r.out());
        Run en = run(d -> withProblem, PERU, "--out", dir.resolve("f.png").toString(), "--width", "600", "--height", "400");
        assertTrue(en.out().contains("note: 1 data problem(s) while loading, e.g. " + p + " (run 'rutas validate' for all)"), en.out());
    }

    @Test
    void aLayerWithNothingToDrawIsRefusedInSpanish() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.geojson"),
                "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"geometry\": null}]}");
        Run r = run(Locale.ENGLISH, "--lang", "es", "--out", dir.resolve("g.png").toString(), "--layer", empty.toString());
        assertEquals(ExportCommand.FAILED, r.code());
        assertTrue(r.err().startsWith("rutas export: no se puede usar la capa " + empty + ": "), r.err());
        assertFalse(r.err().contains("cannot"), r.err());
    }
}
