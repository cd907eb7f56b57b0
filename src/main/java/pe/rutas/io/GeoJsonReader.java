package pe.rutas.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import pe.rutas.model.GeoFeature;

/**
 * Reads RFC 7946 GeoJSON into {@link GeoFeature}s with JTS geometry (x = longitude,
 * y = latitude). Bad features are skipped and reported with their index and line; the file
 * fails as a whole only when it is not usable at all (missing, not JSON, wrong top-level type,
 * too large, nested too deeply).
 *
 * <p>Not thread-safe per instance only in the sense of its limits being mutable config; one
 * reader per load is cheap. No JavaFX.
 */
public final class GeoJsonReader {
    /** Default ceiling on file size: 256 MiB keeps a hostile file from exhausting memory. */
    public static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;
    /** Default ceiling on feature count. */
    public static final int DEFAULT_MAX_FEATURES = 2_000_000;
    /** GeoJSON needs at most 6 levels for a MultiPolygon inside a FeatureCollection; properties may nest a little more. */
    private static final int NESTING_LIMIT = 64;
    private static final Pattern LINE = Pattern.compile("line (\\d+)");

    private final GeometryFactory factory;
    private final long maxBytes;
    private final int maxFeatures;

    public GeoJsonReader() {
        this(new GeometryFactory(), DEFAULT_MAX_BYTES, DEFAULT_MAX_FEATURES);
    }

    public GeoJsonReader(GeometryFactory factory, long maxBytes, int maxFeatures) {
        this.factory = factory;
        this.maxBytes = maxBytes;
        this.maxFeatures = maxFeatures;
    }

    public GeometryFactory factory() {
        return factory;
    }

    /** Reads a file from disk; the file's path is used in every message. */
    public FeatureCollection read(Path path) throws DataFileException {
        String name = path.toString();
        long size;
        try {
            size = Files.size(path);
        } catch (NoSuchFileException e) {
            throw new DataFileException(name, -1, "file not found", e);
        } catch (IOException e) {
            throw new DataFileException(name, -1, "cannot read file (" + e.getMessage() + ")", e);
        }
        if (size > maxBytes) {
            throw new DataFileException(name, "file is " + (size >> 20) + " MiB, over the limit of " + (maxBytes >> 20) + " MiB");
        }
        if (size == 0) {
            throw new DataFileException(name, "file is empty");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return read(name, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DataFileException(name, -1, "cannot read file (" + e.getMessage() + ")", e);
        }
    }

    /** Reads GeoJSON text; {@code file} names it in messages. The reader is not closed. */
    public FeatureCollection read(String file, Reader text) throws DataFileException {
        JsonReader json = new JsonReader(text);
        json.setStrictness(Strictness.STRICT);
        json.setNestingLimit(NESTING_LIMIT);
        List<GeoFeature> features = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        try {
            if (json.peek() != JsonToken.BEGIN_OBJECT) {
                throw new DataFileException(file, lineOf(json), "not GeoJSON: the top level is not a JSON object", null);
            }
            json.beginObject();
            String type = null;
            boolean sawFeatures = false;
            JsonObject single = new JsonObject();
            while (json.hasNext()) {
                String key = json.nextName();
                if (key.equals("features") && json.peek() == JsonToken.BEGIN_ARRAY) {
                    sawFeatures = true;
                    json.beginArray();
                    int index = 0;
                    while (json.hasNext()) {
                        if (index >= maxFeatures) {
                            throw new DataFileException(file, lineOf(json), "more than " + maxFeatures + " features; the rest were not read", null);
                        }
                        int line = lineOf(json);
                        JsonElement element = JsonParser.parseReader(json);
                        readFeature(file, index, line, element, features, problems);
                        index++;
                    }
                    json.endArray();
                } else {
                    JsonElement value = JsonParser.parseReader(json);
                    if (key.equals("type") && value.isJsonPrimitive()) {
                        type = value.getAsString();
                    }
                    single.add(key, value);
                }
            }
            json.endObject();
            if (json.peek() != JsonToken.END_DOCUMENT) {
                throw new DataFileException(file, lineOf(json), "unexpected content after the GeoJSON object", null);
            }
            if (type == null) {
                throw new DataFileException(file, "not GeoJSON: no \"type\" member at the top level");
            }
            switch (type) {
                case "FeatureCollection" -> {
                    if (!sawFeatures) {
                        throw new DataFileException(file, "FeatureCollection without a \"features\" array");
                    }
                }
                case "Feature" -> readFeature(file, 0, 1, single, features, problems);
                case "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection" -> {
                    JsonObject wrapped = new JsonObject();
                    wrapped.addProperty("type", "Feature");
                    wrapped.add("geometry", single);
                    wrapped.add("properties", new JsonObject());
                    readFeature(file, 0, 1, wrapped, features, problems);
                }
                default -> throw new DataFileException(file, "not GeoJSON: unknown top-level type \"" + type + "\"");
            }
            return new FeatureCollection(file, features, problems);
        } catch (MalformedJsonException | JsonParseException e) {
            throw new DataFileException(file, lineOf(e.getMessage()), "malformed JSON: " + firstSentence(e.getMessage()), e);
        } catch (IllegalStateException e) {
            throw new DataFileException(file, lineOf(e.getMessage()), "not GeoJSON: " + firstSentence(e.getMessage()), e);
        } catch (java.io.EOFException e) {
            throw new DataFileException(file, lineOf(json), "file ends too early (truncated JSON)", e);
        } catch (IOException e) {
            throw new DataFileException(file, lineOf(json), "cannot read: " + e.getMessage(), e);
        } catch (StackOverflowError e) {
            throw new DataFileException(file, -1, "JSON nested too deeply", null);
        }
    }

    private void readFeature(String file, int index, int line, JsonElement element,
                             List<GeoFeature> out, List<LoadProblem> problems) {
        try {
            if (!element.isJsonObject()) {
                throw new FeatureProblem("feature is not a JSON object");
            }
            JsonObject obj = element.getAsJsonObject();
            JsonElement type = obj.get("type");
            if (type == null || !type.isJsonPrimitive() || !"Feature".equals(type.getAsString())) {
                throw new FeatureProblem("\"type\" is " + (type == null ? "missing" : type) + ", expected \"Feature\"");
            }
            JsonElement geometryJson = obj.get("geometry");
            if (geometryJson == null || geometryJson.isJsonNull()) {
                throw new FeatureProblem("geometry is null");
            }
            Geometry geometry = geometry(geometryJson, 0);
            if (geometry.isEmpty()) {
                throw new FeatureProblem("geometry is empty");
            }
            Map<String, Object> props = new LinkedHashMap<>();
            JsonElement propsJson = obj.get("properties");
            if (propsJson != null && propsJson.isJsonObject()) {
                for (Map.Entry<String, JsonElement> e : propsJson.getAsJsonObject().entrySet()) {
                    props.put(e.getKey(), plain(e.getValue()));
                }
            } else if (propsJson != null && !propsJson.isJsonNull()) {
                throw new FeatureProblem("\"properties\" must be an object or null");
            }
            JsonElement idJson = obj.get("id");
            String id = idJson != null && idJson.isJsonPrimitive() ? idJson.getAsString() : null;
            out.add(new GeoFeature(index, id, geometry, props));
        } catch (FeatureProblem p) {
            problems.add(new LoadProblem(file, index, line, LoadProblem.Severity.ERROR, p.getMessage()));
        }
    }

    private Geometry geometry(JsonElement json, int depth) throws FeatureProblem {
        if (!json.isJsonObject()) {
            throw new FeatureProblem("geometry is not an object");
        }
        JsonObject g = json.getAsJsonObject();
        JsonElement typeJson = g.get("type");
        if (typeJson == null || !typeJson.isJsonPrimitive()) {
            throw new FeatureProblem("geometry has no \"type\"");
        }
        String type = typeJson.getAsString();
        if (type.equals("GeometryCollection")) {
            if (depth > 0) {
                throw new FeatureProblem("nested GeometryCollection is not supported");
            }
            JsonArray parts = array(g.get("geometries"), "geometries");
            Geometry[] geoms = new Geometry[parts.size()];
            for (int i = 0; i < geoms.length; i++) {
                geoms[i] = geometry(parts.get(i), depth + 1);
            }
            return factory.createGeometryCollection(geoms);
        }
        JsonElement coords = g.get("coordinates");
        if (coords == null || coords.isJsonNull()) {
            throw new FeatureProblem(type + " has no coordinates");
        }
        return switch (type) {
            case "Point" -> factory.createPoint(position(coords));
            case "MultiPoint" -> factory.createMultiPoint(positions(coords, 1).stream().map(factory::createPoint).toArray(Point[]::new));
            case "LineString" -> line(coords);
            case "MultiLineString" -> {
                JsonArray lines = array(coords, "MultiLineString coordinates");
                LineString[] ls = new LineString[lines.size()];
                for (int i = 0; i < ls.length; i++) ls[i] = line(lines.get(i));
                yield factory.createMultiLineString(ls);
            }
            case "Polygon" -> polygon(coords);
            case "MultiPolygon" -> {
                JsonArray polys = array(coords, "MultiPolygon coordinates");
                Polygon[] ps = new Polygon[polys.size()];
                for (int i = 0; i < ps.length; i++) ps[i] = polygon(polys.get(i));
                yield factory.createMultiPolygon(ps);
            }
            default -> throw new FeatureProblem("unknown geometry type \"" + type + "\"");
        };
    }

    private LineString line(JsonElement coords) throws FeatureProblem {
        List<Coordinate> pts = positions(coords, 2);
        return factory.createLineString(pts.toArray(Coordinate[]::new));
    }

    private Polygon polygon(JsonElement coords) throws FeatureProblem {
        JsonArray rings = array(coords, "Polygon coordinates");
        if (rings.isEmpty()) {
            throw new FeatureProblem("Polygon has no rings");
        }
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) holes[i - 1] = ring(rings.get(i));
        return factory.createPolygon(shell, holes);
    }

    private LinearRing ring(JsonElement coords) throws FeatureProblem {
        List<Coordinate> pts = positions(coords, 4);
        if (!pts.get(0).equals2D(pts.get(pts.size() - 1))) {
            throw new FeatureProblem("polygon ring is not closed (first and last positions differ)");
        }
        return factory.createLinearRing(pts.toArray(Coordinate[]::new));
    }

    private List<Coordinate> positions(JsonElement json, int min) throws FeatureProblem {
        JsonArray arr = array(json, "coordinates");
        if (arr.size() < min) {
            throw new FeatureProblem("needs at least " + min + " positions, has " + arr.size());
        }
        List<Coordinate> out = new ArrayList<>(arr.size());
        for (JsonElement e : arr) out.add(position(e));
        return out;
    }

    private static Coordinate position(JsonElement json) throws FeatureProblem {
        if (!json.isJsonArray()) {
            throw new FeatureProblem("a position must be an array [lon, lat], found " + abbreviate(json));
        }
        JsonArray a = json.getAsJsonArray();
        if (a.size() < 2) {
            throw new FeatureProblem("a position needs two numbers [lon, lat], found " + abbreviate(json));
        }
        double lon = number(a.get(0));
        double lat = number(a.get(1));
        if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
            throw new FeatureProblem("position " + abbreviate(json) + " is outside WGS84 longitude/latitude range; "
                    + "GeoJSON must use degrees (projected coordinates?)");
        }
        return new Coordinate(lon, lat);
    }

    private static double number(JsonElement e) throws FeatureProblem {
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber()) {
            double d = e.getAsDouble();
            if (Double.isFinite(d)) return d;
        }
        throw new FeatureProblem("coordinate " + abbreviate(e) + " is not a finite number");
    }

    private static JsonArray array(JsonElement e, String what) throws FeatureProblem {
        if (e == null || !e.isJsonArray()) {
            throw new FeatureProblem(what + " must be an array, found " + (e == null ? "nothing" : abbreviate(e)));
        }
        return e.getAsJsonArray();
    }

    /** Converts a JSON value to plain Java values (see {@link GeoFeature}). */
    static Object plain(JsonElement e) {
        if (e == null || e.isJsonNull()) return null;
        if (e.isJsonPrimitive()) {
            JsonPrimitive p = e.getAsJsonPrimitive();
            if (p.isBoolean()) return p.getAsBoolean();
            if (p.isNumber()) return p.getAsDouble();
            return p.getAsString();
        }
        if (e.isJsonArray()) {
            List<Object> list = new ArrayList<>();
            for (JsonElement x : e.getAsJsonArray()) list.add(plain(x));
            return java.util.Collections.unmodifiableList(list);
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> x : e.getAsJsonObject().entrySet()) map.put(x.getKey(), plain(x.getValue()));
        return java.util.Collections.unmodifiableMap(map);
    }

    private static String abbreviate(JsonElement e) {
        String s = e.toString();
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }

    private static int lineOf(JsonReader json) {
        return lineOf(json.toString());
    }

    private static int lineOf(String message) {
        if (message == null) return -1;
        Matcher m = LINE.matcher(message);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static String firstSentence(String message) {
        if (message == null) return "unknown error";
        int cut = message.indexOf("\nSee ");
        String s = cut > 0 ? message.substring(0, cut) : message;
        return s.replaceAll(" at line \\d+ column \\d+ path \\S+", "").trim();
    }

    /** A problem confined to one feature: it is skipped, the rest load. */
    private static final class FeatureProblem extends Exception {
        FeatureProblem(String message) {
            super(message, null, false, false);
        }
    }
}
