package pe.rutas.export;

import java.util.List;
import java.util.Objects;
import pe.rutas.model.FeatureRef;

/**
 * A feature shown in the exported frame together with the ids of the sources its citations
 * name (route segments, figures and notes included), and the periods its figures cover as the
 * data prints them ("2009–2010", "Dec 2009 – Dec 2010"; may be empty).
 */
public record CitedFeature(FeatureRef ref, List<String> sourceIds, List<String> periods) {
    public CitedFeature {
        Objects.requireNonNull(ref, "ref");
        sourceIds = List.copyOf(sourceIds);
        periods = periods == null ? List.of() : List.copyOf(periods);
    }

    public CitedFeature(FeatureRef ref, List<String> sourceIds) {
        this(ref, sourceIds, List.of());
    }
}
