package pe.rutas.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Rutas keeps its settings on each platform: {@code %APPDATA%\Rutas} on Windows,
 * {@code ~/Library/Application Support/Rutas} on macOS, otherwise {@code $XDG_CONFIG_HOME/rutas}
 * (when set to an absolute path, as the XDG spec requires) or {@code ~/.config/rutas}.
 */
public final class ConfigDirectory {
    private ConfigDirectory() {
    }

    /** The directory for the current user and platform. */
    public static Path forCurrentUser() {
        return resolve(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    /** The directory for the given environment, OS name (as {@code os.name}) and home directory. */
    public static Path resolve(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return appData != null && !appData.isBlank()
                    ? Path.of(appData, "Rutas")
                    : Path.of(userHome, "AppData", "Roaming", "Rutas");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Rutas");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "rutas");
        }
        return Path.of(userHome, ".config", "rutas");
    }
}
