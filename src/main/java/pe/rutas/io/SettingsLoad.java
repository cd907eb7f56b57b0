package pe.rutas.io;

import java.nio.file.Path;
import java.util.List;
import pe.rutas.model.UserData;

/**
 * What {@link SettingsStore#load()} found.
 *
 * @param data       the settings and views to start with (never null)
 * @param origin     where they came from
 * @param movedAside where an unreadable settings file was moved, or null
 * @param messages   sentences to show the user once (empty on a normal start); English
 */
public record SettingsLoad(UserData data, Origin origin, Path movedAside, List<String> messages) {
    public enum Origin {
        /** Read from settings.json (possibly with a few values reset, see messages). */
        FILE,
        /** settings.json was unusable; the previous version, settings.json.bak, was used. */
        BACKUP,
        /** First run, or nothing usable was found. */
        DEFAULTS
    }

    public SettingsLoad {
        messages = List.copyOf(messages);
    }

    public boolean hasMessages() {
        return !messages.isEmpty();
    }
}
