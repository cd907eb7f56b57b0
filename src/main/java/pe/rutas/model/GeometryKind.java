package pe.rutas.model;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.Puntal;

/** What a feature draws as: marks, lines or areas; {@code MIXED} for a collection of several. */
public enum GeometryKind {
    POINT, LINE, POLYGON, MIXED;

    public static GeometryKind of(Geometry g) {
        if (g instanceof Puntal) return POINT;
        if (g instanceof Lineal) return LINE;
        if (g instanceof Polygonal) return POLYGON;
        GeometryKind kind = null;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part == g) return MIXED;
            GeometryKind k = of(part);
            if (kind != null && k != kind) return MIXED;
            kind = k;
        }
        return kind == null ? MIXED : kind;
    }
}
