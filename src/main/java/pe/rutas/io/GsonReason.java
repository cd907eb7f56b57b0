package pe.rutas.io;

import java.util.Map;

/**
 * Gson's short syntax-error reasons ("Unterminated string", "Expected name" …) as messages
 * of the problems bundle, so that a Spanish user reads them in Spanish too. A reason Gson may
 * word differently in another version stays as Gson wrote it. Stateless.
 */
final class GsonReason {
    private static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("Unterminated string", "json.gson.unterminatedString"),
            Map.entry("Unterminated array", "json.gson.unterminatedArray"),
            Map.entry("Unterminated object", "json.gson.unterminatedObject"),
            Map.entry("Unterminated comment", "json.gson.unterminatedComment"),
            Map.entry("Unterminated escape sequence", "json.gson.unterminatedEscape"),
            Map.entry("Invalid escape sequence", "json.gson.invalidEscape"),
            Map.entry("Expected name", "json.gson.expectedName"),
            Map.entry("Expected value", "json.gson.expectedValue"),
            Map.entry("Expected ':'", "json.gson.expectedColon"),
            Map.entry("Unexpected value", "json.gson.unexpectedValue"),
            Map.entry("End of input", "json.gson.endOfInput"));

    private GsonReason() {
    }

    /** The message for Gson's {@code reason} (already stripped of position and help link). */
    static Message of(String reason) {
        String key = reason == null ? null : KEYS.get(reason.strip());
        return key != null ? Message.of(key) : Message.literal(reason == null ? "unknown error" : reason);
    }
}
