package pe.rutas.io;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
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
 * fails as a whole only when it is not usable at all (missing, binary, not UTF-8, not JSON,
 * wrong top-level type, too large, nested too deeply, cancelled).
 *
 * <p>Hostile input is bounded: the text may not exceed {@code maxBytes} characters, one feature
 * (or any other top-level member) may not exceed {@code maxElementChars}, JSON may nest at most
 * {@value #NESTING_LIMIT} levels, and at most {@code maxFeatures} features are read. A feature
 * past the feature ceiling or over the element ceiling ends the read: the features before it are
 * kept and an {@link LoadProblem.Severity#ERROR} for the file says what was left out.
 * Geometry is read straight from the stream into packed coordinate arrays ({@link RawJson}), so
 * a large feature costs a few times its final JTS size while it is checked, not tens of times.
 *
 * <p>An instance only holds configuration and may be shared between threads; each read is
 * independent. Progress and cancellation callbacks run on the reading thread. No JavaFX.
 */
public final class GeoJsonReader {
    /** Default ceiling on file size: 256 MiB keeps a hostile file from exhausting memory. */
    public static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;
    /** Default ceiling on feature count. */
    public static final int DEFAULT_MAX_FEATURES = 2_000_000;
    /** Default ceiling on the text of one feature: its JSON tree takes several times this in memory. */
    public static final long DEFAULT_MAX_ELEMENT_CHARS = 64L * 1024 * 1024;
    /** GeoJSON needs at most 6 levels for a MultiPolygon inside a FeatureCollection; properties may nest a little more. */
    public static final int NESTING_LIMIT = 64;
    private static final long PROGRESS_STEP = 256 * 1024;
    private static final Pattern LINE = Pattern.compile("line (\\d+)");
    private static final Set<String> WGS84_NAMES = Set.of(
            "urn:ogc:def:crs:OGC:1.3:CRS84", "urn:ogc:def:crs:OGC::CRS84", "urn:ogc:def:crs:EPSG::4326",
            "EPSG:4326", "OGC:CRS84", "CRS84", "http://www.opengis.net/def/crs/OGC/1.3/CRS84",
            "http://www.opengis.net/def/crs/EPSG/0/4326");

    private final GeometryFactory factory;
    private final long maxBytes;
    private final int maxFeatures;
    private final long maxElementChars;

    public GeoJsonReader() {
        this(new GeometryFactory(), DEFAULT_MAX_BYTES, DEFAULT_MAX_FEATURES);
    }

    public GeoJsonReader(GeometryFactory factory, long maxBytes, int maxFeatures) {
        this(factory, maxBytes, maxFeatures, Math.min(maxBytes, DEFAULT_MAX_ELEMENT_CHARS));
    }

    /**
     * @param maxBytes        ceiling on the file size in bytes (and on the text length in characters)
     * @param maxFeatures     ceiling on the number of features read
     * @param maxElementChars ceiling on the text of one feature or other top-level member, in characters
     */
    public GeoJsonReader(GeometryFactory factory, long maxBytes, int maxFeatures, long maxElementChars) {
        if (maxBytes <= 0 || maxFeatures <= 0 || maxElementChars <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        this.factory = factory;
        this.maxBytes = maxBytes;
        this.maxFeatures = maxFeatures;
        this.maxElementChars = maxElementChars;
    }

    public GeometryFactory factory() {
        return factory;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public int maxFeatures() {
        return maxFeatures;
    }

    /** Reads a file from disk; the file's path is used in every message. */
    public FeatureCollection read(Path path) throws DataFileException {
        return read(path, ProgressListener.NONE, () -> false);
    }

    /**
     * Reads a file from disk, reporting progress and stopping with a {@link LoadCancelledException}
     * soon after {@code cancelled} turns true. Binary files (NUL bytes, gzip, ZIP, UTF-16) and text
     * that is not UTF-8 are refused with a message saying so.
     */
    public FeatureCollection read(Path path, ProgressListener progress, BooleanSupplier cancelled) throws DataFileException {
        String name = path.toString();
        long size;
        try {
            if (Files.isDirectory(path)) {
                throw new DataFileException(name, Message.of("geojson.directory"));
            }
            size = Files.size(path);
            if (!Files.isRegularFile(path)) {
                // a FIFO or device would block or never end
                throw new DataFileException(name, Message.of("file.notRegular"));
            }
        } catch (NoSuchFileException e) {
            throw new DataFileException(name, -1, Message.of("file.notFound"), e);
        } catch (IOException e) {
            throw new DataFileException(name, -1, Message.of("file.cannotRead", e.getMessage()), e);
        }
        if (size > maxBytes) {
            throw new DataFileException(name, Message.of("file.overLimit", mib(size), mib(maxBytes)));
        }
        if (size == 0) {
            throw new DataFileException(name, Message.of("file.empty"));
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 64 * 1024)) {
            refuseBinary(name, in);
            CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            return read(name, new InputStreamReader(in, utf8), size, progress, cancelled);
        } catch (IOException e) {
            throw new DataFileException(name, -1, Message.of("file.cannotRead", e.getMessage()), e);
        }
    }

    /** Reads GeoJSON text; {@code file} names it in messages. The reader is not closed. */
    public FeatureCollection read(String file, Reader text) throws DataFileException {
        return read(file, text, -1, ProgressListener.NONE, () -> false);
    }

    /**
     * Reads GeoJSON text with progress and cancellation; {@code totalBytes} (or -1) is only passed
     * on to {@code progress}. A leading byte-order mark is skipped with a warning. The reader is not closed.
     */
    public FeatureCollection read(String file, Reader text, long totalBytes, ProgressListener progress,
                                  BooleanSupplier cancelled) throws DataFileException {
        List<GeoFeature> features = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        Map<Integer, Integer> lines = new java.util.HashMap<>();
        PushbackReader start = new PushbackReader(text, 1);
        int[] featuresSeen = {0};
        GuardedReader guard = new GuardedReader(start, maxBytes, cancelled,
                read -> progress.progress(read, totalBytes, featuresSeen[0]), PROGRESS_STEP);
        JsonReader json = new JsonReader(guard);
        json.setStrictness(Strictness.STRICT);
        json.setNestingLimit(NESTING_LIMIT);
        try {
            if (skipByteOrderMark(start)) {
                problems.add(LoadProblem.warning(file, -1, Message.of("geojson.bom")));
            }
            JsonToken first;
            try {
                first = json.peek();
            } catch (java.io.EOFException e) {
                throw new DataFileException(file, -1, Message.of("geojson.whiteSpaceOnly"), e);
            }
            if (first != JsonToken.BEGIN_OBJECT) {
                throw new DataFileException(file, lineOf(json), Message.of("geojson.topNotObject"), null);
            }
            json.beginObject();
            String type = null;
            boolean sawFeatures = false;
            JsonObject single = new JsonObject();
            Map<String, RawJson> singleGeometry = new LinkedHashMap<>();
            while (json.hasNext()) {
                String key = json.nextName();
                if (key.equals("features") && json.peek() == JsonToken.BEGIN_ARRAY) {
                    sawFeatures = true;
                    json.beginArray();
                    int index = 0;
                    while (json.hasNext()) {
                        int line = lineOf(json);
                        if (index >= maxFeatures) {
                            problems.add(new LoadProblem(file, -1, line, LoadProblem.Severity.ERROR,
                                    Message.of("geojson.tooManyFeatures", maxFeatures)));
                            return new FeatureCollection(file, features, problems, lines);
                        }
                        guard.startElement(maxElementChars);
                        boolean added;
                        try {
                            added = readFeature(file, index, line, json, features, problems);
                        } catch (IOException | JsonParseException e) {
                            if (find(e, GuardedReader.ElementTooLarge.class) != null) {
                                problems.add(new LoadProblem(file, index, line, LoadProblem.Severity.ERROR,
                                        Message.of("geojson.featureTooLong", mib(maxElementChars))));
                                return new FeatureCollection(file, features, problems, lines);
                            }
                            throw e;
                        }
                        guard.endElement();
                        if (added) {
                            lines.put(index, line);
                        }
                        index++;
                        featuresSeen[0] = index;
                    }
                    json.endArray();
                } else if (key.equals("geometry") || key.equals("coordinates") || key.equals("geometries")) {
                    guard.startElement(maxElementChars);
                    singleGeometry.put(key, RawJson.read(json));
                    guard.endElement();
                } else {
                    guard.startElement(maxElementChars);
                    JsonElement value = JsonParser.parseReader(json);
                    guard.endElement();
                    if (key.equals("type")) {
                        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
                            throw new DataFileException(file, Message.of("geojson.typeNotString", abbreviate(value)));
                        }
                        type = value.getAsString();
                    } else if (key.equals("crs")) {
                        checkCrs(file, value, problems);
                    }
                    single.add(key, value);
                }
            }
            json.endObject();
            if (json.peek() != JsonToken.END_DOCUMENT) {
                throw new DataFileException(file, lineOf(json), Message.of("geojson.trailingContent"), null);
            }
            if (type == null) {
                throw new DataFileException(file, Message.of("geojson.noType"));
            }
            switch (type) {
                case "FeatureCollection" -> {
                    if (!sawFeatures) {
                        throw new DataFileException(file, Message.of("geojson.noFeaturesArray"));
                    }
                }
                case "Feature" -> {
                    Parts parts = new Parts();
                    parts.type = single.get("type");
                    parts.hasGeometry = singleGeometry.containsKey("geometry");
                    parts.geometry = singleGeometry.get("geometry");
                    parts.properties = single.get("properties");
                    parts.id = single.get("id");
                    addFeature(file, 0, 1, parts, features, problems);
                }
                case "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection" -> {
                    Map<String, RawJson> members = new LinkedHashMap<>(singleGeometry);
                    members.put("type", new RawJson.Str(type));
                    Parts parts = new Parts();
                    parts.type = new JsonPrimitive("Feature");
                    parts.hasGeometry = true;
                    parts.geometry = new RawJson.Obj(members);
                    parts.properties = new JsonObject();
                    addFeature(file, 0, 1, parts, features, problems);
                }
                default -> throw new DataFileException(file, Message.of("geojson.unknownTopType", abbreviate(type)));
            }
            progress.progress(guard.count(), totalBytes, sawFeatures ? featuresSeen[0] : 1);
            return new FeatureCollection(file, features, problems, lines);
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw translate(file, json, e);
        }
    }

    /** Turns whatever Gson or the guard threw into one message for the user; the cause is kept. */
    private DataFileException translate(String file, JsonReader json, Throwable e) {
        int line = lineOf(json);
        if (find(e, GuardedReader.Cancelled.class) != null) {
            return new LoadCancelledException(file);
        }
        if (find(e, GuardedReader.TooLarge.class) != null) {
            return new DataFileException(file, -1, Message.of("geojson.textTooLong", mib(maxBytes)), e);
        }
        if (find(e, GuardedReader.ElementTooLarge.class) != null) {
            return new DataFileException(file, line, Message.of("geojson.memberTooLong", mib(maxElementChars)), e);
        }
        if (find(e, CharacterCodingException.class) != null) {
            // no line: the decoder runs a buffer ahead of the JSON position
            return new DataFileException(file, -1, Message.of("geojson.notUtf8"), e);
        }
        if (find(e, OutOfMemoryError.class) != null) {
            return new DataFileException(file, line, Message.of("file.outOfMemory"), null);
        }
        if (find(e, StackOverflowError.class) != null) {
            return new DataFileException(file, line, Message.of("json.tooDeep"), null);
        }
        MalformedJsonException malformed = find(e, MalformedJsonException.class);
        if (malformed != null) {
            String m = String.valueOf(malformed.getMessage());
            if (m.startsWith("Nesting limit")) {
                return new DataFileException(file, lineOf(m), Message.of("json.deeperThan", NESTING_LIMIT), e);
            }
            if (m.startsWith("Use JsonReader.setStrictness")) {
                // Gson's advice is for programmers; say what a user can look for instead
                String column = columnOf(m);
                return new DataFileException(file, lineOf(m), column == null ? Message.of("geojson.notValidHere")
                        : Message.of("geojson.notValidHereColumn", column), e);
            }
            return new DataFileException(file, lineOf(m), Message.of("json.malformedDetail", GsonReason.of(firstSentence(m))), e);
        }
        if (find(e, java.io.EOFException.class) != null) {
            return new DataFileException(file, line, Message.of("json.truncated"), e);
        }
        if (e instanceof IllegalStateException || e instanceof NumberFormatException || e instanceof UnsupportedOperationException) {
            return new DataFileException(file, lineOf(e.getMessage()) > 0 ? lineOf(e.getMessage()) : line,
                    Message.of("geojson.notGeoJsonDetail", firstSentence(e.getMessage())), e);
        }
        if (e instanceof JsonParseException) {
            return new DataFileException(file, line, Message.of("json.malformedDetail", GsonReason.of(firstSentence(e.getMessage()))), e);
        }
        if (e instanceof IOException io) {
            return new DataFileException(file, line, Message.of("file.cannotReadDetail", io.getMessage()), e);
        }
        if (e instanceof Error err) {
            throw err;
        }
        return new DataFileException(file, line, Message.of("file.cannotReadDetail", e), e);
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) return type.cast(t);
            if (t.getCause() == t) break;
        }
        return null;
    }

    /** Consumes a leading U+FEFF if present. */
    private static boolean skipByteOrderMark(PushbackReader in) throws IOException {
        int c = in.read();
        if (c == '\uFEFF') {
            return true;
        }
        if (c >= 0) {
            in.unread(c);
        }
        return false;
    }

    /** Looks at the first bytes so that a binary file gets a useful message instead of "malformed JSON". */
    private static void refuseBinary(String file, InputStream in) throws IOException, DataFileException {
        in.mark(8192);
        byte[] head = in.readNBytes(8192);
        in.reset();
        int n = head.length;
        if (n >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            throw new DataFileException(file, Message.of("geojson.gzip"));
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            throw new DataFileException(file, Message.of("geojson.zip"));
        }
        if (n >= 2 && ((head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff || (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe)) {
            throw new DataFileException(file, Message.of("geojson.utf16"));
        }
        int first = 0;
        while (first < n && (head[first] == ' ' || head[first] == '\t' || head[first] == '\r' || head[first] == '\n')) first++;
        if (first < n && head[first] == '<') {
            throw new DataFileException(file, Message.of("geojson.xml"));
        }
        for (int i = 0; i < n; i++) {
            if (head[i] == 0) {
                throw new DataFileException(file, Message.of("geojson.binary", i));
            }
        }
    }

    /** RFC 7946 drops "crs": positions are WGS84 lon/lat. An old-style crs naming anything else is a warning. */
    private static void checkCrs(String file, JsonElement crs, List<LoadProblem> problems) {
        if (crs.isJsonNull()) return;
        String name = null;
        if (crs.isJsonObject()) {
            JsonElement props = crs.getAsJsonObject().get("properties");
            if (props != null && props.isJsonObject()) {
                JsonElement n = props.getAsJsonObject().get("name");
                if (n != null && n.isJsonPrimitive()) name = n.getAsString();
            }
        }
        if (name == null) {
            problems.add(LoadProblem.warning(file, -1, Message.of("geojson.crsUnknown")));
        } else if (!WGS84_NAMES.contains(name)) {
            problems.add(LoadProblem.warning(file, -1, Message.of("geojson.crsOther", abbreviate(name))));
        }
    }

    static String mib(long bytes) {
        if (bytes >= 1024 * 1024) {
            return (bytes + (1 << 19)) / (1 << 20) + " MiB";
        }
        if (bytes >= 1024) {
            return (bytes + 512) / 1024 + " KiB";
        }
        return bytes + " bytes";
    }

    /** The members of one feature that matter; geometry is kept compact (see {@link RawJson}). */
    private static final class Parts {
        JsonElement type;
        boolean hasGeometry;
        RawJson geometry;
        JsonElement properties;
        JsonElement id;
    }

    /** Reads one element of the features array from the stream; adds the feature or a problem. */
    private boolean readFeature(String file, int index, int line, JsonReader json,
                                List<GeoFeature> out, List<LoadProblem> problems) throws IOException {
        if (json.peek() != JsonToken.BEGIN_OBJECT) {
            JsonParser.parseReader(json);
            problems.add(new LoadProblem(file, index, line, LoadProblem.Severity.ERROR, Message.of("geojson.featureNotObject")));
            return false;
        }
        Parts parts = new Parts();
        json.beginObject();
        while (json.hasNext()) {
            String key = json.nextName();
            switch (key) {
                case "geometry" -> {
                    parts.hasGeometry = true;
                    parts.geometry = RawJson.read(json);
                }
                case "type" -> parts.type = JsonParser.parseReader(json);
                case "properties" -> parts.properties = JsonParser.parseReader(json);
                case "id" -> parts.id = JsonParser.parseReader(json);
                default -> json.skipValue();
            }
        }
        json.endObject();
        return addFeature(file, index, line, parts, out, problems);
    }

    /** Checks the parts of a feature; adds it or a problem; true when it was added. */
    private boolean addFeature(String file, int index, int line, Parts parts, List<GeoFeature> out, List<LoadProblem> problems) {
        try {
            JsonElement type = parts.type;
            if (type == null || !type.isJsonPrimitive() || !"Feature".equals(type.getAsString())) {
                throw new FeatureProblem(type == null ? Message.of("geojson.featureTypeMissing") : Message.of("geojson.featureType", abbreviate(type)));
            }
            if (!parts.hasGeometry) {
                throw new FeatureProblem(Message.of("geojson.noGeometryMember"));
            }
            if (parts.geometry == RawJson.NULL) {
                throw new FeatureProblem(Message.of("geojson.geometryNull"));
            }
            Geometry geometry = geometry(parts.geometry, 0);
            if (geometry.isEmpty()) {
                throw new FeatureProblem(Message.of("geojson.geometryEmpty"));
            }
            Map<String, Object> props = new LinkedHashMap<>();
            JsonElement propsJson = parts.properties;
            if (propsJson != null && propsJson.isJsonObject()) {
                for (Map.Entry<String, JsonElement> e : propsJson.getAsJsonObject().entrySet()) {
                    props.put(e.getKey(), plain(e.getValue()));
                }
            } else if (propsJson != null && !propsJson.isJsonNull()) {
                throw new FeatureProblem(Message.of("geojson.propertiesNotObject"));
            }
            JsonElement idJson = parts.id;
            String id = idJson != null && idJson.isJsonPrimitive() ? idJson.getAsString() : null;
            out.add(new GeoFeature(index, id, geometry, props));
            return true;
        } catch (FeatureProblem p) {
            problems.add(new LoadProblem(file, index, line, LoadProblem.Severity.ERROR, p.text));
            return false;
        }
    }

    private Geometry geometry(RawJson json, int depth) throws FeatureProblem {
        if (!(json instanceof RawJson.Obj g)) {
            throw new FeatureProblem(Message.of("geojson.geometryNotObject"));
        }
        if (!(g.get("type") instanceof RawJson.Str typeJson)) {
            throw new FeatureProblem(Message.of("geojson.geometryNoType"));
        }
        String type = typeJson.value();
        if (type.equals("GeometryCollection")) {
            if (depth > 0) {
                throw new FeatureProblem(Message.of("geojson.nestedCollection"));
            }
            List<RawJson> parts = array(g.get("geometries"), Message.of("geojson.part.geometries"));
            Geometry[] geoms = new Geometry[parts.size()];
            for (int i = 0; i < geoms.length; i++) {
                geoms[i] = geometry(parts.get(i), depth + 1);
            }
            return factory.createGeometryCollection(geoms);
        }
        RawJson coords = g.get("coordinates");
        if (coords == null || coords == RawJson.NULL) {
            throw new FeatureProblem(Message.of("geojson.noCoordinates", abbreviate(type)));
        }
        return switch (type) {
            case "Point" -> factory.createPoint(position(coords));
            case "MultiPoint" -> factory.createMultiPoint(positions(coords, 1).stream().map(factory::createPoint).toArray(Point[]::new));
            case "LineString" -> line(coords);
            case "MultiLineString" -> {
                List<RawJson> lines = array(coords, Message.of("geojson.part.multiLineString"));
                LineString[] ls = new LineString[lines.size()];
                for (int i = 0; i < ls.length; i++) ls[i] = line(lines.get(i));
                yield factory.createMultiLineString(ls);
            }
            case "Polygon" -> polygon(coords);
            case "MultiPolygon" -> {
                List<RawJson> polys = array(coords, Message.of("geojson.part.multiPolygon"));
                Polygon[] ps = new Polygon[polys.size()];
                for (int i = 0; i < ps.length; i++) ps[i] = polygon(polys.get(i));
                yield factory.createMultiPolygon(ps);
            }
            default -> throw new FeatureProblem(Message.of("geojson.unknownGeometryType", abbreviate(type)));
        };
    }

    private LineString line(RawJson coords) throws FeatureProblem {
        List<Coordinate> pts = positions(coords, 2);
        return factory.createLineString(pts.toArray(Coordinate[]::new));
    }

    private Polygon polygon(RawJson coords) throws FeatureProblem {
        List<RawJson> rings = array(coords, Message.of("geojson.part.polygon"));
        if (rings.isEmpty()) {
            throw new FeatureProblem(Message.of("geojson.noRings"));
        }
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) holes[i - 1] = ring(rings.get(i));
        return factory.createPolygon(shell, holes);
    }

    private LinearRing ring(RawJson coords) throws FeatureProblem {
        List<Coordinate> pts = positions(coords, 4);
        if (!pts.get(0).equals2D(pts.get(pts.size() - 1))) {
            throw new FeatureProblem(Message.of("geojson.ringNotClosed"));
        }
        return factory.createLinearRing(pts.toArray(Coordinate[]::new));
    }

    private List<Coordinate> positions(RawJson json, int min) throws FeatureProblem {
        List<RawJson> arr = array(json, Message.of("geojson.part.coordinates"));
        if (arr.size() < min) {
            throw new FeatureProblem(Message.of("geojson.tooFewPositions", min, arr.size()));
        }
        List<Coordinate> out = new ArrayList<>(arr.size());
        for (RawJson e : arr) out.add(position(e));
        return out;
    }

    private static Coordinate position(RawJson json) throws FeatureProblem {
        if (json instanceof RawJson.Numbers n && n.values().length >= 2
                && Double.isFinite(n.values()[0]) && Double.isFinite(n.values()[1])) {
            // the common case, without building a list per position
            double lon = n.values()[0];
            double lat = n.values()[1];
            if (Math.abs(lon) <= 180 && Math.abs(lat) <= 90) {
                return new Coordinate(lon, lat);
            }
        }
        List<RawJson> a = RawJson.elements(json);
        if (a == null) {
            throw new FeatureProblem(Message.of("geojson.positionNotArray", RawJson.abbreviate(json)));
        }
        if (a.size() < 2) {
            throw new FeatureProblem(Message.of("geojson.positionTooShort", RawJson.abbreviate(json)));
        }
        double lon = number(a.get(0));
        double lat = number(a.get(1));
        if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
            throw new FeatureProblem(Message.of("geojson.positionOutOfRange", RawJson.abbreviate(json)));
        }
        return new Coordinate(lon, lat);
    }

    private static double number(RawJson e) throws FeatureProblem {
        if (e instanceof RawJson.Num n && Double.isFinite(n.value())) {
            return n.value();
        }
        throw new FeatureProblem(Message.of("geojson.notFinite", RawJson.abbreviate(e)));
    }

    private static List<RawJson> array(RawJson e, Message what) throws FeatureProblem {
        List<RawJson> items = e == null ? null : RawJson.elements(e);
        if (items == null) {
            throw new FeatureProblem(Message.of("geojson.notArray", what, e == null ? Message.of("common.nothing") : RawJson.abbreviate(e)));
        }
        return items;
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
        return abbreviate(e.toString());
    }

    private static String abbreviate(String s) {
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

    /** The column Gson names in {@code message}, or null. */
    private static String columnOf(String message) {
        Matcher m = Pattern.compile("column (\\d+)").matcher(message);
        return m.find() ? m.group(1) : null;
    }

    private static String firstSentence(String message) {
        if (message == null) return "unknown error";
        int cut = message.indexOf("\nSee ");
        String s = cut > 0 ? message.substring(0, cut) : message;
        return s.replaceAll(" at line \\d+ column \\d+ path \\S+", "").trim();
    }

    /** A problem confined to one feature: it is skipped, the rest load. */
    private static final class FeatureProblem extends Exception {
        final transient Message text;

        FeatureProblem(Message text) {
            super(text.key(), null, false, false);
            this.text = text;
        }
    }
}
