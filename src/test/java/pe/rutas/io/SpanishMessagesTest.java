package pe.rutas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The messages users see about their settings, saved views and tours, in Spanish. */
class SpanishMessagesTest {
    private static final Locale ES = Locale.forLanguageTag("es-PE");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T19:30:05Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    @Test
    void corruptSettingsNoticeReadsInSpanish() throws Exception {
        SettingsStore store = new SettingsStore(tmp, CLOCK);
        Files.writeString(store.file(), "not json at all");
        SettingsLoad load = store.load();
        String es = load.messages(ES).get(0);
        assertTrue(es.startsWith("No se pudo usar su archivo de configuración " + store.file() + " (JSON mal formado en la línea 1)"), es);
        assertTrue(es.contains("se movió a settings.json.corrupt-20261126T193005Z en la misma carpeta"), es);
        assertTrue(es.endsWith("Rutas se inició con la configuración predeterminada."), es);
        assertTrue(load.messages().get(0).endsWith("Rutas started with default settings."), "English stays the default");
        assertEquals(load.messages(), load.messages(Locale.GERMAN), "other languages read English");
    }

    @Test
    void restoredBackupAndFieldNotesReadInSpanish() throws Exception {
        SettingsStore store = new SettingsStore(tmp, CLOCK);
        Files.writeString(store.backup(), """
            {"format":"rutas-settings","version":1,"settings":{"theme":"neon"}}""");
        Files.writeString(store.file(), "{\"format\":\"rutas-settings\"");
        SettingsLoad load = store.load();
        assertEquals(SettingsLoad.Origin.BACKUP, load.origin());
        String all = String.join("\n", load.messages(ES));
        assertTrue(all.contains("Se restauró la versión anterior de su configuración y sus vistas guardadas desde settings.json.bak."), all);
        assertTrue(all.contains("Configuración: el ajuste \"theme\" era \"neon\""), all);
        assertFalse(all.contains("Settings:") || all.contains("was restored") || all.contains("using"), "no English left: " + all);
    }

    @Test
    void viewsImportProblemsReadInSpanish() throws Exception {
        Path file = tmp.resolve("views.json");
        Files.writeString(file, """
            {"format":"rutas-views","version":1,"views":[{"name":"lejos","center":{"lon":-75,"lat":-10},"zoom":"far"}]}""");
        ViewsImport in = ViewsFile.read(file);
        assertEquals("views[0].zoom: debe ser un número de 0 a 22, se encontró \"far\"", in.problems(ES).get(0));
        assertEquals("views[0].zoom: must be a number from 0 to 22, found \"far\"", in.problems().get(0));

        Files.writeString(file, "{\"format\":\"otra-cosa\",\"version\":1}");
        SettingsException e = assertThrows(SettingsException.class, () -> ViewsFile.read(file));
        assertEquals(file + ": no es un archivo de vistas guardadas de Rutas: \"format\" es \"otra-cosa\", se esperaba \"rutas-views\"",
                e.message(ES));
        assertEquals(file + ": not a Rutas saved-views file: \"format\" is \"otra-cosa\", expected \"rutas-views\"", e.getMessage());
    }

    @Test
    void tourErrorsNameTheStepInSpanish() {
        DataFileException e = assertThrows(DataFileException.class, () -> new TourLoader().read("t.json", new StringReader("""
            {"steps":[{"id":"lima","title":"Lima","frame":{"route":"lima"},"layers":["rutas"]}]}""")));
        assertEquals("paso 1 (\"lima\"): capa desconocida \"rutas\" (conocidas: departments, choropleth, routes, flows, hotspots, places)",
                e.problem(ES));
        assertEquals("t.json: step 1 (\"lima\"): unknown layer \"rutas\" (known: departments, choropleth, routes, flows, hotspots, places)",
                e.getMessage());
        assertEquals("t.json: " + e.problem(ES), e.message(ES));
        assertNotEquals(e.problem(), e.problem(ES));
    }
}
