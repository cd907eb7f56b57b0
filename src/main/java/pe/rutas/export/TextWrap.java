package pe.rutas.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Greedy word wrapping against a measured width; pure, so the footer layout can be tested. */
public final class TextWrap {
    private TextWrap() {}

    /**
     * Lines of at most {@code maxWidth} (as measured) each; a single word wider than the limit
     * gets a line of its own rather than being cut. Empty text gives no lines.
     */
    public static List<String> wrap(String text, double maxWidth, ToDoubleFunction<String> width) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank()) return lines;
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() == 0) {
                line.append(word);
            } else if (width.applyAsDouble(line + " " + word) <= maxWidth) {
                line.append(' ').append(word);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }
}
