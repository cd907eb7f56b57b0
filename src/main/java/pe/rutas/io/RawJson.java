package pe.rutas.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON tree for geometry, read straight from the stream. Arrays of plain numbers
 * (positions) are packed into a {@code double[]}, which takes a fraction of the memory of
 * Gson's tree (one object per number) and keeps large coordinate lists cheap to hold while a
 * feature is checked. Recursion depth is bounded by the {@link JsonReader}'s nesting limit.
 */
sealed interface RawJson {
    /** An array whose elements are all numbers; {@code texts[i]} is the literal when a value is not finite, else null. */
    record Numbers(double[] values, String[] texts) implements RawJson { }

    record Array(List<RawJson> items) implements RawJson { }

    record Obj(Map<String, RawJson> members) implements RawJson {
        RawJson get(String key) {
            return members.get(key);
        }
    }

    /** A number; {@code text} is its literal, or null when {@link #format} of the value will do. */
    record Num(double value, String text) implements RawJson {
        String literal() {
            return text != null ? text : format(value);
        }
    }

    record Str(String value) implements RawJson { }

    /** true, false or null. */
    record Literal(String text) implements RawJson { }

    Literal NULL = new Literal("null");

    static RawJson read(JsonReader json) throws IOException {
        JsonToken token = json.peek();
        switch (token) {
            case BEGIN_ARRAY: {
                json.beginArray();
                if (json.hasNext() && json.peek() == JsonToken.NUMBER) {
                    double[] values = new double[4];
                    String[] texts = null;
                    int n = 0;
                    while (json.hasNext() && json.peek() == JsonToken.NUMBER) {
                        String text = json.nextString();
                        double d = Double.parseDouble(text);
                        if (n == values.length) values = Arrays.copyOf(values, n * 2);
                        if (!Double.isFinite(d)) {
                            if (texts == null) texts = new String[values.length];
                            if (texts.length < values.length) texts = Arrays.copyOf(texts, values.length);
                            texts[n] = text;
                        }
                        values[n++] = d;
                    }
                    if (!json.hasNext()) {
                        json.endArray();
                        return new Numbers(Arrays.copyOf(values, n), texts == null ? null : Arrays.copyOf(texts, n));
                    }
                    // mixed array: unpack what was read and continue element by element
                    List<RawJson> items = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        items.add(new Num(values[i], texts != null ? texts[i] : null));
                    }
                    while (json.hasNext()) items.add(read(json));
                    json.endArray();
                    return new Array(items);
                }
                List<RawJson> items = new ArrayList<>();
                while (json.hasNext()) items.add(read(json));
                json.endArray();
                return new Array(items);
            }
            case BEGIN_OBJECT: {
                json.beginObject();
                Map<String, RawJson> members = new LinkedHashMap<>();
                while (json.hasNext()) {
                    String name = json.nextName();
                    members.put(name, read(json));
                }
                json.endObject();
                return new Obj(members);
            }
            case NUMBER: {
                String text = json.nextString();
                return new Num(Double.parseDouble(text), text);
            }
            case STRING:
                return new Str(json.nextString());
            case BOOLEAN:
                return new Literal(String.valueOf(json.nextBoolean()));
            case NULL:
                json.nextNull();
                return NULL;
            default:
                throw new IllegalStateException("unexpected " + token + " at " + json);
        }
    }

    /** Converts a Gson tree (used for the top-level members that are not geometry). */
    static RawJson of(JsonElement e) {
        if (e == null || e.isJsonNull()) return NULL;
        if (e.isJsonPrimitive()) {
            JsonPrimitive p = e.getAsJsonPrimitive();
            if (p.isNumber()) return new Num(p.getAsDouble(), p.getAsString());
            if (p.isBoolean()) return new Literal(String.valueOf(p.getAsBoolean()));
            return new Str(p.getAsString());
        }
        if (e.isJsonArray()) {
            JsonArray a = e.getAsJsonArray();
            List<RawJson> items = new ArrayList<>(a.size());
            for (JsonElement x : a) items.add(of(x));
            return new Array(items);
        }
        JsonObject o = e.getAsJsonObject();
        Map<String, RawJson> members = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> m : o.entrySet()) members.put(m.getKey(), of(m.getValue()));
        return new Obj(members);
    }

    /** The elements of an array node, or null when the node is not an array. */
    static List<RawJson> elements(RawJson node) {
        if (node instanceof Array a) return a.items();
        if (node instanceof Numbers n) {
            List<RawJson> items = new ArrayList<>(n.values().length);
            for (int i = 0; i < n.values().length; i++) {
                items.add(new Num(n.values()[i], n.texts() != null ? n.texts()[i] : null));
            }
            return items;
        }
        return null;
    }

    static String text(Numbers n, int i) {
        return n.texts() != null && n.texts()[i] != null ? n.texts()[i] : format(n.values()[i]);
    }

    /** Compact JSON text of a node, cut to about 40 characters for messages. */
    static String abbreviate(RawJson node) {
        StringBuilder b = new StringBuilder();
        append(b, node, 41);
        return b.length() > 40 ? b.substring(0, 37) + "..." : b.toString();
    }

    private static void append(StringBuilder b, RawJson node, int limit) {
        if (b.length() > limit) return;
        if (node instanceof Numbers n) {
            b.append('[');
            for (int i = 0; i < n.values().length && b.length() <= limit; i++) b.append(i > 0 ? "," : "").append(text(n, i));
            b.append(']');
        } else if (node instanceof Array a) {
            b.append('[');
            for (int i = 0; i < a.items().size() && b.length() <= limit; i++) {
                if (i > 0) b.append(',');
                append(b, a.items().get(i), limit);
            }
            b.append(']');
        } else if (node instanceof Obj o) {
            b.append('{');
            boolean first = true;
            for (Map.Entry<String, RawJson> m : o.members().entrySet()) {
                if (b.length() > limit) break;
                if (!first) b.append(',');
                first = false;
                b.append(new JsonPrimitive(m.getKey())).append(':');
                append(b, m.getValue(), limit);
            }
            b.append('}');
        } else if (node instanceof Num n) {
            b.append(n.literal());
        } else if (node instanceof Str s) {
            String v = s.value().length() > limit ? s.value().substring(0, limit) : s.value();
            b.append(new JsonPrimitive(v));
        } else if (node instanceof Literal l) {
            b.append(l.text());
        }
    }

    /** Whole numbers without ".0" so that [279000,8665000] reads as written. */
    static String format(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        return Double.toString(d);
    }
}
