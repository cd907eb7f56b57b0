package pe.rutas.ui;

/**
 * The map layers the UI can switch, in drawing order from bottom to top. The app maps these
 * to the map package's layer ids; the message key of each layer's name is
 * {@code layer.<lower-case name>}.
 */
public enum LayerKey {
    DEPARTMENTS, CHOROPLETH, ROUTES, FLOWS, HOTSPOTS, PLACES;

    public String messageKey() { return "layer." + name().toLowerCase(java.util.Locale.ROOT); }
}
