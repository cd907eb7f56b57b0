package pe.rutas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigDirectoryTest {
    @Test
    void linuxUsesXdgConfigHomeWhenAbsoluteElseDotConfig() {
        assertEquals(Path.of("/x/cfg/rutas"), ConfigDirectory.resolve(Map.of("XDG_CONFIG_HOME", "/x/cfg"), "Linux", "/home/ana"));
        assertEquals(Path.of("/home/ana/.config/rutas"), ConfigDirectory.resolve(Map.of("XDG_CONFIG_HOME", "relative"), "Linux", "/home/ana"));
        assertEquals(Path.of("/home/ana/.config/rutas"), ConfigDirectory.resolve(Map.of(), "Linux", "/home/ana"));
    }

    @Test
    void windowsUsesAppDataAndMacApplicationSupport() {
        assertEquals(Path.of("/appdata", "Rutas"), ConfigDirectory.resolve(Map.of("APPDATA", "/appdata"), "Windows 11", "/home/ana"));
        assertEquals(Path.of("/home/ana", "AppData", "Roaming", "Rutas"), ConfigDirectory.resolve(Map.of(), "Windows 10", "/home/ana"));
        assertEquals(Path.of("/Users/ana/Library/Application Support/Rutas"), ConfigDirectory.resolve(Map.of(), "Mac OS X", "/Users/ana"));
    }
}
