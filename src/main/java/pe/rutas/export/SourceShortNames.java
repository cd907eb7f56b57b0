package pe.rutas.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import pe.rutas.model.Catalog;
import pe.rutas.model.Source;

/**
 * Short printed names of sources ("PUCP Legal Clinic"), from the committed mapping
 * {@code geodata/source-short-names.properties} (UTF-8), falling back to the source's author,
 * publisher or title cut to a few words. Immutable after construction.
 */
public final class SourceShortNames {
    public static final String RESOURCE = "/geodata/source-short-names.properties";
    private static final int MAX_WORDS = 5;
    private final Properties names;

    public SourceShortNames(Properties names) {
        this.names = names;
    }

    /** The committed mapping from the classpath; an absent or unreadable file gives the fallbacks only. */
    public static SourceShortNames fromClasspath() {
        Properties p = new Properties();
        try (InputStream in = SourceShortNames.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
            }
        } catch (IOException e) {
            // the fallback names are still correct, just longer
        }
        return new SourceShortNames(p);
    }

    public String shortName(Source s, Locale locale) {
        boolean es = "es".equals(locale.getLanguage());
        String v = es ? names.getProperty(s.id() + ".es") : null;
        if (v == null) v = names.getProperty(s.id());
        if (v != null && !v.isBlank()) return v.strip();
        for (String candidate : new String[] {s.author(), s.publisher(), s.title()}) {
            if (candidate != null && !candidate.isBlank()) return firstWords(candidate.strip());
        }
        return s.id();
    }

    /** The resolver the source line needs, for one catalog and language. */
    public java.util.function.Function<String, Optional<SourceInfo>> resolver(Catalog catalog, Locale locale) {
        return id -> catalog.source(id).map(s -> new SourceInfo(id, shortName(s, locale), s.year()));
    }

    static String firstWords(String text) {
        String[] words = text.split("\\s+");
        if (words.length <= MAX_WORDS) return text;
        return String.join(" ", java.util.Arrays.copyOf(words, MAX_WORDS)) + "…";
    }
}
