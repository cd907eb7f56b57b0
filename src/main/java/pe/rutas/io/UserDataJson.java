package pe.rutas.io;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pe.rutas.model.FeatureRef;
import pe.rutas.model.LayerSetting;
import pe.rutas.model.SavedView;
import pe.rutas.model.Settings;
import pe.rutas.model.UserData;
import pe.rutas.model.UserLayerSetting;

/**
 * JSON form of {@link UserData} (settings.json: settings, views, the user's remembered layers and the
 * folder they were last opened from, the latter two optional so that files written before they
 * existed still load) and of saved views
 * (the export file). Reading
 * settings is lenient per field (a bad value falls back to its default with a note) but strict
 * about the overall shape; reading a view is strict and names the exact field that is wrong.
 * Stateless.
 */
final class UserDataJson {
    static final String SETTINGS_FORMAT = "rutas-settings";
    static final String VIEWS_FORMAT = "rutas-views";
    static final int VERSION = 1;
    private static final int NESTING_LIMIT = 32;
    /** Far more layers than a workshop opens; a longer list is damaged. */
    static final int MAX_USER_LAYERS = 200;
    private static final Pattern LINE = Pattern.compile("line (\\d+)");

    /** The shape of a file is wrong beyond repair; the message says where. */
    static final class Invalid extends Exception {
        private final transient Message text;

        Invalid(Message text) {
            super(text.english(), null, false, false);
            this.text = text;
        }

        Message text() {
            return text;
        }
    }

    private UserDataJson() {
    }

    // ---------------------------------------------------------------- text

    /** Parses UTF-8 JSON (a BOM is tolerated); errors name the line. */
    static JsonElement parse(byte[] bytes) throws Invalid {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Invalid(Message.of("settings.json.notUtf8"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new Invalid(Message.of("file.empty"));
        }
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        reader.setNestingLimit(NESTING_LIMIT);
        try {
            JsonElement root = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new Invalid(at(Message.of("settings.json.trailingContent"), reader.toString()));
            }
            return root;
        } catch (JsonParseException | IOException | IllegalStateException e) {
            String m = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            m = m == null ? "" : m;
            if (m.startsWith("Nesting limit")) {
                throw new Invalid(at(Message.of("json.deeperThan", NESTING_LIMIT), m));
            }
            if (m.contains("End of input")) {
                throw new Invalid(at(Message.of("json.truncated"), m));
            }
            String detail = detail(m);
            throw new Invalid(at(detail == null ? Message.of("settings.json.malformed")
                    : Message.of("settings.json.malformedDetail", detail), m));
        }
    }

    /** Gson's own short reason (English), e.g. "unterminated string", unless it is advice for programmers; or null. */
    private static String detail(String message) {
        int cut = message.indexOf(" at line ");
        String d = cut > 0 ? message.substring(0, cut) : "";
        if (d.isEmpty() || d.startsWith("Use JsonReader") || d.length() > 60) {
            return null;
        }
        return Character.toLowerCase(d.charAt(0)) + d.substring(1);
    }

    /** {@code what} followed by " at line N" when Gson's message names a line. */
    private static Message at(Message what, String gsonMessage) {
        Matcher m = LINE.matcher(gsonMessage);
        return m.find() ? Message.of("settings.json.atLine", what, m.group(1)) : what;
    }

    static byte[] toBytes(JsonObject json) {
        return (new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- writing

    static JsonObject settingsFile(UserData data) {
        JsonObject root = new JsonObject();
        root.addProperty("format", SETTINGS_FORMAT);
        root.addProperty("version", VERSION);
        Settings s = data.settings();
        JsonObject o = new JsonObject();
        o.addProperty("language", s.language());
        o.addProperty("theme", s.theme());
        o.addProperty("fontScale", s.fontScale());
        o.addProperty("onlineBasemap", s.onlineBasemap());
        o.addProperty("lastTour", s.lastTour());
        o.addProperty("animations", s.animations());
        JsonObject layers = new JsonObject();
        for (Map.Entry<String, LayerSetting> e : s.layers().entrySet()) {
            JsonObject l = new JsonObject();
            l.addProperty("visible", e.getValue().visible());
            l.addProperty("opacity", e.getValue().opacity());
            layers.add(e.getKey(), l);
        }
        o.add("layers", layers);
        root.add("settings", o);
        root.add("views", views(data.views()));
        root.add("userLayers", userLayers(data.userLayers()));
        if (!data.userLayerFolder().isEmpty()) {
            root.addProperty("userLayerFolder", data.userLayerFolder());
        }
        return root;
    }

    private static JsonArray userLayers(List<UserLayerSetting> layers) {
        JsonArray a = new JsonArray();
        for (UserLayerSetting l : layers) {
            JsonObject o = new JsonObject();
            o.addProperty("file", l.file());
            o.addProperty("name", l.name());
            JsonObject look = new JsonObject();
            look.addProperty("stroke", l.look().stroke());
            look.addProperty("strokeWidth", l.look().strokeWidth());
            look.addProperty("fill", l.look().fill());
            look.addProperty("fillOpacity", l.look().fillOpacity());
            look.addProperty("pointRadius", l.look().pointRadius());
            o.add("style", look);
            o.addProperty("visible", l.visible());
            o.addProperty("opacity", l.opacity());
            a.add(o);
        }
        return a;
    }

    static JsonObject viewsFile(List<SavedView> views) {
        JsonObject root = new JsonObject();
        root.addProperty("format", VIEWS_FORMAT);
        root.addProperty("version", VERSION);
        root.add("views", views(views));
        return root;
    }

    private static JsonArray views(List<SavedView> views) {
        JsonArray a = new JsonArray();
        for (SavedView v : views) {
            JsonObject o = new JsonObject();
            o.addProperty("name", v.name());
            JsonObject c = new JsonObject();
            c.addProperty("lon", v.centerLon());
            c.addProperty("lat", v.centerLat());
            o.add("center", c);
            o.addProperty("zoom", v.zoom());
            JsonArray layers = new JsonArray();
            v.visibleLayers().forEach(layers::add);
            o.add("layers", layers);
            o.add("statistic", v.statisticTableId().isEmpty() ? JsonNull.INSTANCE : new JsonPrimitive(v.statisticTableId()));
            if (v.selection() == null) {
                o.add("selection", JsonNull.INSTANCE);
            } else {
                JsonObject sel = new JsonObject();
                sel.addProperty("kind", v.selection().kind().name());
                sel.addProperty("id", v.selection().id());
                o.add("selection", sel);
            }
            a.add(o);
        }
        return a;
    }

    // ---------------------------------------------------------------- reading

    /** Checks the "format" and "version" members; notes a newer version. */
    static JsonObject header(JsonElement root, String format, Consumer<Message> notes) throws Invalid {
        if (!root.isJsonObject()) {
            throw new Invalid(Message.of("json.topNotObject"));
        }
        JsonObject o = root.getAsJsonObject();
        JsonElement f = o.get("format");
        if (f == null || !f.isJsonPrimitive() || !format.equals(f.getAsString())) {
            throw new Invalid(Message.of(format.equals(VIEWS_FORMAT) ? "settings.notViewsFile" : "settings.notSettingsFile",
                    f == null ? Message.of("common.missing") : abbreviate(f), format));
        }
        JsonElement v = o.get("version");
        if (v == null || !v.isJsonPrimitive() || !v.getAsJsonPrimitive().isNumber() || v.getAsDouble() < 1
                || v.getAsDouble() != Math.rint(v.getAsDouble())) {
            throw new Invalid(Message.of("settings.badVersion", found(v)));
        }
        if (v.getAsDouble() > VERSION) {
            notes.accept(Message.of("settings.newerVersion", v.getAsLong()));
        }
        return o;
    }

    /** Settings and views from settings.json: bad fields fall back to defaults and bad views are left out, each with a note. */
    static UserData settingsData(JsonObject root, Consumer<Message> notes) throws Invalid {
        JsonElement s = root.get("settings");
        if (s == null || !s.isJsonObject()) {
            throw new Invalid(Message.of("settings.settingsNotObject", found(s)));
        }
        JsonObject o = s.getAsJsonObject();
        Settings d = Settings.defaults();
        String language = choice(o, "language", Settings.LANGUAGES, d.language(), notes);
        String theme = choice(o, "theme", Settings.THEMES, d.theme(), notes);
        double fontScale = d.fontScale();
        JsonElement fs = o.get("fontScale");
        if (fs != null) {
            if (isNumber(fs) && fs.getAsDouble() >= Settings.MIN_FONT_SCALE && fs.getAsDouble() <= Settings.MAX_FONT_SCALE) {
                fontScale = fs.getAsDouble();
            } else {
                notes.accept(Message.of("settings.badFontScale", abbreviate(fs), Settings.MIN_FONT_SCALE,
                        Settings.MAX_FONT_SCALE, d.fontScale()));
            }
        }
        boolean online = bool(o, "onlineBasemap", d.onlineBasemap(), notes);
        boolean animations = bool(o, "animations", d.animations(), notes);
        String lastTour = d.lastTour();
        JsonElement lt = o.get("lastTour");
        if (lt != null && !lt.isJsonNull()) {
            if (lt.isJsonPrimitive() && lt.getAsJsonPrimitive().isString()) {
                lastTour = lt.getAsString();
            } else {
                notes.accept(Message.of("settings.badLastTour", abbreviate(lt)));
            }
        }
        Map<String, LayerSetting> layers = new LinkedHashMap<>();
        JsonElement ls = o.get("layers");
        if (ls != null && ls.isJsonObject()) {
            for (Map.Entry<String, JsonElement> e : ls.getAsJsonObject().entrySet()) {
                try {
                    layers.put(layerId(e.getKey(), "layers"), layer(e.getValue(), "layers." + e.getKey()));
                } catch (Invalid bad) {
                    notes.accept(Message.of("settings.badLayer", bad.text()));
                }
            }
        } else if (ls != null && !ls.isJsonNull()) {
            notes.accept(Message.of("settings.badLayers", abbreviate(ls)));
        }
        Settings settings = new Settings(language, theme, fontScale, online, lastTour, layers, animations);

        List<SavedView> views = new ArrayList<>();
        JsonElement vs = root.get("views");
        if (vs != null && vs.isJsonArray()) {
            JsonArray a = vs.getAsJsonArray();
            for (int i = 0; i < a.size(); i++) {
                try {
                    views.add(view(a.get(i), "views[" + i + "]"));
                } catch (Invalid bad) {
                    notes.accept(Message.of("settings.viewLeftOut", bad.text()));
                }
            }
        } else if (vs != null && !vs.isJsonNull()) {
            throw new Invalid(Message.of("settings.viewsNotArray", abbreviate(vs)));
        }
        List<UserLayerSetting> userLayers = new ArrayList<>();
        JsonElement us = root.get("userLayers");
        if (us != null && us.isJsonArray()) {
            JsonArray a = us.getAsJsonArray();
            for (int i = 0; i < a.size(); i++) {
                if (userLayers.size() == MAX_USER_LAYERS) {
                    notes.accept(Message.of("settings.userLayersCapped", MAX_USER_LAYERS, a.size()));
                    break;
                }
                try {
                    userLayers.add(userLayer(a.get(i), "userLayers[" + i + "]"));
                } catch (Invalid bad) {
                    notes.accept(Message.of("settings.userLayerLeftOut", bad.text()));
                }
            }
        } else if (us != null && !us.isJsonNull()) {
            // older files have no "userLayers"; a wrong type loses only the remembered layers
            notes.accept(Message.of("settings.userLayersNotArray", abbreviate(us)));
        }
        return new UserData(settings, views, userLayers, userLayerFolder(root.get("userLayerFolder"), notes));
    }

    /**
     * The remembered folder, "" when absent; a value that is not the absolute path of something on
     * this system is ignored with a note (the file question then starts where the platform likes).
     * Whether the folder still exists is asked when it is offered, not here: a USB stick may be back.
     */
    static String userLayerFolder(JsonElement e, Consumer<Message> notes) {
        if (e == null || e.isJsonNull()) return "";
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
            String s = e.getAsString();
            try {
                if (!s.isBlank() && s.length() <= UserLayerSetting.MAX_PATH && java.nio.file.Path.of(s).isAbsolute()) {
                    return s;
                }
            } catch (java.nio.file.InvalidPathException notAPathHere) {
                // noted below
            }
        }
        notes.accept(Message.of("settings.badUserLayerFolder", abbreviate(e)));
        return "";
    }

    /** One remembered layer; the message of a failure starts with {@code path}, e.g. {@code userLayers[1].style.fill: …}. */
    static UserLayerSetting userLayer(JsonElement e, String path) throws Invalid {
        if (!e.isJsonObject()) {
            throw new Invalid(Message.of("view.notObject", path, abbreviate(e)));
        }
        JsonObject o = e.getAsJsonObject();
        String file = text(o.get("file"), path + ".file", UserLayerSetting.MAX_PATH);
        String name = text(o.get("name"), path + ".name", UserLayerSetting.MAX_NAME);
        JsonElement st = o.get("style");
        if (st == null || !st.isJsonObject()) {
            throw new Invalid(Message.of("view.mustBeObject", path + ".style", "{\"stroke\": …, \"fill\": …}", found(st)));
        }
        JsonObject so = st.getAsJsonObject();
        String stroke = colour(so.get("stroke"), path + ".style.stroke");
        String fill = colour(so.get("fill"), path + ".style.fill");
        double max = UserLayerSetting.Look.MAX_PIXELS;
        UserLayerSetting.Look look = new UserLayerSetting.Look(stroke, number(so.get("strokeWidth"), path + ".style.strokeWidth", 0, max),
                fill, number(so.get("fillOpacity"), path + ".style.fillOpacity", 0, 1),
                number(so.get("pointRadius"), path + ".style.pointRadius", 0, max));
        JsonElement v = o.get("visible");
        if (v == null || !v.isJsonPrimitive() || !v.getAsJsonPrimitive().isBoolean()) {
            throw new Invalid(Message.of("view.notBoolean", path + ".visible", found(v)));
        }
        return new UserLayerSetting(file, name, look, v.getAsBoolean(), number(o.get("opacity"), path + ".opacity", 0, 1));
    }

    private static String text(JsonElement e, String path, int max) throws Invalid {
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw new Invalid(Message.of("view.nameNotText", path, found(e)));
        }
        String s = e.getAsString();
        if (s.isBlank() || s.length() > max) {
            throw new Invalid(Message.of("view.nameLength", path, max, s.strip().length()));
        }
        return s;
    }

    private static String colour(JsonElement e, String path) throws Invalid {
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString() || !e.getAsString().matches("#[0-9A-Fa-f]{6}")) {
            throw new Invalid(Message.of("view.notColour", path, found(e)));
        }
        return e.getAsString();
    }

    /** The views array of a views file; each bad view becomes a problem naming its index and field. */
    static List<SavedView> viewsData(JsonObject root, List<Message> problems) throws Invalid {
        JsonElement vs = root.get("views");
        if (vs == null || !vs.isJsonArray()) {
            throw new Invalid(Message.of("settings.viewsNotArray", found(vs)));
        }
        List<SavedView> views = new ArrayList<>();
        JsonArray a = vs.getAsJsonArray();
        for (int i = 0; i < a.size(); i++) {
            try {
                views.add(view(a.get(i), "views[" + i + "]"));
            } catch (Invalid bad) {
                problems.add(bad.text());
            }
        }
        return views;
    }

    /** One view; the message of a failure starts with {@code path}, e.g. {@code views[2].zoom: …}. */
    static SavedView view(JsonElement e, String path) throws Invalid {
        if (!e.isJsonObject()) {
            throw new Invalid(Message.of("view.notObject", path, abbreviate(e)));
        }
        JsonObject o = e.getAsJsonObject();
        JsonElement n = o.get("name");
        if (n == null || !n.isJsonPrimitive() || !n.getAsJsonPrimitive().isString()) {
            throw new Invalid(Message.of("view.nameNotText", path + ".name", found(n)));
        }
        String name = n.getAsString();
        if (name.isBlank() || name.length() > SavedView.MAX_NAME) {
            throw new Invalid(Message.of("view.nameLength", path + ".name", SavedView.MAX_NAME, name.strip().length()));
        }
        JsonElement c = o.get("center");
        if (c == null || !c.isJsonObject()) {
            throw new Invalid(Message.of("view.mustBeObject", path + ".center", "{\"lon\": …, \"lat\": …}", found(c)));
        }
        double lon = number(c.getAsJsonObject().get("lon"), path + ".center.lon", -180, 180);
        double lat = number(c.getAsJsonObject().get("lat"), path + ".center.lat", -pe.rutas.model.MapFrame.MAX_LAT, pe.rutas.model.MapFrame.MAX_LAT);
        double zoom = number(o.get("zoom"), path + ".zoom", SavedView.MIN_ZOOM, SavedView.MAX_ZOOM);
        List<String> layers = new ArrayList<>();
        JsonElement ls = o.get("layers");
        if (ls != null && !ls.isJsonNull()) {
            if (!ls.isJsonArray()) {
                throw new Invalid(Message.of("view.layersNotArray", path + ".layers", abbreviate(ls)));
            }
            JsonArray a = ls.getAsJsonArray();
            for (int i = 0; i < a.size(); i++) {
                JsonElement l = a.get(i);
                if (!l.isJsonPrimitive() || !l.getAsJsonPrimitive().isString()) {
                    throw new Invalid(Message.of("view.layerNotName", path + ".layers[" + i + "]", abbreviate(l)));
                }
                layers.add(layerId(l.getAsString(), path + ".layers[" + i + "]"));
            }
        }
        String statistic = "";
        JsonElement st = o.get("statistic");
        if (st != null && !st.isJsonNull()) {
            if (!st.isJsonPrimitive() || !st.getAsJsonPrimitive().isString() || st.getAsString().length() > 200) {
                throw new Invalid(Message.of("view.badStatistic", path + ".statistic", abbreviate(st)));
            }
            statistic = st.getAsString();
        }
        FeatureRef selection = null;
        JsonElement sel = o.get("selection");
        if (sel != null && !sel.isJsonNull()) {
            if (!sel.isJsonObject()) {
                throw new Invalid(Message.of("view.mustBeObjectOrNull", path + ".selection", "{\"kind\": …, \"id\": …}", abbreviate(sel)));
            }
            JsonElement k = sel.getAsJsonObject().get("kind");
            JsonElement id = sel.getAsJsonObject().get("id");
            FeatureRef.Kind kind = null;
            if (k != null && k.isJsonPrimitive() && k.getAsJsonPrimitive().isString()) {
                for (FeatureRef.Kind x : FeatureRef.Kind.values()) {
                    if (x.name().equals(k.getAsString())) kind = x;
                }
            }
            if (kind == null) {
                throw new Invalid(Message.of("view.mustBeOneOf", path + ".selection.kind",
                        java.util.Arrays.toString(FeatureRef.Kind.values()), found(k)));
            }
            if (id == null || !id.isJsonPrimitive() || !id.getAsJsonPrimitive().isString() || id.getAsString().isBlank()) {
                throw new Invalid(Message.of("view.emptyId", path + ".selection.id", found(id)));
            }
            selection = new FeatureRef(kind, id.getAsString());
        }
        return new SavedView(name, lon, lat, zoom, layers, statistic, selection);
    }

    private static LayerSetting layer(JsonElement e, String path) throws Invalid {
        if (!e.isJsonObject()) {
            throw new Invalid(Message.of("view.mustBeObject", path, "{\"visible\": …, \"opacity\": …}", abbreviate(e)));
        }
        JsonElement v = e.getAsJsonObject().get("visible");
        if (v == null || !v.isJsonPrimitive() || !v.getAsJsonPrimitive().isBoolean()) {
            throw new Invalid(Message.of("view.notBoolean", path + ".visible", found(v)));
        }
        double opacity = number(e.getAsJsonObject().get("opacity"), path + ".opacity", 0, 1);
        return new LayerSetting(v.getAsBoolean(), opacity);
    }

    private static String layerId(String id, String path) throws Invalid {
        if (!id.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new Invalid(Message.of("view.badLayerName", path, abbreviate(id)));
        }
        return id;
    }

    private static double number(JsonElement e, String path, double min, double max) throws Invalid {
        if (!isNumber(e) || !(e.getAsDouble() >= min && e.getAsDouble() <= max)) {
            throw new Invalid(Message.of("view.numberRange", path, fmt(min), fmt(max), found(e)));
        }
        return e.getAsDouble();
    }

    private static boolean isNumber(JsonElement e) {
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber() && Double.isFinite(e.getAsDouble());
    }

    private static String choice(JsonObject o, String key, java.util.Set<String> allowed, String fallback, Consumer<Message> notes) {
        JsonElement e = o.get(key);
        if (e == null) return fallback;
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString() && allowed.contains(e.getAsString())) {
            return e.getAsString();
        }
        notes.accept(Message.of("settings.badChoice", key, abbreviate(e), new java.util.TreeSet<>(allowed), fallback));
        return fallback;
    }

    private static boolean bool(JsonObject o, String key, boolean fallback, Consumer<Message> notes) {
        JsonElement e = o.get(key);
        if (e == null) return fallback;
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isBoolean()) return e.getAsBoolean();
        notes.accept(Message.of("settings.badBoolean", key, abbreviate(e), fallback));
        return fallback;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    /** The abbreviated value, or the word "nothing" when it is absent. */
    private static Object found(JsonElement e) {
        return e == null ? Message.of("common.nothing") : abbreviate(e);
    }

    private static String abbreviate(JsonElement e) {
        return abbreviate(e.toString());
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }
}
