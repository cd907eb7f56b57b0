package pe.rutas.app;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import pe.rutas.io.LoadProblem;
import pe.rutas.io.UserLayerLoad;
import pe.rutas.io.UserLayerLoader;
import pe.rutas.model.GeometryKind;

/**
 * {@code rutas validate [--max-mib N] [--max-features N] FILE.geojson}: runs the same checks as
 * opening a file as an extra layer and prints a short report, never a stack trace.
 * Exit codes: 0 clean, 1 loaded with problems (skipped features or warnings), 2 unusable file
 * (unreadable, not GeoJSON, over a ceiling) or a usage error.
 */
public final class ValidateCommand {
    public static final int CLEAN = 0;
    public static final int PROBLEMS = 1;
    public static final int UNUSABLE = 2;
    /** Lines printed per section before "… and N more", so a broken 100 000-feature file stays readable. */
    private static final int MAX_LINES = 40;
    private static final String USAGE = "usage: rutas validate [--max-mib N] [--max-features N] FILE.geojson";

    private ValidateCommand() {
    }

    /** Runs with the process's standard output and error (the form {@code Launcher} dispatches to). */
    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    /** Runs the command; {@code args} excludes the word "validate". Returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        long maxBytes = UserLayerLoader.DEFAULT_MAX_BYTES;
        int maxFeatures = UserLayerLoader.DEFAULT_MAX_FEATURES;
        String file = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "-h", "--help" -> {
                    out.println(USAGE);
                    out.println("Checks a GeoJSON file for use as an extra layer. Exit 0 clean, 1 loaded with problems, 2 unusable.");
                    return CLEAN;
                }
                case "--max-mib", "--max-features" -> {
                    if (i + 1 >= args.length) {
                        return usage(err, a + " needs a number");
                    }
                    long n;
                    try {
                        n = Long.parseLong(args[++i]);
                    } catch (NumberFormatException e) {
                        return usage(err, a + " needs a whole number, got \"" + args[i] + "\"");
                    }
                    if (n <= 0 || n > Integer.MAX_VALUE) {
                        return usage(err, a + " must be between 1 and " + Integer.MAX_VALUE);
                    }
                    if (a.equals("--max-mib")) {
                        maxBytes = n * 1024 * 1024;
                    } else {
                        maxFeatures = (int) n;
                    }
                }
                default -> {
                    if (a.startsWith("-") && a.length() > 1) {
                        return usage(err, "unknown option " + a);
                    }
                    if (file != null) {
                        return usage(err, "give exactly one file");
                    }
                    file = a;
                }
            }
        }
        if (file == null) {
            return usage(err, "no file given");
        }
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            return usage(err, "not a valid path: " + file);
        }
        UserLayerLoad load;
        try {
            load = new UserLayerLoader(maxBytes, maxFeatures).load(path);
        } catch (RuntimeException | StackOverflowError e) {
            // a bug of ours, not of the file: still no stack trace for the user
            out.println("Validating " + file);
            out.println("Cannot check this file: internal error (" + e + ")");
            return UNUSABLE;
        }
        return report(load, out);
    }

    private static int report(UserLayerLoad load, PrintStream out) {
        out.println("Validating " + load.file());
        if (load.status() == UserLayerLoad.Status.UNUSABLE || load.status() == UserLayerLoad.Status.CANCELLED) {
            for (LoadProblem p : load.problems()) {
                out.println("Cannot use this file: " + where(p) + p.message());
            }
            out.println("Result: unusable (exit 2)");
            return UNUSABLE;
        }
        Map<GeometryKind, Integer> counts = load.counts();
        out.println("Loaded " + plural(load.features().size(), "feature") + ": "
                + plural(counts.get(GeometryKind.POINT), "point") + ", "
                + plural(counts.get(GeometryKind.LINE), "line") + ", "
                + plural(counts.get(GeometryKind.POLYGON), "polygon")
                + (counts.get(GeometryKind.MIXED) > 0 ? ", " + counts.get(GeometryKind.MIXED) + " mixed" : ""));
        section(out, "Skipped or not read", load.errors());
        section(out, "Warnings", load.warnings());
        if (load.status() == UserLayerLoad.Status.CLEAN) {
            out.println("Result: clean (exit 0)");
            return CLEAN;
        }
        out.println("Result: loaded with problems (exit 1)");
        return PROBLEMS;
    }

    private static void section(PrintStream out, String title, List<LoadProblem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        out.println(title + " (" + problems.size() + "):");
        for (int i = 0; i < problems.size() && i < MAX_LINES; i++) {
            LoadProblem p = problems.get(i);
            out.println("  " + where(p) + p.message());
        }
        if (problems.size() > MAX_LINES) {
            out.println("  ... and " + (problems.size() - MAX_LINES) + " more");
        }
    }

    /** "feature 3 (line 12): ", "line 4: " or "" for the file as a whole. */
    private static String where(LoadProblem p) {
        if (p.featureIndex() >= 0) {
            return "feature " + p.featureIndex() + (p.line() > 0 ? " (line " + p.line() + ")" : "") + ": ";
        }
        return p.line() > 0 ? "line " + p.line() + ": " : "";
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static int usage(PrintStream err, String problem) {
        err.println("rutas validate: " + problem);
        err.println(USAGE);
        return UNUSABLE;
    }
}
