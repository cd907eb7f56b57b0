package pe.rutas.model;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * A first-level administrative unit of Peru: one of the 24 departments (regions), the
 * Constitutional Province of Callao, or Lima Metropolitana (which ISO 3166-2 lists apart from
 * the Lima region).
 *
 * @param iso         ISO 3166-2:PE code, e.g. {@code "PE-PUN"}; the unit's identity
 * @param name        official Spanish name with accents, e.g. {@code "Junín"}
 * @param nameEn      English name ({@code ""} if unknown)
 * @param capitalName the capital's name in Spanish, e.g. {@code "Puerto Maldonado"}
 * @param capital     the capital's location, JTS x = longitude, y = latitude (WGS84 degrees)
 * @param neAdm1Code  Natural Earth {@code adm1_code} of the source polygon, e.g. {@code "PER-573"}
 * @param geometry    Polygon or MultiPolygon, x = longitude, y = latitude (WGS84 degrees)
 *
 * <p>Immutable; thread-safe as long as nobody mutates the JTS geometries.
 */
public record Department(String iso, String name, String nameEn, String capitalName, Point capital,
                         String neAdm1Code, Geometry geometry) {
    public Department {
        Objects.requireNonNull(iso, "iso");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(geometry, "geometry");
        nameEn = nameEn == null ? "" : nameEn;
        capitalName = capitalName == null ? "" : capitalName;
        neAdm1Code = neAdm1Code == null ? "" : neAdm1Code;
    }
}
