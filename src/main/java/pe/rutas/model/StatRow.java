package pe.rutas.model;

/**
 * One row of a printed table.
 *
 * @param key     ISO 3166-2:PE code when the row is a department, else a slug (e.g. "total")
 * @param label   the row label as the source prints it (e.g. "Cuzco")
 * @param value   the printed count, or null if none is printed
 * @param percent the printed percentage (e.g. 27.4), or null if none is printed
 * @param note    editorial note, or ""
 */
public record StatRow(String key, String label, Double value, Double percent, String note) {
    public StatRow {
        key = Text.orEmpty(key);
        label = Text.orEmpty(label);
        note = Text.orEmpty(note);
    }

    /** True when the row is keyed by an ISO 3166-2:PE department code. */
    public boolean isDepartment() {
        return key.startsWith("PE-");
    }
}
