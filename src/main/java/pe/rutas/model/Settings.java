package pe.rutas.model;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The user's preferences, persisted between runs. Immutable; change with the {@code with…} methods.
 *
 * @param language      "en", "es", or "" to follow the system locale
 * @param theme         "default" or "high-contrast"
 * @param fontScale     multiplier of the base font size, {@value #MIN_FONT_SCALE}..{@value #MAX_FONT_SCALE}
 * @param onlineBasemap whether OSM tiles may be fetched (off: no network at all)
 * @param lastTour      id of the last presenter tour shown, "" for none
 * @param layers        per map layer (keyed by the layer id's name, e.g. "ROUTES"): visibility and opacity
 * @param animations    whether map transitions are animated
 */
public record Settings(String language, String theme, double fontScale, boolean onlineBasemap, String lastTour,
                       Map<String, LayerSetting> layers, boolean animations) {
    public static final Set<String> LANGUAGES = Set.of("", "en", "es");
    public static final Set<String> THEMES = Set.of("default", "high-contrast");
    public static final double MIN_FONT_SCALE = 0.5;
    public static final double MAX_FONT_SCALE = 3.0;

    public Settings {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(lastTour, "lastTour");
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("language must be one of " + LANGUAGES + ", was \"" + language + "\"");
        }
        if (!THEMES.contains(theme)) {
            throw new IllegalArgumentException("theme must be one of " + THEMES + ", was \"" + theme + "\"");
        }
        if (!(fontScale >= MIN_FONT_SCALE && fontScale <= MAX_FONT_SCALE)) {
            throw new IllegalArgumentException("font scale must be within " + MIN_FONT_SCALE + ".." + MAX_FONT_SCALE + ", was " + fontScale);
        }
        layers = layers == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(layers));
    }

    public static Settings defaults() {
        return new Settings("", "default", 1.0, false, "", Map.of(), true);
    }

    public Settings withLanguage(String v) {
        return new Settings(v, theme, fontScale, onlineBasemap, lastTour, layers, animations);
    }

    public Settings withTheme(String v) {
        return new Settings(language, v, fontScale, onlineBasemap, lastTour, layers, animations);
    }

    public Settings withFontScale(double v) {
        return new Settings(language, theme, v, onlineBasemap, lastTour, layers, animations);
    }

    public Settings withOnlineBasemap(boolean v) {
        return new Settings(language, theme, fontScale, v, lastTour, layers, animations);
    }

    public Settings withLastTour(String v) {
        return new Settings(language, theme, fontScale, onlineBasemap, v, layers, animations);
    }

    public Settings withAnimations(boolean v) {
        return new Settings(language, theme, fontScale, onlineBasemap, lastTour, layers, v);
    }

    public Settings withLayer(String layerId, LayerSetting setting) {
        Map<String, LayerSetting> m = new TreeMap<>(layers);
        m.put(layerId, setting);
        return new Settings(language, theme, fontScale, onlineBasemap, lastTour, m, animations);
    }
}
