package pe.rutas.app;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import pe.rutas.io.LoadProblem;
import pe.rutas.io.UserLayerLoad;
import pe.rutas.io.UserLayerLoader;
import pe.rutas.model.GeometryKind;

/**
 * {@code rutas validate [--lang en|es] [--max-mib N] [--max-features N] FILE.geojson}: runs the same
 * checks as opening a file as an extra layer and prints a short report, never a stack trace, in
 * English or Spanish ({@code --lang}; by default Spanish when the system language is Spanish,
 * English otherwise, as in the explorer). Exit codes: 0 clean, 1 loaded with problems (skipped
 * features or warnings), 2 unusable file (unreadable, not GeoJSON, over a ceiling) or a usage error.
 */
public final class ValidateCommand {
    public static final int CLEAN = 0;
    public static final int PROBLEMS = 1;
    public static final int UNUSABLE = 2;
    static final String BUNDLE = "pe.rutas.app.validate";
    /** Lines printed per section before "… and N more", so a broken 100 000-feature file stays readable. */
    private static final int MAX_LINES = 40;

    private ValidateCommand() {
    }

    /** Runs with the process's standard output and error (the form {@code Launcher} dispatches to). */
    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    /** Runs the command; {@code args} excludes the word "validate". Returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, Locale.getDefault());
    }

    /** As {@link #run(String[], PrintStream, PrintStream)}, with {@code system} standing for the system locale. */
    static int run(String[] args, PrintStream out, PrintStream err, Locale system) {
        Locale lang = CliText.language(args, system);
        CliText t = new CliText(BUNDLE, lang == null ? system : lang);
        long maxBytes = UserLayerLoader.DEFAULT_MAX_BYTES;
        int maxFeatures = UserLayerLoader.DEFAULT_MAX_FEATURES;
        String file = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "-h", "--help" -> {
                    out.println(t.get("usage"));
                    out.println(t.get("help"));
                    out.println(t.get("help.lang"));
                    return CLEAN;
                }
                case "--lang" -> {
                    if (i + 1 >= args.length) {
                        return usage(err, t, t.get("error.langMissing"));
                    }
                    String v = args[++i].toLowerCase(Locale.ROOT);
                    if (!v.equals("en") && !v.equals("es")) {
                        return usage(err, t, t.get("error.lang", args[i]));
                    }
                }
                case "--max-mib", "--max-features" -> {
                    if (i + 1 >= args.length) {
                        return usage(err, t, t.get("error.needsNumber", a));
                    }
                    long n;
                    try {
                        n = Long.parseLong(args[++i]);
                    } catch (NumberFormatException e) {
                        return usage(err, t, t.get("error.notWhole", a, args[i]));
                    }
                    if (n <= 0 || n > Integer.MAX_VALUE) {
                        return usage(err, t, t.get("error.range", a, Integer.MAX_VALUE));
                    }
                    if (a.equals("--max-mib")) {
                        maxBytes = n * 1024 * 1024;
                    } else {
                        maxFeatures = (int) n;
                    }
                }
                default -> {
                    if (a.startsWith("-") && a.length() > 1) {
                        return usage(err, t, t.get("error.unknownOption", a));
                    }
                    if (file != null) {
                        return usage(err, t, t.get("error.oneFile"));
                    }
                    file = a;
                }
            }
        }
        if (file == null) {
            return usage(err, t, t.get("error.noFile"));
        }
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            return usage(err, t, t.get("error.badPath", file));
        }
        UserLayerLoad load;
        try {
            load = new UserLayerLoader(maxBytes, maxFeatures).load(path);
        } catch (RuntimeException | StackOverflowError e) {
            // a bug of ours, not of the file: still no stack trace for the user
            out.println(t.get("validating", file));
            out.println(t.get("internalError", e));
            return UNUSABLE;
        }
        return report(load, out, t);
    }

    private static int report(UserLayerLoad load, PrintStream out, CliText t) {
        out.println(t.get("validating", load.file()));
        if (load.status() == UserLayerLoad.Status.UNUSABLE || load.status() == UserLayerLoad.Status.CANCELLED) {
            for (LoadProblem p : load.problems()) {
                out.println(t.get("cannotUse", where(p, t) + p.message(t.locale())));
            }
            out.println(t.get("result.unusable"));
            return UNUSABLE;
        }
        Map<GeometryKind, Integer> counts = load.counts();
        int mixed = counts.get(GeometryKind.MIXED);
        int loaded = load.features().size();
        // Spanish makes the verb agree: "Se cargó 1 elemento", "Se cargaron 3 elementos"
        out.println(t.get(loaded == 1 ? "loaded.one" : "loaded.other", plural(loaded, "feature", t),
                plural(counts.get(GeometryKind.POINT), "point", t),
                plural(counts.get(GeometryKind.LINE), "line", t),
                plural(counts.get(GeometryKind.POLYGON), "polygon", t))
                + (mixed > 0 ? t.get("loaded.mixed", mixed) : ""));
        section(out, t.get("section.skipped", load.errors().size()), load.errors(), t);
        section(out, t.get("section.warnings", load.warnings().size()), load.warnings(), t);
        if (load.status() == UserLayerLoad.Status.CLEAN) {
            out.println(t.get("result.clean"));
            return CLEAN;
        }
        out.println(t.get("result.problems"));
        return PROBLEMS;
    }

    private static void section(PrintStream out, String heading, List<LoadProblem> problems, CliText t) {
        if (problems.isEmpty()) {
            return;
        }
        out.println(heading);
        for (int i = 0; i < problems.size() && i < MAX_LINES; i++) {
            LoadProblem p = problems.get(i);
            out.println("  " + where(p, t) + p.message(t.locale()));
        }
        if (problems.size() > MAX_LINES) {
            out.println("  " + t.get("more", problems.size() - MAX_LINES));
        }
    }

    /** "feature 3 (line 12): ", "line 4: " or "" for the file as a whole. */
    private static String where(LoadProblem p, CliText t) {
        if (p.featureIndex() >= 0) {
            return (p.line() > 0 ? t.get("where.featureLine", p.featureIndex(), p.line()) : t.get("where.feature", p.featureIndex())) + ": ";
        }
        return p.line() > 0 ? t.get("where.line", p.line()) + ": " : "";
    }

    /** "1 point", "3 points": the bundle has {@code noun.one} and {@code noun.other}. */
    private static String plural(int n, String noun, CliText t) {
        return t.get(noun + (n == 1 ? ".one" : ".other"), n);
    }

    private static int usage(PrintStream err, CliText t, String problem) {
        err.println("rutas validate: " + problem);
        err.println(t.get("usage"));
        return UNUSABLE;
    }
}
