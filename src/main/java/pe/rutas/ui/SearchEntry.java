package pe.rutas.ui;

import java.util.Objects;
import pe.rutas.model.FeatureRef;

/**
 * One searchable feature: its reference and its names in English and Spanish (either may be
 * empty; at least one is not).
 */
public record SearchEntry(FeatureRef ref, String name, String nameEs) {
    public SearchEntry {
        Objects.requireNonNull(ref, "ref");
        name = name == null ? "" : name;
        nameEs = nameEs == null ? "" : nameEs;
    }
}
