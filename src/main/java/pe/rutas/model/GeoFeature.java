package pe.rutas.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature of a GeoJSON file as read from disk, before it is turned into a domain record.
 *
 * <p>{@code index} is the zero-based position in the file's {@code features} array, so that
 * problems can name it. Geometry coordinates are GeoJSON order: JTS x = longitude,
 * y = latitude, WGS84 degrees. Property values are plain Java values only: {@link String},
 * {@link Double}, {@link Boolean}, {@link List}, {@link Map} (string keys) or {@code null}.
 * Immutable and thread-safe once built.
 */
public record GeoFeature(int index, String id, Geometry geometry, Map<String, Object> properties) {
    public GeoFeature {
        properties = properties == null ? Map.of() : java.util.Collections.unmodifiableMap(properties);
    }

    public Optional<String> string(String key) {
        Object v = properties.get(key);
        return v instanceof String s ? Optional.of(s) : Optional.empty();
    }

    public Optional<Double> number(String key) {
        Object v = properties.get(key);
        return v instanceof Double d ? Optional.of(d) : Optional.empty();
    }

    @SuppressWarnings("unchecked")
    public List<Object> list(String key) {
        Object v = properties.get(key);
        return v instanceof List<?> l ? (List<Object>) l : List.of();
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> map(String key) {
        Object v = properties.get(key);
        return v instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
