package pe.rutas.io;

import java.util.List;
import java.util.Map;
import pe.rutas.model.GeoFeature;

/**
 * The features of one GeoJSON file that could be read, and the problems with the rest.
 *
 * @param lines 1-based line where each loaded feature starts, keyed by its feature index
 *              (may be empty when unknown)
 */
public record FeatureCollection(String file, List<GeoFeature> features, List<LoadProblem> problems,
                                Map<Integer, Integer> lines) {
    public FeatureCollection {
        features = List.copyOf(features);
        problems = List.copyOf(problems);
        lines = lines == null ? Map.of() : Map.copyOf(lines);
    }

    public FeatureCollection(String file, List<GeoFeature> features, List<LoadProblem> problems) {
        this(file, features, problems, Map.of());
    }

    public boolean clean() {
        return problems.isEmpty();
    }

    /** Line where the feature with this index starts, or -1 when unknown. */
    public int line(int featureIndex) {
        return lines.getOrDefault(featureIndex, -1);
    }
}
