package pe.rutas.tools.geodata;

import java.util.Map;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes GeoJSON text byte-for-byte reproducibly: one feature per line, properties in the order
 * given, every number with exactly five decimals (about 1 m), polygon exteriors counter-clockwise
 * and holes clockwise (RFC 7946 §3.1.6), rings starting at their lowest vertex, parts of a
 * MultiPolygon in JTS normal order. UTF-8 text is written as is; only JSON's required escapes are
 * used. Lines end with {@code \n}.
 */
final class GeoJsonText {
    static final int DECIMALS = 5;
    private static final long SCALE = 100_000L;

    private final StringBuilder out = new StringBuilder();
    private boolean first = true;

    GeoJsonText() {
        out.append("{\"type\":\"FeatureCollection\",\"features\":[\n");
    }

    /** Appends a feature; {@code properties} values may be String, Number, double[] or Map. */
    GeoJsonText feature(String id, Map<String, Object> properties, Geometry geometry) {
        if (!first) out.append(",\n");
        first = false;
        out.append("{\"type\":\"Feature\",\"id\":");
        string(id);
        out.append(",\"properties\":");
        value(properties);
        out.append(",\"geometry\":");
        geometry(geometry);
        out.append('}');
        return this;
    }

    String finish() {
        out.append("\n]}\n");
        return out.toString();
    }

    private void value(Object v) {
        if (v instanceof String s) {
            string(s);
        } else if (v instanceof Double d) {
            number(d);
        } else if (v instanceof Integer || v instanceof Long) {
            out.append(v);
        } else if (v instanceof double[] a) {
            out.append('[');
            for (int i = 0; i < a.length; i++) {
                if (i > 0) out.append(',');
                number(a[i]);
            }
            out.append(']');
        } else if (v instanceof Map<?, ?> m) {
            out.append('{');
            boolean firstKey = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!firstKey) out.append(',');
                firstKey = false;
                string((String) e.getKey());
                out.append(':');
                value(e.getValue());
            }
            out.append('}');
        } else if (v == null) {
            out.append("null");
        } else {
            throw new IllegalArgumentException("cannot write " + v.getClass());
        }
    }

    private void geometry(Geometry g) {
        Geometry n = g.copy();
        n.normalize();
        if (n instanceof Polygon p) {
            out.append("{\"type\":\"Polygon\",\"coordinates\":");
            polygon(p);
        } else if (n.getGeometryType().equals(Geometry.TYPENAME_MULTIPOLYGON)) {
            out.append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
            for (int i = 0; i < n.getNumGeometries(); i++) {
                if (i > 0) out.append(',');
                polygon((Polygon) n.getGeometryN(i));
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("only polygons are written here, got " + n.getGeometryType());
        }
        out.append('}');
    }

    private void polygon(Polygon p) {
        out.append('[');
        ring(p.getExteriorRing(), true);
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            out.append(',');
            ring(p.getInteriorRingN(i), false);
        }
        out.append(']');
    }

    private void ring(LineString ring, boolean counterClockwise) {
        Coordinate[] c = ring.getCoordinates();
        boolean reverse = Orientation.isCCW(c) != counterClockwise;
        out.append('[');
        for (int i = 0; i < c.length; i++) {
            Coordinate p = c[reverse ? c.length - 1 - i : i];
            if (i > 0) out.append(',');
            out.append('[');
            number(p.x);
            out.append(',');
            number(p.y);
            out.append(']');
        }
        out.append(']');
    }

    private void number(double d) {
        if (!Double.isFinite(d)) throw new IllegalArgumentException("not a finite number: " + d);
        long v = Math.round(d * SCALE);
        if (v < 0) {
            out.append('-');
            v = -v;
        }
        out.append(v / SCALE).append('.');
        String frac = Long.toString(v % SCALE);
        out.append("0".repeat(DECIMALS - frac.length())).append(frac);
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20) out.append(String.format("\\u%04x", (int) ch));
                    else out.append(ch);
                }
            }
        }
        out.append('"');
    }
}
