package pe.rutas.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.rutas.model.FeatureRef;
import pe.rutas.model.LayerSetting;
import pe.rutas.model.SavedView;
import pe.rutas.model.Settings;
import pe.rutas.model.UserData;

class SettingsStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T19:30:05Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    private Path dir() {
        return tmp.resolve("config").resolve("rutas");
    }

    private SettingsStore store() {
        return new SettingsStore(dir(), CLOCK);
    }

    static UserData sample(String tag) {
        Settings s = Settings.defaults().withLanguage("es").withTheme("high-contrast").withFontScale(1.5)
                .withOnlineBasemap(true).withLastTour("tour-" + tag).withAnimations(false)
                .withLayer("ROUTES", new LayerSetting(true, 0.8)).withLayer("CHOROPLETH", new LayerSetting(false, 0.5));
        SavedView puno = new SavedView("Puno " + tag, -70.02, -15.84, 8.5, List.of("ROUTES", "HOTSPOTS"), "victims-by-department",
                FeatureRef.hotspot("la-rinconada"));
        SavedView peru = new SavedView("Perú entero", -75.0, -9.2, 5, List.of(), "", null);
        return new UserData(s, List.of(puno, peru));
    }

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir())) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void firstRunGivesDefaultsSilentlyAndCreatesNothing() {
        SettingsLoad load = store().load();
        assertEquals(SettingsLoad.Origin.DEFAULTS, load.origin());
        assertEquals(UserData.defaults(), load.data());
        assertFalse(load.hasMessages());
        assertFalse(Files.exists(dir()));
    }

    @Test
    void saveCreatesTheMissingFolderAndRoundTripsEverything() throws Exception {
        UserData data = sample("a");
        store().save(data);
        SettingsLoad load = new SettingsStore(dir(), CLOCK).load();
        assertEquals(SettingsLoad.Origin.FILE, load.origin());
        assertEquals(data, load.data());
        assertFalse(load.hasMessages(), load.messages().toString());
        assertEquals(List.of("settings.json"), files());
        assertTrue(Files.readString(store().file()).contains("\"Perú entero\""), "UTF-8, not escaped");
    }

    @Test
    void eachSaveKeepsThePreviousVersionAsBackup() throws Exception {
        SettingsStore store = store();
        store.save(sample("1"));
        store.save(sample("2"));
        store.save(sample("3"));
        assertEquals(sample("3"), store.load().data());
        Files.delete(store.file());
        Files.copy(store.backup(), store.file());
        assertEquals(sample("2"), store.load().data(), "backup holds the version before the last save");
        assertEquals(List.of("settings.json", "settings.json.bak"), files(), "no temporary files left behind");
    }

    @Test
    void corruptFileIsMovedAsideUntouchedAndTheBackupIsRestored() throws Exception {
        SettingsStore store = store();
        store.save(sample("1"));
        store.save(sample("2"));
        byte[] damaged = "{\"format\":\"rutas-settings\",\"version\":1,\"settings\":{\"language\":\"e".getBytes(StandardCharsets.UTF_8);
        Files.write(store.file(), damaged);

        SettingsLoad load = store.load();
        assertEquals(SettingsLoad.Origin.BACKUP, load.origin());
        assertEquals(sample("1"), load.data());
        Path aside = dir().resolve("settings.json.corrupt-20261126T193005Z");
        assertEquals(aside, load.movedAside());
        assertArrayEquals(damaged, Files.readAllBytes(aside), "the damaged file is kept as it was");
        assertFalse(Files.exists(store.file()));
        String message = load.messages().get(0);
        assertTrue(message.contains("could not be used (malformed JSON (unterminated string) at line 1)"), message);
        assertTrue(message.contains("moved to settings.json.corrupt-20261126T193005Z"), message);
        assertTrue(message.contains("restored from settings.json.bak"), message);
    }

    @Test
    void corruptFileWithoutBackupStartsWithDefaultsAndSaysSo() throws Exception {
        Files.createDirectories(dir());
        Files.writeString(store().file(), "not json at all");
        SettingsLoad load = store().load();
        assertEquals(SettingsLoad.Origin.DEFAULTS, load.origin());
        assertEquals(UserData.defaults(), load.data());
        assertTrue(load.messages().get(0).contains("malformed JSON at line 1"), load.messages().get(0));
        assertTrue(load.messages().get(0).endsWith("Rutas started with default settings."), load.messages().get(0));
        assertEquals(List.of("settings.json.corrupt-20261126T193005Z"), files());
    }

    @Test
    void corruptBackupTooGivesDefaultsAndNamesBothProblems() throws Exception {
        Files.createDirectories(dir());
        Files.writeString(store().file(), "[1,2,3]");
        Files.writeString(store().backup(), "{\"format\":\"something-else\",\"version\":1}");
        SettingsLoad load = store().load();
        assertEquals(SettingsLoad.Origin.DEFAULTS, load.origin());
        String m = load.messages().get(0);
        assertTrue(m.contains("the top level is not a JSON object"), m);
        assertTrue(m.contains("the backup settings.json.bak could not be used either: not a Rutas settings file"), m);
        assertTrue(Files.exists(store().backup()), "the bad backup is not deleted");
    }

    @Test
    void unreadableFileIsMovedAsideAndDefaultsUsed() throws Exception {
        // a directory where the file should be: unreadable even for root, unlike file permissions
        Files.createDirectories(store().file().resolve("inner"));
        SettingsLoad load = store().load();
        assertEquals(SettingsLoad.Origin.DEFAULTS, load.origin());
        assertTrue(load.messages().get(0).contains("cannot read it"), load.messages().get(0));
        assertTrue(Files.isDirectory(load.movedAside().resolve("inner")), "moved, not deleted");
        store().save(sample("x"));
        assertEquals(sample("x"), store().load().data(), "saving works again afterwards");
    }

    @Test
    void twoCorruptionsInTheSameSecondKeepBothFiles() throws Exception {
        Files.createDirectories(dir());
        Files.writeString(store().file(), "{");
        store().load();
        Files.writeString(store().file(), "}");
        SettingsLoad second = store().load();
        assertEquals("settings.json.corrupt-20261126T193005Z-2", second.movedAside().getFileName().toString());
        assertEquals("{", Files.readString(dir().resolve("settings.json.corrupt-20261126T193005Z")));
    }

    @Test
    void oversizedAndDeeplyNestedFilesAreTreatedAsDamaged() throws Exception {
        Files.createDirectories(dir());
        Files.write(store().file(), new byte[(int) SettingsStore.MAX_BYTES + 1]);
        assertTrue(store().load().messages().get(0).contains("far larger than a settings file"));
        Files.writeString(store().file(), "[".repeat(100_000));
        assertTrue(store().load().messages().get(0).contains("nested deeper than 32 levels"), store().load().messages().toString());
    }

    @Test
    void badValuesFallBackOneByOneWithNotes() throws Exception {
        Files.createDirectories(dir());
        Files.writeString(store().file(), """
            {"format":"rutas-settings","version":1,
             "settings":{"language":"fr","theme":"default","fontScale":99,"onlineBasemap":"yes","animations":false,
                         "layers":{"ROUTES":{"visible":true,"opacity":3},"HOTSPOTS":{"visible":false,"opacity":0.4}}},
             "views":[{"name":"ok","center":{"lon":-75,"lat":-10},"zoom":6},
                      {"name":"far","center":{"lon":-75,"lat":-10},"zoom":"far"}]}""");
        SettingsLoad load = store().load();
        assertEquals(SettingsLoad.Origin.FILE, load.origin());
        Settings s = load.data().settings();
        assertEquals("", s.language());
        assertEquals(1.0, s.fontScale());
        assertFalse(s.onlineBasemap());
        assertFalse(s.animations(), "good values are kept");
        assertEquals(Map.of("HOTSPOTS", new LayerSetting(false, 0.4)), s.layers());
        assertEquals(List.of("ok"), load.data().views().stream().map(SavedView::name).toList());
        String all = String.join("\n", load.messages());
        assertTrue(all.contains("\"language\" was \"fr\""), all);
        assertTrue(all.contains("\"fontScale\" was 99"), all);
        assertTrue(all.contains("\"onlineBasemap\" was \"yes\""), all);
        assertTrue(all.contains("layers.ROUTES.opacity: must be a number from 0 to 1, found 3"), all);
        assertTrue(all.contains("views[1].zoom: must be a number from 0 to 22, found \"far\""), all);
        assertEquals(5, load.messages().size(), all);
    }

    @Test
    void folderThatCannotBeCreatedGivesAClearErrorAndLosesNothing() throws Exception {
        Files.createDirectories(tmp.resolve("config"));
        Path blocker = tmp.resolve("config").resolve("rutas");
        Files.writeString(blocker, "someone else's file");
        SettingsException e = assertThrows(SettingsException.class, () -> store().save(sample("1")));
        assertTrue(e.getMessage().startsWith("Cannot save settings: the folder " + blocker + " cannot be created"), e.getMessage());
        assertTrue(e.getMessage().contains("stay in effect"), e.getMessage());
        assertEquals("someone else's file", Files.readString(blocker));
    }

    @Test
    void failedFinalMoveLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        store().save(sample("1"));
        byte[] before = Files.readAllBytes(store().file());
        SettingsStore failing = new SettingsStore(dir(), CLOCK, (from, to, options) -> {
            if (to.getFileName().toString().equals("settings.json")) {
                throw new IOException("No space left on device");
            }
            Files.move(from, to, options);
        });
        SettingsException e = assertThrows(SettingsException.class, () -> failing.save(sample("2")));
        assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
        assertTrue(e.getMessage().contains("The previous settings file is unchanged"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(store().file()));
        assertEquals(List.of("settings.json", "settings.json.bak"), files());
    }

    @Test
    void fallsBackToAPlainReplaceWhereAtomicMovesAreUnsupported() throws Exception {
        SettingsStore noAtomic = new SettingsStore(dir(), CLOCK, (from, to, options) -> {
            if (Arrays.asList(options).contains(StandardCopyOption.ATOMIC_MOVE)) {
                throw new AtomicMoveNotSupportedException(from.toString(), to.toString(), "cross-device");
            }
            Files.move(from, to, options);
        });
        noAtomic.save(sample("1"));
        noAtomic.save(sample("2"));
        assertEquals(sample("2"), store().load().data());
        assertEquals(List.of("settings.json", "settings.json.bak"), files());
    }

    @Test
    void aDamagedCurrentFileNeverReplacesAGoodBackup() throws Exception {
        store().save(sample("1"));
        store().save(sample("2"));
        byte[] goodBackup = Files.readAllBytes(store().backup());
        Files.writeString(store().file(), "garbage written by another program");
        store().save(sample("3"));
        assertArrayEquals(goodBackup, Files.readAllBytes(store().backup()));
        assertEquals(sample("3"), store().load().data());
    }

    @Test
    void aLinkedSettingsFileStaysALink() throws Exception {
        Path dotfiles = Files.createDirectories(tmp.resolve("dotfiles"));
        store().save(sample("1"));
        Files.move(store().file(), dotfiles.resolve("rutas-settings.json"));
        Files.createSymbolicLink(store().file(), dotfiles.resolve("rutas-settings.json"));
        store().save(sample("2"));
        assertTrue(Files.isSymbolicLink(store().file()));
        assertEquals(sample("2"), store().load().data());
        try (Stream<Path> s = Files.list(dotfiles)) {
            assertEquals(1, s.count(), "no temporary file left next to the link target");
        }
    }

    @Test
    void newerFormatVersionLoadsWithANote() throws Exception {
        store().save(sample("1"));
        String text = Files.readString(store().file()).replace("\"version\": 1", "\"version\": 2");
        assertNotEquals(Files.readString(store().file()), text);
        Files.writeString(store().file(), text);
        SettingsLoad load = store().load();
        assertEquals(SettingsLoad.Origin.FILE, load.origin());
        assertEquals(sample("1"), load.data());
        assertTrue(load.messages().get(0).contains("newer version of Rutas"), load.messages().toString());
        assertNull(load.movedAside());
    }
}
