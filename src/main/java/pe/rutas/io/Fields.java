package pe.rutas.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import pe.rutas.model.Citation;

/**
 * Typed access to the plain-Java properties of one catalog entry (see
 * {@link pe.rutas.model.GeoFeature} for the value types). Wrong types raise
 * {@link EntryProblem} with a message naming the field.
 */
final class Fields {
    private final Map<String, Object> values;

    Fields(Map<String, Object> values) {
        this.values = values == null ? Map.of() : values;
    }

    String required(String key) throws EntryProblem {
        String s = optional(key);
        if (s.isBlank()) {
            throw new EntryProblem(Message.of("fields.missingOrEmpty", key));
        }
        return s;
    }

    String optional(String key) throws EntryProblem {
        Object v = values.get(key);
        if (v == null) {
            return "";
        }
        if (v instanceof String s) {
            return s;
        }
        throw new EntryProblem(Message.of("fields.notString", key, describe(v)));
    }

    Double number(String key) throws EntryProblem {
        Object v = values.get(key);
        if (v == null) {
            return null;
        }
        if (v instanceof Double d && Double.isFinite(d)) {
            return d;
        }
        throw new EntryProblem(Message.of("fields.notNumber", key, describe(v)));
    }

    double requiredNumber(String key) throws EntryProblem {
        Double d = number(key);
        if (d == null) {
            throw new EntryProblem(Message.of("fields.missing", key));
        }
        return d;
    }

    Integer integer(String key) throws EntryProblem {
        Double d = number(key);
        if (d == null) {
            return null;
        }
        if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
            throw new EntryProblem(Message.of("fields.notWhole", key, d));
        }
        return d.intValue();
    }

    boolean bool(String key, boolean absent) throws EntryProblem {
        Object v = values.get(key);
        if (v == null) {
            return absent;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        throw new EntryProblem(Message.of("fields.notBoolean", key, describe(v)));
    }

    List<String> strings(String key) throws EntryProblem {
        List<String> out = new ArrayList<>();
        for (Object o : list(key)) {
            if (!(o instanceof String s)) {
                throw new EntryProblem(Message.of("fields.notStrings", key, describe(o)));
            }
            out.add(s);
        }
        return out;
    }

    List<Fields> objects(String key) throws EntryProblem {
        List<Fields> out = new ArrayList<>();
        for (Object o : list(key)) {
            out.add(object(o, key));
        }
        return out;
    }

    Fields object(String key) throws EntryProblem {
        Object v = values.get(key);
        if (v == null) {
            throw new EntryProblem(Message.of("fields.missing", key));
        }
        return object(v, key);
    }

    boolean has(String key) {
        return values.get(key) != null;
    }

    Citation citation(String key) throws EntryProblem {
        return object(key).asCitation(key);
    }

    List<Citation> citations(String key) throws EntryProblem {
        List<Citation> out = new ArrayList<>();
        for (Fields f : objects(key)) {
            out.add(f.asCitation(key));
        }
        return out;
    }

    Citation asCitation(String where) throws EntryProblem {
        try {
            return new Citation(required("source"), optional("locator"), optional("note"));
        } catch (EntryProblem p) {
            throw new EntryProblem(Message.of("fields.inCitation", where, p.text()));
        }
    }

    private List<?> list(String key) throws EntryProblem {
        Object v = values.get(key);
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> l) {
            return l;
        }
        throw new EntryProblem(Message.of("fields.notArray", key, describe(v)));
    }

    @SuppressWarnings("unchecked")
    private static Fields object(Object o, String key) throws EntryProblem {
        if (o instanceof Map<?, ?> m) {
            return new Fields((Map<String, Object>) m);
        }
        throw new EntryProblem(Message.of("fields.notObjects", key, describe(o)));
    }

    private static String describe(Object v) {
        String s = String.valueOf(v);
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }

    /** A problem confined to one entry: it is skipped (or, for a nested part, the entry is). */
    static final class EntryProblem extends Exception {
        private final transient Message text;

        EntryProblem(Message text) {
            super(text.english(), null, false, false);
            this.text = text;
        }

        /** A problem described by text that is the same in every language. */
        EntryProblem(String message) {
            this(Message.literal(message));
        }

        Message text() {
            return text;
        }
    }
}
