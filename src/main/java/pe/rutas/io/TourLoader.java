package pe.rutas.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Envelope;
import pe.rutas.model.FeatureRef;
import pe.rutas.model.Tour;
import pe.rutas.model.TourStep;
import pe.rutas.model.TourStep.FigureRef;

/**
 * Reads presenter tours (JSON). Format:
 *
 * <pre>
 * {"id": "default", "title": "…", "title_es": "…",
 *  "steps": [{"id": "lima", "title": "…", "title_es": "…",
 *             "frame": {"route": "lima"}            // or bbox [minLon, minLat, maxLon, maxLat],
 *                                                   // hotspot, department, flow, place
 *             "figures": [{"table": "…", "row": "PE-LIM"}, {"hotspot": "…", "figure": 0}],
 *             "layers": ["departments", "routes"], "stat": "table-id", "note": "…", "note_es": "…"}]}
 * </pre>
 *
 * Any problem makes the whole file fail with a {@link DataFileException} naming the file, the
 * line for syntax errors, and the step (number and id) and field for content errors: a tour
 * shown to a room must not silently skip a step. Whether ids exist in the loaded data is checked
 * separately ({@code TourCheck} in the presenter), since this class does not know the catalog.
 */
public final class TourLoader {
    public static final String DEFAULT_RESOURCE = "/geodata/tours/default.json";
    /** Tours are small; a larger file is a mistake (or hostile). */
    public static final long MAX_BYTES = 2L * 1024 * 1024;
    public static final int MAX_FIGURES = 3;
    private static final Pattern LINE = Pattern.compile("line (\\d+)");
    private static final Message TOUR = Message.of("tour.where.tour");

    public Tour load(Path file) throws DataFileException {
        String name = file.toString();
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) throw new DataFileException(name, Message.of("tour.tooLarge", size, MAX_BYTES));
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return read(name, r);
            }
        } catch (NoSuchFileException e) {
            throw new DataFileException(name, -1, Message.of("file.notFound"), e);
        } catch (IOException e) {
            throw new DataFileException(name, -1, Message.of("file.cannotReadDetail", e.getMessage()), e);
        }
    }

    /** The tour shipped with the application. */
    public Tour loadDefault() throws DataFileException {
        InputStream in = TourLoader.class.getResourceAsStream(DEFAULT_RESOURCE);
        if (in == null) throw new DataFileException("geodata/tours/default.json", Message.of("tour.notInApp"));
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read("geodata/tours/default.json", r);
        } catch (IOException e) {
            throw new DataFileException("geodata/tours/default.json", -1, Message.of("file.cannotReadDetail", e.getMessage()), e);
        }
    }

    public Tour read(String name, Reader reader) throws DataFileException {
        String text;
        try {
            StringBuilder b = new StringBuilder();
            char[] buf = new char[8192];
            int n;
            while ((n = reader.read(buf)) >= 0) {
                b.append(buf, 0, n);
                if (b.length() > MAX_BYTES) throw new DataFileException(name, Message.of("tour.tooManyChars", MAX_BYTES));
            }
            text = b.toString();
        } catch (IOException e) {
            throw new DataFileException(name, -1, Message.of("file.cannotReadDetail", e.getMessage()), e);
        }
        if (text.isBlank()) throw new DataFileException(name, Message.of("file.empty"));
        JsonElement root;
        try {
            root = JsonParser.parseReader(new StringReader(text));
        } catch (JsonParseException | StackOverflowError e) {
            String msg = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : String.valueOf(e.getMessage());
            Matcher m = LINE.matcher(msg);
            int line = m.find() ? Integer.parseInt(m.group(1)) : -1;
            throw new DataFileException(name, line, Message.of("tour.notJson", msg.replaceAll("\\s*See https?://\\S+", "")), e instanceof Exception ex ? ex : null);
        }
        if (!root.isJsonObject()) throw new DataFileException(name, Message.of("tour.notObject"));
        JsonObject o = root.getAsJsonObject();
        String id = optString(name, TOUR, o, "id");
        String title = optString(name, TOUR, o, "title");
        JsonElement stepsEl = o.get("steps");
        if (stepsEl == null || !stepsEl.isJsonArray()) throw new DataFileException(name, Message.of("tour.stepsNotArray"));
        JsonArray arr = stepsEl.getAsJsonArray();
        if (arr.isEmpty()) throw new DataFileException(name, Message.of("tour.stepsEmpty"));
        List<TourStep> steps = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < arr.size(); i++) {
            TourStep s = step(name, i, arr.get(i));
            if (!ids.add(s.id())) throw new DataFileException(name, Message.of("tour.duplicateStep", where(i, s.id())));
            steps.add(s);
        }
        return new Tour(id.isBlank() ? "tour" : id, title, optString(name, TOUR, o, "title_es"), steps);
    }

    private TourStep step(String file, int i, JsonElement el) throws DataFileException {
        if (!el.isJsonObject()) throw new DataFileException(file, Message.of("tour.stepNotObject", where(i, null)));
        JsonObject o = el.getAsJsonObject();
        String id = optString(file, where(i, null), o, "id");
        if (id.isBlank()) throw new DataFileException(file, Message.of("tour.idMissing", where(i, null)));
        Message at = where(i, id);
        String title = optString(file, at, o, "title");
        if (title.isBlank()) throw new DataFileException(file, Message.of("tour.titleMissing", at));
        JsonElement frameEl = o.get("frame");
        if (frameEl == null || !frameEl.isJsonObject()) throw new DataFileException(file, Message.of("tour.frameNotObject", at, "{\"route\": \"lima\"}", "{\"bbox\": [minLon, minLat, maxLon, maxLat]}"));
        Envelope box = null;
        FeatureRef feature = null;
        JsonObject frame = frameEl.getAsJsonObject();
        if (frame.size() != 1) throw new DataFileException(file, Message.of("tour.frameOne", at));
        String key = frame.keySet().iterator().next();
        if (key.equals("bbox")) {
            box = bbox(file, at, frame.get("bbox"));
        } else {
            String ref = optString(file, Message.of("tour.where.frame", at), frame, key);
            if (ref.isBlank()) throw new DataFileException(file, Message.of("tour.frameEmptyId", at, key));
            feature = switch (key) {
                case "route" -> FeatureRef.route(ref);
                case "hotspot" -> FeatureRef.hotspot(ref);
                case "department" -> FeatureRef.department(ref.toUpperCase(Locale.ROOT));
                case "flow" -> FeatureRef.flow(ref);
                case "place" -> FeatureRef.place(ref);
                default -> throw new DataFileException(file, Message.of("tour.frameUnknown", at, key));
            };
        }
        List<FigureRef> figures = new ArrayList<>();
        JsonElement figs = o.get("figures");
        if (figs != null && !figs.isJsonNull()) {
            if (!figs.isJsonArray()) throw new DataFileException(file, Message.of("tour.figuresNotArray", at));
            JsonArray fa = figs.getAsJsonArray();
            if (fa.size() > MAX_FIGURES) throw new DataFileException(file, Message.of("tour.tooManyFigures", at, fa.size(), MAX_FIGURES));
            for (int k = 0; k < fa.size(); k++) figures.add(figure(file, Message.of("tour.where.figure", at, k + 1), fa.get(k)));
        }
        Set<String> layers = new LinkedHashSet<>();
        JsonElement ls = o.get("layers");
        if (ls == null || !ls.isJsonArray()) throw new DataFileException(file, Message.of("tour.layersNotArray", at, TourStep.LAYER_NAMES));
        for (JsonElement l : ls.getAsJsonArray()) {
            if (!(l instanceof JsonPrimitive p) || !p.isString() || !TourStep.LAYER_NAMES.contains(p.getAsString()))
                throw new DataFileException(file, Message.of("tour.unknownLayer", at, l));
            layers.add(p.getAsString());
        }
        String stat = optString(file, at, o, "stat");
        return new TourStep(id, title, optString(file, at, o, "title_es"), box, feature, figures, layers,
                stat.isBlank() ? null : stat, optString(file, at, o, "note"), optString(file, at, o, "note_es"));
    }

    private static Envelope bbox(String file, Message at, JsonElement el) throws DataFileException {
        Message expect = Message.of("tour.bboxShape", at);
        if (el == null || !el.isJsonArray() || el.getAsJsonArray().size() != 4) throw new DataFileException(file, expect);
        double[] v = new double[4];
        for (int k = 0; k < 4; k++) {
            JsonElement e = el.getAsJsonArray().get(k);
            if (!(e instanceof JsonPrimitive p) || !p.isNumber()) throw new DataFileException(file, expect);
            v[k] = p.getAsDouble();
        }
        if (v[0] >= v[2] || v[1] >= v[3]) throw new DataFileException(file, Message.of("tour.bboxOrder", at));
        if (v[0] < -180 || v[2] > 180 || v[1] < -85 || v[3] > 85) throw new DataFileException(file, Message.of("tour.bboxWorld", at));
        Envelope e = new Envelope(v[0], v[2], v[1], v[3]);
        if (!REGION.intersects(e)) throw new DataFileException(file, Message.of("tour.bboxRegion", at, java.util.Arrays.toString(v)));
        return e;
    }

    /** Tours show Peru and its surroundings; a box elsewhere is almost always swapped axes. */
    private static final Envelope REGION = new Envelope(-95, -50, -35, 15);

    private static FigureRef figure(String file, Message at, JsonElement el) throws DataFileException {
        if (!el.isJsonObject()) throw new DataFileException(file, Message.of("tour.figureShape", at, "{\"table\": id, \"row\": key}", "{\"hotspot\": id, \"figure\": n}"));
        JsonObject o = el.getAsJsonObject();
        if (o.has("table")) {
            String table = optString(file, at, o, "table"), row = optString(file, at, o, "row");
            if (table.isBlank() || row.isBlank()) throw new DataFileException(file, Message.of("tour.tableFigure", at));
            return FigureRef.tableRow(table, row);
        }
        if (o.has("hotspot")) {
            String hs = optString(file, at, o, "hotspot");
            JsonElement n = o.get("figure");
            if (hs.isBlank() || !(n instanceof JsonPrimitive p) || !p.isNumber() || p.getAsDouble() != Math.rint(p.getAsDouble()) || p.getAsInt() < 0)
                throw new DataFileException(file, Message.of("tour.hotspotFigure", at));
            return FigureRef.hotspotFigure(hs, p.getAsInt());
        }
        throw new DataFileException(file, Message.of("tour.figureKind", at));
    }

    private static String optString(String file, Message at, JsonObject o, String key) throws DataFileException {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull()) return "";
        if (!(e instanceof JsonPrimitive p) || !p.isString()) throw new DataFileException(file, Message.of("tour.notString", at, key));
        return p.getAsString().strip();
    }

    /** "step 3" or "step 3 ("lima")": steps are counted from 1, as a presenter reads them. */
    private static Message where(int i, String id) {
        return id == null || id.isBlank() ? Message.of("tour.where.step", i + 1) : Message.of("tour.where.stepId", i + 1, id);
    }
}
