package pe.rutas.io;

import java.util.List;
import pe.rutas.model.GeoFeature;

/** The features of one GeoJSON file that could be read, and the problems with the rest. */
public record FeatureCollection(String file, List<GeoFeature> features, List<LoadProblem> problems) {
    public FeatureCollection {
        features = List.copyOf(features);
        problems = List.copyOf(problems);
    }

    public boolean clean() {
        return problems.isEmpty();
    }
}
