package pe.rutas.io;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The seed documents as the tests read them: located through {@code INDEX.md} in the directory of
 * the {@code rutas.seeds} system property, with helpers to find a printed number or name in them.
 */
final class SeedTexts {
    private static final Pattern INDEX_ROW = Pattern.compile("^\\|\\s*([a-z0-9-]+)\\s*\\|\\s*([^|\\s]+\\.txt)\\s*\\|", Pattern.MULTILINE);
    private static final String[] WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
    /** OCR slips in the seeds, undone before comparing names and titles (never used for numbers). */
    private static final Map<String, String> OCR = Map.of("Accidn", "Accion", "Per(:", "Peru:", "Perd", "Peru", "lquitos", "Iquitos");

    private final Map<String, String> texts;

    private SeedTexts(Map<String, String> texts) {
        this.texts = texts;
    }

    /** The seeds directory, or null when the property is unset or the directory is absent. */
    static Path directory() {
        String dir = System.getProperty("rutas.seeds");
        if (dir == null) return null;
        Path p = Path.of(dir);
        return Files.isRegularFile(p.resolve("INDEX.md")) ? p : null;
    }

    static SeedTexts load(Path dir) throws IOException {
        String index = Files.readString(dir.resolve("INDEX.md"), StandardCharsets.UTF_8);
        Map<String, String> texts = new LinkedHashMap<>();
        Matcher m = INDEX_ROW.matcher(index);
        while (m.find()) {
            texts.put(m.group(1), Files.readString(dir.resolve(m.group(2)), StandardCharsets.UTF_8));
        }
        return new SeedTexts(texts);
    }

    Set<String> keys() {
        return texts.keySet();
    }

    String text(String key) {
        String t = texts.get(key);
        if (t == null) throw new AssertionError("no seed text for " + key);
        return t;
    }

    /** True when the number is printed in the seed, in any usual form ("1,548", "1548", "14.0", "three"). */
    boolean printsNumber(String key, double value) {
        String text = text(key).replaceAll("\\s+", " ");
        for (String candidate : numberForms(value)) {
            String regex = Character.isLetter(candidate.charAt(0))
                    ? "(?i)\\b" + candidate + "\\b"
                    : "(?<![\\d.,])" + Pattern.quote(candidate) + "(?!\\d|[.,]\\d)";
            if (Pattern.compile(regex).matcher(text).find()) return true;
        }
        return false;
    }

    static Set<String> numberForms(double value) {
        Set<String> forms = new LinkedHashSet<>();
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            long n = (long) value;
            forms.add(Long.toString(n));
            forms.add(String.format(Locale.US, "%,d", n));
            forms.add(String.format(Locale.US, "%.1f", value));
            if (n >= 0 && n < WORDS.length) forms.add(WORDS[(int) n]);
        } else {
            forms.add(BigDecimal.valueOf(value).stripTrailingZeros().toPlainString());
            forms.add(String.format(Locale.US, "%.1f", value));
            forms.add(String.format(Locale.US, "%.2f", value));
        }
        return forms;
    }

    /** True when the phrase occurs in the seed, ignoring case, accents, line breaks and known OCR slips. */
    boolean mentions(String key, String phrase) {
        return fold(text(key)).contains(fold(phrase));
    }

    /** True when the string occurs in the seed once all whitespace is removed (URLs broken across lines). */
    boolean containsIgnoringWhitespace(String key, String s) {
        return text(key).replaceAll("\\s+", "").contains(s.replaceAll("\\s+", ""));
    }

    static String fold(String s) {
        String t = s;
        for (Map.Entry<String, String> e : OCR.entrySet()) t = t.replace(e.getKey(), e.getValue());
        t = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return t.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
