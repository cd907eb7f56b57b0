package pe.rutas.export;

import java.util.Objects;

/**
 * What the source line needs to know about one source: its catalog id, a short name for print
 * ("PUCP Legal Clinic", "InSight Crime") and its year of publication (null when the text shows
 * none).
 */
public record SourceInfo(String id, String shortName, Integer year) {
    public SourceInfo {
        Objects.requireNonNull(id, "id");
        shortName = shortName == null || shortName.isBlank() ? id : shortName.strip();
    }
}
