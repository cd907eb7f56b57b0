package pe.rutas.model;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * A country drawn for context around Peru (Peru itself included), clipped to the map's box.
 *
 * @param isoA2    ISO 3166-1 alpha-2 code, e.g. {@code "EC"}
 * @param isoA3    ISO 3166-1 alpha-3 code, e.g. {@code "ECU"}
 * @param name     English short name, e.g. {@code "Brazil"}
 * @param nameEs   Spanish short name, e.g. {@code "Brasil"}
 * @param geometry Polygon or MultiPolygon, x = longitude, y = latitude (WGS84 degrees); only the
 *                 part inside the box of {@code geodata/countries.geojson}
 *
 * <p>Immutable; thread-safe as long as nobody mutates the JTS geometry.
 */
public record Country(String isoA2, String isoA3, String name, String nameEs, Geometry geometry) {
    public Country {
        Objects.requireNonNull(isoA2, "isoA2");
        Objects.requireNonNull(isoA3, "isoA3");
        Objects.requireNonNull(geometry, "geometry");
        name = name == null ? "" : name;
        nameEs = nameEs == null ? "" : nameEs;
    }
}
