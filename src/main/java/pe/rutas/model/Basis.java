package pe.rutas.model;

/**
 * What a drawn route segment rests on. {@link #DOCUMENTED}: a seed states this movement between
 * these two places (e.g. Iquitos to Yurimaguas by riverboat). {@link #SCHEMATIC}: a line the
 * project draws to connect a route's destinations; the source names the places, not the path.
 */
public enum Basis {
    DOCUMENTED, SCHEMATIC;

    /** The lower-case form used in the data files ("documented", "schematic"). */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
