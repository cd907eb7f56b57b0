package pe.rutas.ui;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for accent- and case-insensitive matching: "Pucallpa", "PUCALLPA" and
 * "pucállpa" all fold to "pucallpa"; punctuation becomes a space and runs of spaces collapse.
 * Pure and thread-safe.
 */
public final class TextFold {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TextFold() {}

    public static String fold(String text) {
        if (text == null) return "";
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("");
        return NON_WORD.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}
