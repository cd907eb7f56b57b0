package pe.rutas.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import pe.rutas.model.UserData;

/**
 * What {@link SettingsStore#load()} found.
 *
 * @param data       the settings and views to start with (never null)
 * @param origin     where they came from
 * @param movedAside where an unreadable settings file was moved, or null
 * @param notices    sentences to show the user once (empty on a normal start), in either language
 */
public record SettingsLoad(UserData data, Origin origin, Path movedAside, List<Message> notices) {
    public enum Origin {
        /** Read from settings.json (possibly with a few values reset, see messages). */
        FILE,
        /** settings.json was unusable; the previous version, settings.json.bak, was used. */
        BACKUP,
        /** First run, or nothing usable was found. */
        DEFAULTS
    }

    public SettingsLoad {
        notices = List.copyOf(notices);
    }

    public boolean hasMessages() {
        return !notices.isEmpty();
    }

    /** The notices in English. */
    public List<String> messages() {
        return messages(Locale.ENGLISH);
    }

    /** The notices in the language of {@code locale} (Spanish or English). */
    public List<String> messages(Locale locale) {
        return notices.stream().map(m -> m.text(locale)).toList();
    }
}
