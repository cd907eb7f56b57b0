package pe.rutas.ui;

import java.util.List;
import java.util.Objects;

/** The two looks of the app; each is a list of stylesheets applied to the scene. */
public enum Theme {
    DEFAULT("rutas.css"),
    HIGH_CONTRAST("rutas.css", "rutas-high-contrast.css");

    private final List<String> files;

    Theme(String... files) { this.files = List.of(files); }

    /** External forms of the stylesheet URLs, for {@code Scene.getStylesheets()}. */
    public List<String> stylesheets() {
        return files.stream()
                .map(f -> Objects.requireNonNull(Theme.class.getResource(f), "missing stylesheet " + f).toExternalForm())
                .toList();
    }

    public String messageKey() { return "theme." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'); }
}
