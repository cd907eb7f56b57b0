package pe.rutas.io;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import pe.rutas.model.GeoFeature;
import pe.rutas.model.GeometryKind;

/**
 * The result of loading a user's own GeoJSON file as an extra layer: what loaded, and every
 * problem (skipped features, warnings, or the one reason the file could not be used).
 *
 * @param file     the file as the user named it
 * @param status   overall outcome; see {@link Status}
 * @param features the features that loaded (empty unless status is CLEAN or PROBLEMS)
 * @param problems in file order: file-level problems (feature index -1) and per-feature ones
 */
public record UserLayerLoad(String file, Status status, List<GeoFeature> features, List<LoadProblem> problems) {

    public enum Status {
        /** Everything loaded and nothing looks suspicious. */
        CLEAN,
        /** Some features loaded; others were skipped, or there are warnings. */
        PROBLEMS,
        /** The file cannot be used at all (missing, binary, not JSON, not GeoJSON, too large). */
        UNUSABLE,
        /** The user cancelled; nothing is kept. */
        CANCELLED
    }

    public UserLayerLoad {
        features = List.copyOf(features);
        problems = List.copyOf(problems);
    }

    /** Number of loaded features of each geometry kind (all kinds present, zero when none). */
    public Map<GeometryKind, Integer> counts() {
        Map<GeometryKind, Integer> counts = new EnumMap<>(GeometryKind.class);
        for (GeometryKind k : GeometryKind.values()) counts.put(k, 0);
        for (GeoFeature f : features) counts.merge(GeometryKind.of(f.geometry()), 1, Integer::sum);
        return counts;
    }

    public List<LoadProblem> errors() {
        return problems.stream().filter(p -> p.severity() == LoadProblem.Severity.ERROR).toList();
    }

    public List<LoadProblem> warnings() {
        return problems.stream().filter(p -> p.severity() == LoadProblem.Severity.WARNING).toList();
    }
}
