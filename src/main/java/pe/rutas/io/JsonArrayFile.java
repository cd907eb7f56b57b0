package pe.rutas.io;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plain JSON file of the form {@code {"<member>": [ {...}, {...} ]}} entry by entry,
 * remembering each entry's line so that problems can name it. Not thread-safe; one per read.
 */
final class JsonArrayFile {
    private static final Pattern LINE = Pattern.compile("line (\\d+)");
    private static final int NESTING_LIMIT = 32;

    /** One element of the array: its zero-based index, 1-based line, and plain-Java value. */
    record Entry(int index, int line, Object value) {
        @SuppressWarnings("unchecked")
        Map<String, Object> object() {
            return value instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
        }
    }

    private JsonArrayFile() {
    }

    static List<Entry> read(String file, Reader text, String member) throws DataFileException {
        JsonReader json = new JsonReader(text);
        json.setStrictness(Strictness.STRICT);
        json.setNestingLimit(NESTING_LIMIT);
        List<Entry> out = new ArrayList<>();
        boolean found = false;
        try {
            if (json.peek() != JsonToken.BEGIN_OBJECT) {
                throw new DataFileException(file, lineOf(json.toString()), Message.of("json.topNotObject"), null);
            }
            json.beginObject();
            while (json.hasNext()) {
                String key = json.nextName();
                if (key.equals(member)) {
                    if (json.peek() != JsonToken.BEGIN_ARRAY) {
                        throw new DataFileException(file, lineOf(json.toString()), Message.of("json.memberNotArray", member), null);
                    }
                    found = true;
                    json.beginArray();
                    int index = 0;
                    while (json.hasNext()) {
                        int line = lineOf(json.toString());
                        JsonElement element = JsonParser.parseReader(json);
                        out.add(new Entry(index++, line, GeoJsonReader.plain(element)));
                    }
                    json.endArray();
                } else {
                    json.skipValue();
                }
            }
            json.endObject();
            if (json.peek() != JsonToken.END_DOCUMENT) {
                throw new DataFileException(file, lineOf(json.toString()), Message.of("json.trailingContent"), null);
            }
        } catch (MalformedJsonException | JsonParseException e) {
            int line = lineOf(e);
            throw new DataFileException(file, line > 0 ? line : lineOf(json.toString()), Message.of("json.malformedDetail", GsonReason.of(firstSentence(e))), e);
        } catch (IllegalStateException e) {
            throw new DataFileException(file, lineOf(e), Message.of("json.unexpectedStructure", firstSentence(e)), e);
        } catch (java.io.EOFException e) {
            throw new DataFileException(file, lineOf(json.toString()), Message.of("json.truncated"), e);
        } catch (IOException e) {
            throw new DataFileException(file, -1, Message.of("file.cannotReadDetail", e.getMessage()), e);
        }
        if (!found) {
            throw new DataFileException(file, Message.of("json.noMemberArray", member));
        }
        return out;
    }

    private static int lineOf(String message) {
        if (message == null) {
            return -1;
        }
        Matcher m = LINE.matcher(message);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** The line named in the exception's message or, failing that, in its causes'. */
    private static int lineOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            int line = lineOf(t.getMessage());
            if (line > 0) {
                return line;
            }
        }
        return -1;
    }

    /** The innermost message, without Gson's exception-class prefix, position and help link. */
    private static String firstSentence(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause().getMessage() != null) {
            t = t.getCause();
        }
        String message = t.getMessage();
        if (message == null) {
            return "unknown error";
        }
        message = message.replaceFirst("^[\\w.]+(Exception|Error): ", "");
        int cut = message.indexOf("\nSee ");
        String s = cut > 0 ? message.substring(0, cut) : message;
        return s.replaceAll(" at line \\d+ column \\d+ path \\S+", "").trim();
    }
}
