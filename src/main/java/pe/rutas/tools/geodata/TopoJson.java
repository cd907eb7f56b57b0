package pe.rutas.tools.geodata;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Decodes polygons of a TopoJSON topology (format 1.0) into JTS geometry, x = longitude,
 * y = latitude. Arcs of a quantized topology are delta-encoded integers: position k of an arc is
 * the running sum of its first k+1 pairs, mapped through {@code transform} as
 * {@code x * scale[0] + translate[0]}, {@code y * scale[1] + translate[1]}. A ring lists arc
 * indexes; index {@code ~i} (i.e. {@code -i-1}) means arc i reversed; consecutive arcs share their
 * joining point, which is kept once.
 */
public final class TopoJson {
    /** One geometry object of a GeometryCollection: its id, properties and decoded geometry. */
    public record Item(String id, JsonObject properties, Geometry geometry) {
    }

    private final JsonArray arcs;
    private final double sx, sy, tx, ty;
    private final boolean quantized;
    private final GeometryFactory factory;
    private final Coordinate[][] decoded;
    private final JsonObject topologyObjects;

    public TopoJson(JsonObject topology, GeometryFactory factory) {
        if (!"Topology".equals(str(topology.get("type")))) {
            throw new IllegalArgumentException("not a TopoJSON Topology: type is " + topology.get("type"));
        }
        this.arcs = topology.getAsJsonArray("arcs");
        this.factory = factory;
        JsonObject transform = topology.has("transform") ? topology.getAsJsonObject("transform") : null;
        quantized = transform != null;
        if (quantized) {
            JsonArray scale = transform.getAsJsonArray("scale");
            JsonArray translate = transform.getAsJsonArray("translate");
            sx = scale.get(0).getAsDouble();
            sy = scale.get(1).getAsDouble();
            tx = translate.get(0).getAsDouble();
            ty = translate.get(1).getAsDouble();
        } else {
            sx = sy = 1;
            tx = ty = 0;
        }
        decoded = new Coordinate[arcs.size()][];
        this.topologyObjects = topology.getAsJsonObject("objects");
    }

    /**
     * The Polygon and MultiPolygon members of the GeometryCollection {@code objects[name]} whose
     * id {@code wanted} accepts. Rings that quantization collapsed to fewer than four positions
     * are dropped (a polygon whose exterior collapsed is dropped whole).
     */
    public List<Item> polygons(String objectName, java.util.function.Predicate<String> wanted) {
        JsonObject collection = topologyObjects.getAsJsonObject(objectName);
        if (collection == null) {
            throw new IllegalArgumentException("topology has no object \"" + objectName + "\"");
        }
        List<Item> out = new ArrayList<>();
        for (JsonElement e : collection.getAsJsonArray("geometries")) {
            JsonObject g = e.getAsJsonObject();
            String type = str(g.get("type"));
            JsonObject props = g.has("properties") ? g.getAsJsonObject("properties") : new JsonObject();
            String id = g.has("id") ? str(g.get("id")) : null;
            if (!wanted.test(id)) continue;
            Geometry geometry;
            if ("Polygon".equals(type)) {
                geometry = polygon(g.getAsJsonArray("arcs"));
            } else if ("MultiPolygon".equals(type)) {
                JsonArray polys = g.getAsJsonArray("arcs");
                List<Polygon> ps = new ArrayList<>();
                for (JsonElement p : polys) {
                    Polygon polygon = polygon(p.getAsJsonArray());
                    if (polygon != null) ps.add(polygon);
                }
                geometry = factory.createMultiPolygon(ps.toArray(Polygon[]::new));
            } else {
                continue;
            }
            if (geometry != null) out.add(new Item(id, props, geometry));
        }
        return out;
    }

    private Polygon polygon(JsonArray rings) {
        LinearRing shell = ring(rings.get(0).getAsJsonArray());
        if (shell == null) return null;
        List<LinearRing> holes = new ArrayList<>();
        for (int i = 1; i < rings.size(); i++) {
            LinearRing hole = ring(rings.get(i).getAsJsonArray());
            if (hole != null) holes.add(hole);
        }
        return factory.createPolygon(shell, holes.toArray(LinearRing[]::new));
    }

    private LinearRing ring(JsonArray arcIndexes) {
        List<Coordinate> pts = new ArrayList<>();
        for (JsonElement e : arcIndexes) {
            int index = e.getAsInt();
            Coordinate[] arc = arc(index < 0 ? ~index : index);
            boolean reversed = index < 0;
            for (int k = 0; k < arc.length; k++) {
                Coordinate c = arc[reversed ? arc.length - 1 - k : k];
                if (k == 0 && !pts.isEmpty()) continue;
                pts.add(new Coordinate(c));
            }
        }
        if (!pts.get(0).equals2D(pts.get(pts.size() - 1))) {
            throw new IllegalArgumentException("TopoJSON ring does not close: arcs " + arcIndexes);
        }
        return pts.size() < 4 ? null : factory.createLinearRing(pts.toArray(Coordinate[]::new));
    }

    /** Arc i in absolute coordinates, decoded once. */
    Coordinate[] arc(int i) {
        Coordinate[] c = decoded[i];
        if (c != null) return c;
        JsonArray points = arcs.get(i).getAsJsonArray();
        c = new Coordinate[points.size()];
        double x = 0, y = 0;
        for (int k = 0; k < c.length; k++) {
            JsonArray p = points.get(k).getAsJsonArray();
            if (quantized) {
                x += p.get(0).getAsLong();
                y += p.get(1).getAsLong();
                c[k] = new Coordinate(x * sx + tx, y * sy + ty);
            } else {
                c[k] = new Coordinate(p.get(0).getAsDouble(), p.get(1).getAsDouble());
            }
        }
        decoded[i] = c;
        return c;
    }

    private static String str(JsonElement e) {
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }
}
