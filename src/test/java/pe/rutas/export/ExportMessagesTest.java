package pe.rutas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
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
import org.junit.jupiter.api.io.TempDir;
import pe.rutas.io.BundleCheck;
import pe.rutas.io.DataFileException;
import pe.rutas.io.Message;
import pe.rutas.model.FeatureRef;

/** The export's words outside the image: both languages complete, and the exceptions carry them. */
class ExportMessagesTest {
    private static final String EN = "/pe/rutas/export/messages.properties";
    private static final String ES = "/pe/rutas/export/messages_es.properties";
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][a-zA-Z]*(?:\\.[a-zA-Z0-9]+)+)\"");
    private static final Path EXPORT_SOURCES = Path.of("src/main/java/pe/rutas/export");
    static final Locale ES_LOCALE = Locale.forLanguageTag("es");

    @TempDir
    Path dir;

    @Test
    void englishAndSpanishBundlesAreTwins() throws IOException {
        BundleCheck.assertTwins(EN, ES);
    }

    @Test
    void everyKeyTheExportCodeUsesIsInTheBundleAndEveryBundleKeyIsUsed() throws IOException {
        Set<String> bundle = BundleCheck.read(EN).stringPropertyNames();
        Set<String> prefixes = new TreeSet<>();
        for (String k : bundle) prefixes.add(k.substring(0, k.indexOf('.') + 1));
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(EXPORT_SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(f));
                while (m.find()) {
                    String k = m.group(1);
                    if (prefixes.contains(k.substring(0, k.indexOf('.') + 1))) used.add(k);
                }
            }
        }
        assertTrue(used.size() > 40, "found only " + used.size() + " keys in " + EXPORT_SOURCES + ": " + used);
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(bundle);
        assertEquals(Set.of(), missing, "keys used in the export code but missing in " + EN);
        Set<String> unused = new TreeSet<>(bundle);
        unused.removeAll(used);
        assertEquals(Set.of(), unused, "keys in " + EN + " that no export code uses");
        for (String k : used) {
            assertTrue(ExportMessages.of(k).known(Locale.ENGLISH), k);
            assertTrue(ExportMessages.of(k).known(ES_LOCALE), k);
        }
    }

    @Test
    void aRequestOutOfRangeSaysWhyInEitherLanguageAndStaysEnglishForLogs() {
        var e = assertThrows(ExportRequestException.class, () -> ExportRequest.of(800, 600, Locale.ENGLISH).withScale(20));
        assertEquals("scale must be 0.5…8, got 20.0", e.getMessage());
        assertEquals("la escala debe ser de 0.5…8, se recibió 20.0", e.message(ES_LOCALE));
        var big = assertThrows(ExportRequestException.class, () -> ExportRequest.of(8192, 8192, Locale.ENGLISH));
        assertEquals("image of 8192×8192 px is larger than 50 megapixels", big.getMessage());
        assertEquals("la imagen de 8192×8192 px supera los 50 megapíxeles", ExportMessages.describe(big, ES_LOCALE));
        var side = assertThrows(IllegalArgumentException.class, () -> ExportRequest.of(9000, 10, Locale.ENGLISH));
        assertTrue(ExportMessages.describe(side, ES_LOCALE).startsWith("el tamaño de la imagen debe ser de 1…8192 px por lado"),
                ExportMessages.describe(side, ES_LOCALE));
    }

    @Test
    void unknownIdsReadInSpanishWithTheKnownOnesAndNoneLoadedTranslated() {
        Composer composer = new Composer(SampleData.data(), new SourceShortNames(new Properties()), TextMeasure.approximate());
        var route = assertThrows(Composer.UnknownFeatureException.class, () -> composer.boundsOf(FeatureRef.route("nope")));
        assertEquals("unknown route 'nope' (known: north-coast)", route.getMessage());
        assertEquals("ruta desconocida 'nope' (conocidas: north-coast)", route.message(ES_LOCALE));
        ExportData sample = SampleData.data();
        Composer empty = new Composer(new ExportData(sample.departments(), sample.countries(),
                new pe.rutas.model.Catalog(java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(),
                        java.util.List.of(), java.util.List.of())), new SourceShortNames(new Properties()), TextMeasure.approximate());
        var flow = assertThrows(Composer.UnknownFeatureException.class, () -> empty.boundsOf(FeatureRef.flow("nope")));
        assertEquals("unknown flow 'nope' (known: none loaded)", flow.getMessage());
        assertEquals("flujo internacional desconocido 'nope' (conocidos: nada cargado)", flow.message(ES_LOCALE));
        var table = assertThrows(Composer.UnknownFeatureException.class,
                () -> composer.compose(ExportRequest.of(800, 600, ES_LOCALE).withStatTable("nope")));
        assertTrue(table.message(ES_LOCALE).startsWith("tabla estadística desconocida 'nope'"), table.message(ES_LOCALE));
    }

    @Test
    void dataDirectoryThatIsAFileIsReportedInSpanish() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
        var e = assertThrows(DataFileException.class, () -> GeodataLoader.load(file));
        assertEquals(file + ": not a directory", e.getMessage());
        assertEquals(file + ": no es un directorio", e.message(ES_LOCALE));
        assertEquals(file + ": no es un directorio", ExportMessages.describe(e, ES_LOCALE));
    }

    @Test
    void writeReasonsAreTranslatedAndSystemReasonsKeptAsWritten() throws IOException {
        Path existing = Files.writeString(dir.resolve("a.png"), "x");
        var exists = assertThrows(IOException.class, () -> PngWriter.checkWritable(existing, false));
        assertEquals("el archivo ya existe (use --force para reemplazarlo)", ExportMessages.describe(exists, ES_LOCALE));
        var missing = assertThrows(IOException.class, () -> PngWriter.checkWritable(dir.resolve("no/such/a.png"), false));
        assertEquals("directory does not exist", PngWriter.reason(missing).english());
        assertEquals("el directorio no existe", PngWriter.reason(missing).text(ES_LOCALE));
        Path sub = Files.createDirectory(dir.resolve("sub.png"));
        var isDir = assertThrows(IOException.class, () -> PngWriter.checkWritable(sub, true));
        assertEquals(sub.toAbsolutePath() + ": is a directory", isDir.getMessage(), "English message as before");
        assertEquals("es un directorio", PngWriter.reason(isDir).text(ES_LOCALE));
        assertEquals("permiso denegado", PngWriter.reason(new AccessDeniedException("/x")).text(ES_LOCALE));
        assertEquals("directory is not writable",
                PngWriter.reason(new AccessDeniedException("/x", null, "directory is not writable")).english());
        assertEquals("No space left on device",
                PngWriter.reason(new java.nio.file.FileSystemException("/x", null, "No space left on device")).text(ES_LOCALE));
    }

    @Test
    void aMessageOfAnotherBundleNestsIoMessagesInTheSameLanguage() {
        Message m = ExportMessages.of("command.layerUnusable", "a.geojson", Message.of("geojson.geometryNull"));
        assertEquals("cannot use layer a.geojson: geometry is null", m.english());
        assertTrue(m.text(ES_LOCALE).startsWith("no se puede usar la capa a.geojson: la geometría es null"), m.text(ES_LOCALE));
        assertFalse(Message.in("pe.rutas.no.such.bundle", "x").known(Locale.ENGLISH), "a missing bundle is unknown, not a crash");
        assertTrue(Message.in("pe.rutas.no.such.bundle", "x").english().startsWith("!x!"));
        assertEquals(Message.of("file.empty"), new Message("file.empty", java.util.List.of()), "io messages keep their bundle by default");
    }
}
