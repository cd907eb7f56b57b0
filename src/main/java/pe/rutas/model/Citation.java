package pe.rutas.model;

import java.util.Objects;

/**
 * A pointer from a mark on the map to the evidence behind it: a source id from
 * {@code geodata/sources.json}, a locator inside that source (section, table or paragraph
 * subject), and an optional editorial note (empty, never null).
 */
public record Citation(String source, String locator, String note) {
    public Citation {
        Objects.requireNonNull(source, "source");
        locator = locator == null ? "" : locator;
        note = note == null ? "" : note;
    }

    public boolean hasNote() {
        return !note.isBlank();
    }
}
