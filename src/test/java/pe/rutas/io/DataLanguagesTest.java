package pe.rutas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every data label and note of the shipped catalog in both languages (issue 6), by the rules of
 * {@code /work/notes/SPANISH-DATA.md} (the Java port of {@code check_es.py}): each prose or name
 * field with non-blank English text has a non-blank {@code <key>_es} companion (lists: same length),
 * whose numbers are the same; the same English prose always gets the same Spanish, so that
 * citation locators still match sources' cited-by entries; and the two loaded catalogs agree on
 * everything but prose.
 */
class DataLanguagesTest {
    static final Set<String> PROSE = Set.of("note", "notes", "locator", "url_note", "unit", "base", "period", "label");
    static final Set<String> NAMES = Set.of("name", "title", "foreign_name");
    static final List<String> FILES = List.of("sources.json", "places.geojson", "routes.geojson", "hotspots.geojson",
            "statistics.json", "flows.geojson", "tours/default.json");
    static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

    static Path geodata;
    static Map<String, JsonElement> trees = new LinkedHashMap<>();

    @BeforeAll
    static void readFiles() throws IOException {
        String dir = System.getProperty("rutas.geodata", "");
        Assumptions.assumeTrue(!dir.isBlank() && Files.isDirectory(Path.of(dir)),
                "system property rutas.geodata does not name the project's geodata directory; skipping the data language check");
        geodata = Path.of(dir);
        for (String f : FILES) {
            try (Reader r = Files.newBufferedReader(geodata.resolve(f), StandardCharsets.UTF_8)) {
                trees.put(f, JsonParser.parseReader(r));
            }
        }
    }

    /** The sorted multiset of numbers a text writes ("35,000", "59.44" and "2013" each count as one). */
    static List<String> numbers(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        out.sort(null);
        return out;
    }

    @Test
    void numbersAreReadAsCheckEsReadsThem() {
        assertEquals(List.of("2009", "2010", "35,000", "59.44"), numbers("'an estimated 35,000' 59.44% Dec 2009 – Dec 2010"));
    }

    @Test
    void everyProseAndNameFieldHasASpanishCompanionWithTheSameNumbers() {
        List<String> problems = new ArrayList<>();
        trees.forEach((file, tree) -> check(file, "$", tree, problems));
        assertTrue(problems.isEmpty(), problems.size() + " problem(s):\n" + String.join("\n", problems));
    }

    @Test
    void theSameEnglishProseAlwaysGetsTheSameSpanish() {
        Map<String, Set<String>> spanishOf = new LinkedHashMap<>();
        Map<String, String> firstSeen = new LinkedHashMap<>();
        trees.forEach((file, tree) -> pairs(file, "$", tree, spanishOf, firstSeen));
        List<String> problems = new ArrayList<>();
        spanishOf.forEach((en, es) -> {
            if (es.size() > 1) {
                problems.add("\"" + en + "\" (first at " + firstSeen.get(en) + ") is given " + es.size() + " translations: " + es);
            }
        });
        assertTrue(problems.isEmpty(), problems.size() + " inconsistent translation(s):\n" + String.join("\n", problems));
    }

    @Test
    void bothLoadedCatalogsAgreeOnEverythingButProse() {
        CatalogLoad load = new CatalogLoader().load(geodata);
        assertEquals(List.of(), CatalogParity.differences(load.catalog(), load.spanish()));
    }

    private static void check(String file, String path, JsonElement e, List<String> problems) {
        if (e.isJsonObject()) {
            JsonObject o = e.getAsJsonObject();
            for (String k : o.keySet()) {
                if (k.equals("geometry") || k.equals("coordinates")) {
                    continue;
                }
                JsonElement v = o.get(k);
                boolean bibliographic = file.equals("sources.json") && k.equals("title");
                if (PROSE.contains(k) || (NAMES.contains(k) && !bibliographic)) {
                    checkField(file, path, k, v, o.get(k + "_es"), problems);
                }
                check(file, path + "." + k, v, problems);
            }
        } else if (e.isJsonArray()) {
            JsonArray a = e.getAsJsonArray();
            for (int i = 0; i < a.size(); i++) {
                check(file, path + "[" + i + "]", a.get(i), problems);
            }
        }
    }

    private static void checkField(String file, String path, String k, JsonElement v, JsonElement es, List<String> problems) {
        String at = file + ": " + path + "." + k;
        if (isString(v)) {
            String en = v.getAsString();
            if (en.isBlank()) {
                return;
            }
            if (!isString(es) || es.getAsString().isBlank()) {
                problems.add(at + ": missing " + k + "_es  [" + en.substring(0, Math.min(60, en.length())) + "]");
            } else if (!numbers(en).equals(numbers(es.getAsString()))) {
                problems.add(at + "_es: numbers differ " + numbers(en) + " vs " + numbers(es.getAsString()));
            }
        } else if (isStringList(v)) {
            JsonArray en = v.getAsJsonArray();
            if (es == null || !es.isJsonArray() || es.getAsJsonArray().size() != en.size()) {
                problems.add(at + ": " + k + "_es must be a list of the same length");
                return;
            }
            JsonArray sp = es.getAsJsonArray();
            for (int i = 0; i < en.size(); i++) {
                String a = en.get(i).getAsString();
                if (!isString(sp.get(i)) || sp.get(i).getAsString().isBlank()) {
                    problems.add(at + "_es[" + i + "] blank");
                } else if (!numbers(a).equals(numbers(sp.get(i).getAsString()))) {
                    problems.add(at + "_es[" + i + "]: numbers differ " + numbers(a) + " vs " + numbers(sp.get(i).getAsString()));
                }
            }
        }
    }

    /** Collects English prose → the Spanish texts it is given, over every prose field and list item. */
    private static void pairs(String file, String path, JsonElement e, Map<String, Set<String>> spanishOf,
                              Map<String, String> firstSeen) {
        if (e.isJsonObject()) {
            JsonObject o = e.getAsJsonObject();
            for (String k : o.keySet()) {
                if (k.equals("geometry") || k.equals("coordinates")) {
                    continue;
                }
                JsonElement v = o.get(k);
                JsonElement es = o.get(k + "_es");
                if (PROSE.contains(k) && es != null) {
                    String at = file + ": " + path + "." + k;
                    if (isString(v) && isString(es) && !v.getAsString().isBlank()) {
                        pair(v.getAsString(), es.getAsString(), at, spanishOf, firstSeen);
                    } else if (isStringList(v) && isStringList(es) && v.getAsJsonArray().size() == es.getAsJsonArray().size()) {
                        for (int i = 0; i < v.getAsJsonArray().size(); i++) {
                            pair(v.getAsJsonArray().get(i).getAsString(), es.getAsJsonArray().get(i).getAsString(),
                                    at + "[" + i + "]", spanishOf, firstSeen);
                        }
                    }
                }
                pairs(file, path + "." + k, v, spanishOf, firstSeen);
            }
        } else if (e.isJsonArray()) {
            JsonArray a = e.getAsJsonArray();
            for (int i = 0; i < a.size(); i++) {
                pairs(file, path + "[" + i + "]", a.get(i), spanishOf, firstSeen);
            }
        }
    }

    private static void pair(String en, String es, String at, Map<String, Set<String>> spanishOf, Map<String, String> firstSeen) {
        spanishOf.computeIfAbsent(en, x -> new LinkedHashSet<>()).add(es);
        firstSeen.putIfAbsent(en, at);
    }

    private static boolean isString(JsonElement e) {
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString();
    }

    private static boolean isStringList(JsonElement e) {
        if (e == null || !e.isJsonArray() || e.getAsJsonArray().isEmpty()) {
            return false;
        }
        for (JsonElement x : e.getAsJsonArray()) {
            if (!isString(x)) {
                return false;
            }
        }
        return true;
    }
}
