package pe.rutas.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import pe.rutas.model.Citation;

/**
 * Typed access to the plain-Java properties of one catalog entry (see
 * {@link pe.rutas.model.GeoFeature} for the value types). Wrong types raise
 * {@link EntryProblem} with a message naming the field.
 *
 * <p>Prose fields ({@link #prose}, {@link #requiredProse}, {@link #proseList} and the locator and
 * note of citations) read the Spanish companion {@code <key>_es} when this view is Spanish and the
 * companion is a non-blank string (for lists: a list of strings of the same length, blank items
 * falling back item by item); otherwise the English key. A companion never raises a problem, so a
 * Spanish view accepts and rejects exactly the entries the English view does; a companion of the
 * wrong type or length is instead described to {@code companionIssues}, when given, for a warning.
 */
final class Fields {
    static final String SPANISH_SUFFIX = "_es";
    private final Map<String, Object> values;
    private final boolean spanish;
    private final List<Message> companionIssues;

    Fields(Map<String, Object> values) {
        this(values, false);
    }

    Fields(Map<String, Object> values, boolean spanish) {
        this(values, spanish, null);
    }

    /**
     * @param companionIssues receives a description of each unusable {@code <key>_es} companion read
     *                        through this view or its nested objects; null to ignore them
     */
    Fields(Map<String, Object> values, boolean spanish, List<Message> companionIssues) {
        this.values = values == null ? Map.of() : values;
        this.spanish = spanish;
        this.companionIssues = companionIssues;
    }

    /** A prose string in this view's language; "" when absent. The English value decides validity. */
    String prose(String key) throws EntryProblem {
        String english = optional(key);
        Object companion = values.get(key + SPANISH_SUFFIX);
        if (companion != null && !(companion instanceof String)) {
            issue(Message.of("fields.companionNotString", key + SPANISH_SUFFIX, describe(companion)));
        }
        return spanish && companion instanceof String es && !es.isBlank() ? es : english;
    }

    /** As {@link #prose}, but the English value must be present and non-blank. */
    String requiredProse(String key) throws EntryProblem {
        required(key);
        return prose(key);
    }

    /** A list of prose strings in this view's language, item by item; English when the companion does not fit. */
    List<String> proseList(String key) throws EntryProblem {
        List<String> english = strings(key);
        Object companion = values.get(key + SPANISH_SUFFIX);
        boolean fits = companion instanceof List<?> l && l.size() == english.size()
                && l.stream().allMatch(x -> x == null || x instanceof String);
        if (companion != null && !fits) {
            issue(Message.of("fields.companionNotList", key + SPANISH_SUFFIX, english.size(), key, describe(companion)));
        }
        if (!spanish || !fits) {
            return english;
        }
        List<?> es = (List<?>) companion;
        List<String> out = new ArrayList<>(english.size());
        for (int i = 0; i < english.size(); i++) {
            out.add(es.get(i) instanceof String s && !s.isBlank() ? s : english.get(i));
        }
        return out;
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
            out.add(object(o, key, spanish, companionIssues));
        }
        return out;
    }

    Fields object(String key) throws EntryProblem {
        Object v = values.get(key);
        if (v == null) {
            throw new EntryProblem(Message.of("fields.missing", key));
        }
        return object(v, key, spanish, companionIssues);
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
            return new Citation(required("source"), prose("locator"), prose("note"));
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
    private static Fields object(Object o, String key, boolean spanish, List<Message> issues) throws EntryProblem {
        if (o instanceof Map<?, ?> m) {
            return new Fields((Map<String, Object>) m, spanish, issues);
        }
        throw new EntryProblem(Message.of("fields.notObjects", key, describe(o)));
    }

    private void issue(Message message) {
        if (companionIssues != null && !companionIssues.contains(message)) {
            companionIssues.add(message);
        }
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
