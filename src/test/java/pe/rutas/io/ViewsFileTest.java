package pe.rutas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.rutas.model.SavedView;

class ViewsFileTest {
    @TempDir
    Path tmp;

    @Test
    void exportedViewsImportUnchanged() throws Exception {
        List<SavedView> views = SettingsStoreTest.sample("w").views();
        Path file = tmp.resolve("taller-puno.rutas-views.json");
        ViewsFile.write(file, views);
        ViewsImport in = ViewsFile.read(file);
        assertEquals(views, in.views());
        assertEquals(List.of(), in.problems());
    }

    @Test
    void badViewsAreLeftOutWithIndexAndField() throws Exception {
        Path file = tmp.resolve("bad.json");
        Files.writeString(file, """
            {"format":"rutas-views","version":1,"views":[
              {"name":"good","center":{"lon":-70,"lat":-15},"zoom":7,"layers":["ROUTES"],"statistic":null,"selection":{"kind":"ROUTE","id":"north-coast"}},
              {"name":"","center":{"lon":-70,"lat":-15},"zoom":7},
              {"name":"lat","center":{"lon":-70,"lat":-95},"zoom":7},
              {"name":"nozoom","center":{"lon":-70,"lat":-15}},
              {"name":"sel","center":{"lon":-70,"lat":-15},"zoom":7,"selection":{"kind":"CITY","id":"lima"}},
              {"name":"layers","center":{"lon":-70,"lat":-15},"zoom":7,"layers":["ROUTES",5]},
              {"name":"layername","center":{"lon":-70,"lat":-15},"zoom":7,"layers":["<script>"]},
              "just text"
            ]}""");
        ViewsImport in = ViewsFile.read(file);
        assertEquals(List.of("good"), in.views().stream().map(SavedView::name).toList());
        assertEquals(List.of(
                "views[1].name: must have 1 to 200 characters, has 0",
                "views[2].center.lat: must be a number from -85.05112878 to 85.05112878, found -95",
                "views[3].zoom: must be a number from 0 to 22, found nothing",
                "views[4].selection.kind: must be one of [DEPARTMENT, PLACE, ROUTE, HOTSPOT, FLOW], found \"CITY\"",
                "views[5].layers[1]: must be a layer name, found 5",
                "views[6].layers[0]: \"<script>\" is not a layer name (letters, digits, _ or -, at most 64)",
                "views[7]: must be an object, found \"just text\""), in.problems());
    }

    @Test
    void aFileThatIsNotAViewsFileIsRefusedWithTheReason() throws Exception {
        Path settings = tmp.resolve("settings.json");
        Files.writeString(settings, "{\"format\":\"rutas-settings\",\"version\":1,\"settings\":{}}");
        SettingsException e = assertThrows(SettingsException.class, () -> ViewsFile.read(settings));
        assertEquals(settings + ": not a Rutas saved-views file: \"format\" is \"rutas-settings\", expected \"rutas-views\"", e.getMessage());

        Path broken = tmp.resolve("broken.json");
        Files.writeString(broken, "{\"format\":\"rutas-views\",\n\"version\":1,\n\"views\":[,]}");
        e = assertThrows(SettingsException.class, () -> ViewsFile.read(broken));
        assertEquals(broken + ": malformed JSON at line 3", e.getMessage());

        Path noViews = tmp.resolve("no-views.json");
        Files.writeString(noViews, "{\"format\":\"rutas-views\",\"version\":1,\"views\":{}}");
        e = assertThrows(SettingsException.class, () -> ViewsFile.read(noViews));
        assertEquals(noViews + ": \"views\" must be an array, found {}", e.getMessage());

        Path version = tmp.resolve("version.json");
        Files.writeString(version, "{\"format\":\"rutas-views\",\"version\":\"one\",\"views\":[]}");
        e = assertThrows(SettingsException.class, () -> ViewsFile.read(version));
        assertTrue(e.getMessage().endsWith("\"version\" must be a whole number from 1, found \"one\""), e.getMessage());
    }

    @Test
    void missingEmptyBinaryAndHugeFilesAreRefused() throws Exception {
        Path missing = tmp.resolve("missing.json");
        assertEquals(missing + ": cannot read it (not found)", assertThrows(SettingsException.class, () -> ViewsFile.read(missing)).getMessage());
        Path empty = Files.writeString(tmp.resolve("empty.json"), "");
        assertEquals(empty + ": file is empty", assertThrows(SettingsException.class, () -> ViewsFile.read(empty)).getMessage());
        Path binary = Files.write(tmp.resolve("bin.json"), new byte[] {(byte) 0xC3, 0x28, 0x00});
        assertEquals(binary + ": not UTF-8 text", assertThrows(SettingsException.class, () -> ViewsFile.read(binary)).getMessage());
        Path huge = Files.write(tmp.resolve("huge.json"), new byte[(int) ViewsFile.MAX_BYTES + 1]);
        assertTrue(assertThrows(SettingsException.class, () -> ViewsFile.read(huge)).getMessage().contains("too large"));
    }

    @Test
    void emptyViewsListIsReported() throws Exception {
        Path file = Files.writeString(tmp.resolve("none.json"), "{\"format\":\"rutas-views\",\"version\":1,\"views\":[]}");
        ViewsImport in = ViewsFile.read(file);
        assertEquals(List.of(), in.views());
        assertEquals(List.of("the file contains no saved views"), in.problems());
    }

    @Test
    void exportToAMissingFolderFailsClearly() {
        Path file = tmp.resolve("nope").resolve("v.json");
        SettingsException e = assertThrows(SettingsException.class, () -> ViewsFile.write(file, List.of()));
        assertTrue(e.getMessage().contains("the folder does not exist"), e.getMessage());
    }

    @Test
    void importedViewsWithTakenNamesAreRenamedNotOverwritten() {
        SavedView a = new SavedView("Puno", -70, -15, 7, List.of(), "", null);
        SavedView b = new SavedView("Lima", -77, -12, 9, List.of(), "", null);
        List<SavedView> merged = ViewsFile.merge(List.of(a, a.withName("Puno (2)")), List.of(a, b, a));
        assertEquals(List.of("Puno", "Puno (2)", "Puno (3)", "Lima", "Puno (4)"), merged.stream().map(SavedView::name).toList());
    }
}
