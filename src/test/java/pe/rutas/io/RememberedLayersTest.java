package pe.rutas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.rutas.model.Settings;
import pe.rutas.model.UserData;
import pe.rutas.model.UserLayerSetting;

/**
 * The user's own layers and the folder they were last opened from in settings.json: round trip,
 * files written before they were remembered, bad entries.
 */
class RememberedLayersTest {
    @TempDir
    Path dir;

    static final UserLayerSetting SHELTERS = new UserLayerSetting("/media/usb/albergues.geojson", "albergues.geojson",
            new UserLayerSetting.Look("#FFFFFF", 1.5, "#6A3D9A", 1.0, 7.5), true, 0.8);
    static final UserLayerSetting RIVERS = new UserLayerSetting("E:\\talleres\\ríos del sur.geojson", "ríos del sur.geojson",
            new UserLayerSetting.Look("#1F78B4", 4, "#1F78B4", 0, 0), false, 1);

    private String oldFile(String extra) {
        return """
                {"format": "rutas-settings", "version": 1,
                 "settings": {"language": "es", "theme": "default", "fontScale": 1.0, "onlineBasemap": false,
                              "lastTour": "", "animations": true, "layers": {"ROUTES": {"visible": false, "opacity": 1.0}}},
                 "views": []%s}
                """.formatted(extra);
    }

    @Test
    void rememberedLayersRoundTripInOrderWithTheirStyleVisibilityAndOpacity() throws Exception {
        SettingsStore store = new SettingsStore(dir);
        UserData data = new UserData(Settings.defaults().withLanguage("es"), List.of(), List.of(SHELTERS, RIVERS));
        store.save(data);
        SettingsLoad load = new SettingsStore(dir).load();
        assertEquals(SettingsLoad.Origin.FILE, load.origin());
        assertFalse(load.hasMessages(), load.messages().toString());
        assertEquals(data, load.data());
        assertEquals(List.of(SHELTERS, RIVERS), load.data().userLayers());
        String json = Files.readString(store.file());
        assertTrue(json.contains("\"ríos del sur.geojson\""), "UTF-8 names as written: " + json);
        assertTrue(json.contains("E:\\\\talleres"), "a Windows path survives as text");
    }

    @Test
    void aSettingsFileFromBeforeLayersWereRememberedStillLoadsWithNoLayers() throws Exception {
        Files.writeString(dir.resolve(SettingsStore.FILE_NAME), oldFile(""));
        SettingsLoad load = new SettingsStore(dir).load();
        assertEquals(SettingsLoad.Origin.FILE, load.origin());
        assertFalse(load.hasMessages(), load.messages().toString());
        assertEquals("es", load.data().settings().language(), "the rest of the file is read");
        assertFalse(load.data().settings().layers().get("ROUTES").visible());
        assertEquals(List.of(), load.data().userLayers());
    }

    @Test
    void aBadRememberedLayerIsLeftOutWithANoteNamingTheFieldAndTheOthersLoad() throws Exception {
        Files.writeString(dir.resolve(SettingsStore.FILE_NAME), oldFile("""
                , "userLayers": [
                  {"file": "/a.geojson", "name": "a.geojson", "visible": true, "opacity": 1,
                   "style": {"stroke": "#112233", "strokeWidth": 2, "fill": "red", "fillOpacity": 0.25, "pointRadius": 5}},
                  {"file": "/media/usb/albergues.geojson", "name": "albergues.geojson", "visible": true, "opacity": 0.8,
                   "style": {"stroke": "#FFFFFF", "strokeWidth": 1.5, "fill": "#6A3D9A", "fillOpacity": 1.0, "pointRadius": 7.5}},
                  {"name": "no file", "visible": true, "opacity": 1, "style": {}}
                ]"""));
        SettingsLoad load = new SettingsStore(dir).load();
        assertEquals(SettingsLoad.Origin.FILE, load.origin(), "one bad entry does not make the file unusable");
        assertEquals(List.of(SHELTERS), load.data().userLayers());
        assertEquals(2, load.messages().size(), load.messages().toString());
        assertTrue(load.messages().get(0).contains("userLayers[0].style.fill: must be a colour #RRGGBB, found \"red\""), load.messages().get(0));
        assertTrue(load.messages().get(1).contains("userLayers[2].file: must be text, found nothing"), load.messages().get(1));
    }

    @Test
    void userLayersOfTheWrongTypeLoseOnlyTheRememberedLayers() throws Exception {
        Files.writeString(dir.resolve(SettingsStore.FILE_NAME), oldFile(", \"userLayers\": {\"a\": 1}"));
        SettingsLoad load = new SettingsStore(dir).load();
        assertEquals(SettingsLoad.Origin.FILE, load.origin());
        assertEquals("es", load.data().settings().language());
        assertEquals(List.of(), load.data().userLayers());
        assertTrue(load.messages().get(0).contains("\"userLayers\" was {\"a\":1}, not an array"), load.messages().toString());
    }

    @Test
    void aCorruptFileWithRememberedLayersFallsBackToTheBackupWithTheLayersOfTheVersionBefore() throws Exception {
        SettingsStore store = new SettingsStore(dir);
        store.save(new UserData(Settings.defaults(), List.of(), List.of(SHELTERS)));
        store.save(new UserData(Settings.defaults(), List.of(), List.of(SHELTERS, RIVERS)));
        Files.writeString(store.file(), "{\"format\": \"rutas-settings\", \"version\": 1, \"userLayers\": [");
        SettingsLoad load = store.load();
        assertEquals(SettingsLoad.Origin.BACKUP, load.origin());
        assertEquals(List.of(SHELTERS), load.data().userLayers());
        assertTrue(load.messages().get(0).contains("restored from settings.json.bak"), load.messages().get(0));
    }

    @Test
    void theLastLayerFolderRoundTripsNextToTheLayers() throws Exception {
        String folder = dir.resolve("usb stick").resolve("capas").toAbsolutePath().toString();
        SettingsStore store = new SettingsStore(dir);
        UserData data = new UserData(Settings.defaults(), List.of(), List.of(SHELTERS), folder);
        store.save(data);
        SettingsLoad load = new SettingsStore(dir).load();
        assertFalse(load.hasMessages(), load.messages().toString());
        assertEquals(data, load.data());
        assertEquals(folder, load.data().userLayerFolder());
        assertTrue(Files.readString(store.file()).contains("\"userLayerFolder\""));
    }

    @Test
    void noFolderIsWrittenAsNoFieldAndAFileWithoutTheFieldLoadsWithNoFolder() throws Exception {
        SettingsStore store = new SettingsStore(dir);
        store.save(new UserData(Settings.defaults(), List.of(), List.of(SHELTERS)));
        assertFalse(Files.readString(store.file()).contains("userLayerFolder"), "nothing to remember, nothing written");

        Files.writeString(store.file(), oldFile(""));
        SettingsLoad load = store.load();
        assertEquals(SettingsLoad.Origin.FILE, load.origin());
        assertFalse(load.hasMessages(), load.messages().toString());
        assertEquals("", load.data().userLayerFolder());
        assertEquals("es", load.data().settings().language());
    }

    @Test
    void aFolderThatIsGoneNowIsStillReadItIsOfferedOnlyIfThere() throws Exception {
        // a USB stick taken out: the folder stays remembered for when it is back
        String gone = dir.resolve("stick").resolve("capas").toAbsolutePath().toString();
        Files.writeString(dir.resolve(SettingsStore.FILE_NAME), oldFile(", \"userLayerFolder\": " + new com.google.gson.JsonPrimitive(gone)));
        SettingsLoad load = new SettingsStore(dir).load();
        assertFalse(load.hasMessages(), load.messages().toString());
        assertEquals(gone, load.data().userLayerFolder());
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"42", "true", "\"\"", "\"   \"", "\"capas/sur\"", "[\"/media\"]", "{\"path\": \"/media\"}"})
    void aBadFolderIsIgnoredWithANoteAndTheRestLoads(String value) throws Exception {
        Files.writeString(dir.resolve(SettingsStore.FILE_NAME), oldFile("""
                , "userLayers": [
                  {"file": "/media/usb/albergues.geojson", "name": "albergues.geojson", "visible": true, "opacity": 0.8,
                   "style": {"stroke": "#FFFFFF", "strokeWidth": 1.5, "fill": "#6A3D9A", "fillOpacity": 1.0, "pointRadius": 7.5}}],
                 "userLayerFolder": %s""".formatted(value)));
        SettingsLoad load = new SettingsStore(dir).load();
        assertEquals(SettingsLoad.Origin.FILE, load.origin(), "a bad folder does not make the file unusable");
        assertEquals("", load.data().userLayerFolder());
        assertEquals(List.of(SHELTERS), load.data().userLayers(), "the layers are read");
        assertEquals("es", load.data().settings().language(), "and the settings");
        assertEquals(1, load.messages().size(), load.messages().toString());
        assertTrue(load.messages().get(0).contains("\"userLayerFolder\" was "), load.messages().get(0));
        assertTrue(load.messages().get(0).contains("not the full path of a folder"), load.messages().get(0));
    }

    @Test
    void aFolderTooLongToBeRealIsIgnoredWithANote() throws Exception {
        String tooLong = dir.toAbsolutePath() + "/" + "a".repeat(UserLayerSetting.MAX_PATH);
        Files.writeString(dir.resolve(SettingsStore.FILE_NAME), oldFile(", \"userLayerFolder\": \"" + tooLong + "\""));
        SettingsLoad load = new SettingsStore(dir).load();
        assertEquals("", load.data().userLayerFolder());
        assertEquals(1, load.messages().size(), load.messages().toString());
    }
}
