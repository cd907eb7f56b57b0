package pe.rutas.export;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import pe.rutas.model.FeatureRef;

/**
 * The {@code export} sub-command: renders a brief-ready PNG with no display.
 *
 * <pre>
 * export --out FILE.png [--route ID | --hotspot ID | --department ISO | --flow ID]
 *        [--stat TABLE_ID] [--period YYYY[-YYYY]] [--width W --height H] [--scale S] [--lang es|en]
 *        [--title "…"] [--layer FILE.geojson]… [--force] [--data DIR]
 * </pre>
 *
 * Each {@code --layer} adds a GeoJSON file of the user's own, drawn under the evidence marks in an
 * automatic style and named in the legend, with the same checks as opening it in the app (bad
 * features are skipped and counted; a file with nothing to draw is an error).
 *
 * Exit codes: 0 written; 2 bad usage (unknown option, bad size, unknown id); 1 the file could
 * not be written or the data not loaded. Errors are one line on {@code err}; no partial file is
 * ever left behind.
 */
public final class ExportCommand {
    public static final int OK = 0, FAILED = 1, USAGE = 2;
    static final String USAGE_LINE = "usage: rutas export --out FILE.png [--route ID | --hotspot ID | --department ISO | --flow ID] "
            + "[--stat TABLE_ID] [--period YYYY[-YYYY]] [--width W --height H] [--scale S] [--lang es|en] [--title TEXT] "
            + "[--layer FILE.geojson]... [--force] [--data DIR]";

    /** Loads the data to draw; {@code dir} null means the copy inside the application. */
    @FunctionalInterface
    public interface DataLoader {
        ExportData load(Path dir) throws Exception;
    }

    private final DataLoader loader;

    public ExportCommand(DataLoader loader) {
        this.loader = loader;
    }

    /** Runs on the standard streams (the launcher's entry point); see {@link #run(String[], PrintStream, PrintStream)}. */
    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    /** Runs with the application's own data loading. {@code args} may start with the word "export". */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return new ExportCommand(GeodataLoader::load).execute(args, out, err);
    }

    /** Parsed options. */
    record Options(Path out, FeatureRef target, String stat, int width, int height, Double scale, Locale locale,
                   String title, boolean force, Path data, boolean help, YearRange period, List<Path> layers) {}

    static final class UsageException extends Exception {
        UsageException(String m) {
            super(m);
        }
    }

    public int execute(String[] args, PrintStream out, PrintStream err) {
        Options o;
        try {
            o = parse(args);
        } catch (UsageException e) {
            err.println("rutas export: " + e.getMessage() + " (see 'rutas export --help')");
            return USAGE;
        }
        if (o.help()) {
            out.println(USAGE_LINE);
            return OK;
        }
        try {
            PngWriter.checkWritable(o.out(), o.force());
        } catch (IOException e) {
            err.println("rutas export: cannot write " + o.out() + ": " + describe(e));
            return FAILED;
        }
        ExportData data;
        try {
            data = loader.load(o.data());
        } catch (Exception e) {
            err.println("rutas export: cannot load data: " + e.getMessage());
            return FAILED;
        }
        if (!data.problems().isEmpty()) {
            out.println("note: " + data.problems().size() + " data problem(s) while loading, e.g. " + data.problems().get(0)
                    + " (run 'rutas validate' for all)");
        }
        List<ExportUserLayer> own = userLayers(o.layers(), out, err);
        if (own == null) return FAILED;
        ExportRequest req;
        try {
            req = request(o).withUserLayers(own);
        } catch (IllegalArgumentException e) {
            err.println("rutas export: " + e.getMessage());
            return USAGE;
        }
        long t0 = System.nanoTime();
        try {
            FxRuntime.ensureStarted();
            Composition c = new Exporter(data).renderToFile(req, o.out(), o.force());
            out.printf(Locale.ROOT, "wrote %s (%d×%d px, scale %.2f, %d features cited%s) in %d ms%n", o.out(), o.width(), o.height(),
                    req.scale(), c.inFrame().size(),
                    o.period() == null ? "" : ", period shown " + o.period() + ", " + c.faded().size() + " faded",
                    (System.nanoTime() - t0) / 1_000_000);
            return OK;
        } catch (Composer.UnknownFeatureException e) {
            err.println("rutas export: " + e.getMessage());
            return USAGE;
        } catch (IOException e) {
            err.println("rutas export: cannot write " + o.out() + ": " + describe(e));
            return FAILED;
        } catch (RuntimeException e) {
            err.println("rutas export: rendering failed: " + e);
            return FAILED;
        } catch (OutOfMemoryError e) {
            err.println("rutas export: not enough memory to render " + o.width() + "×" + o.height() + " px; try a smaller size or a larger -Xmx");
            return FAILED;
        }
    }

    /**
     * The request the options ask for; its locale ({@code --lang}) picks the names and words and
     * the catalog whose data prose the export prints.
     *
     * @throws IllegalArgumentException for sizes or a scale out of range
     */
    static ExportRequest request(Options o) {
        double scale = o.scale() != null ? o.scale() : ExportRequest.autoScale(o.width(), o.height());
        return ExportRequest.of(o.width(), o.height(), o.locale()).withScale(scale).withTitle(o.title())
                .withTarget(o.target()).withStatTable(o.stat()).withPeriod(o.period());
    }

    /** The {@code --layer} files as layers in automatic styles; null (after saying why) when one has nothing to draw. */
    private static List<ExportUserLayer> userLayers(List<Path> files, PrintStream out, PrintStream err) {
        List<ExportUserLayer> layers = new ArrayList<>();
        pe.rutas.io.UserLayerLoader loader = new pe.rutas.io.UserLayerLoader();
        for (Path f : files) {
            pe.rutas.io.UserLayerLoad load = loader.load(f);
            if (load.features().isEmpty()) {
                err.println("rutas export: cannot use layer " + f + ": " + load.problems().stream().map(pe.rutas.io.LoadProblem::message)
                        .findFirst().orElse("nothing to draw"));
                return null;
            }
            if (!load.problems().isEmpty()) {
                out.println("note: layer " + f + ": " + load.features().size() + " feature(s) drawn, " + load.errors().size()
                        + " skipped, " + load.warnings().size() + " warning(s) (run 'rutas validate " + f + "' for details)");
            }
            String name = f.getFileName() == null ? f.toString() : f.getFileName().toString();
            layers.add(new ExportUserLayer(name, load.features(), pe.rutas.style.UserLayerStyles.suggest(load.features(), layers.size()), 1, true));
        }
        return layers;
    }

    private static String describe(IOException e) {
        if (e instanceof FileAlreadyExistsException) return "file exists (use --force to overwrite)";
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    static Options parse(String[] args) throws UsageException {
        List<String> a = new ArrayList<>(List.of(args));
        if (!a.isEmpty() && a.get(0).equals("export")) a.remove(0);
        Path out = null, data = null;
        FeatureRef target = null;
        String stat = null, title = null;
        Integer width = null, height = null;
        Double scale = null;
        Locale locale = Locale.ENGLISH;
        boolean force = false, help = false;
        YearRange period = null;
        List<Path> layers = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            String opt = a.get(i);
            switch (opt) {
                case "--help", "-h" -> help = true;
                case "--force" -> force = true;
                case "--out", "-o" -> out = Path.of(value(a, ++i, opt));
                case "--data" -> data = Path.of(value(a, ++i, opt));
                case "--route", "--hotspot", "--department", "--flow" -> {
                    if (target != null) throw new UsageException("give only one of --route, --hotspot, --department, --flow");
                    String id = value(a, ++i, opt);
                    target = switch (opt) {
                        case "--route" -> FeatureRef.route(id);
                        case "--hotspot" -> FeatureRef.hotspot(id);
                        case "--department" -> FeatureRef.department(id.toUpperCase(Locale.ROOT));
                        default -> FeatureRef.flow(id);
                    };
                }
                case "--stat" -> stat = value(a, ++i, opt);
                case "--period" -> {
                    String v = value(a, ++i, opt).strip();
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("((?:19|20)\\d{2})(?:\\s*[-–]\\s*((?:19|20)\\d{2}))?").matcher(v);
                    if (!m.matches()) throw new UsageException("--period needs YYYY or YYYY-YYYY, got '" + v + "'");
                    int from = Integer.parseInt(m.group(1)), to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
                    if (from > to) throw new UsageException("--period starts after it ends: '" + v + "'");
                    period = new YearRange(from, to);
                }
                case "--title" -> title = value(a, ++i, opt);
                case "--layer" -> layers.add(Path.of(value(a, ++i, opt)));
                case "--width" -> width = size(value(a, ++i, opt), opt);
                case "--height" -> height = size(value(a, ++i, opt), opt);
                case "--scale" -> {
                    String v = value(a, ++i, opt);
                    try {
                        scale = Double.parseDouble(v);
                    } catch (NumberFormatException e) {
                        throw new UsageException("--scale needs a number, got '" + v + "'");
                    }
                    if (!(scale >= 0.5 && scale <= 8)) throw new UsageException("--scale must be between 0.5 and 8, got " + v);
                }
                case "--lang" -> {
                    String v = value(a, ++i, opt).toLowerCase(Locale.ROOT);
                    if (!v.equals("es") && !v.equals("en")) throw new UsageException("--lang must be es or en, got '" + v + "'");
                    locale = Locale.forLanguageTag(v);
                }
                default -> throw new UsageException("unknown option '" + opt + "'");
            }
        }
        if (help) return new Options(null, null, null, 0, 0, null, locale, null, false, null, true, null, List.of());
        if (out == null) throw new UsageException("--out FILE.png is required");
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) throw new UsageException("--out must name a .png file, got '" + out + "'");
        if ((width == null) != (height == null)) throw new UsageException("give both --width and --height");
        int w = width == null ? 1920 : width, h = height == null ? 1080 : height;
        if ((long) w * h > ExportRequest.MAX_PIXELS)
            throw new UsageException(w + "×" + h + " px is larger than " + ExportRequest.MAX_PIXELS / 1_000_000 + " megapixels");
        return new Options(out, target, stat, w, h, scale, locale, title, force, data, false, period, List.copyOf(layers));
    }

    private static String value(List<String> a, int i, String opt) throws UsageException {
        if (i >= a.size() || a.get(i).startsWith("--")) throw new UsageException(opt + " needs a value");
        return a.get(i);
    }

    /** Sizes must be whole pixels from 16 to {@link ExportRequest#MAX_SIDE}; smaller cannot hold the chrome. */
    private static int size(String v, String opt) throws UsageException {
        int n;
        try {
            n = Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new UsageException(opt + " needs a whole number of pixels, got '" + v + "'");
        }
        if (n < MIN_SIDE || n > ExportRequest.MAX_SIDE)
            throw new UsageException(opt + " must be between " + MIN_SIDE + " and " + ExportRequest.MAX_SIDE + " px, got " + n);
        return n;
    }

    /** Smallest side accepted on the command line: below this the title and footer leave no map. */
    static final int MIN_SIDE = 200;
}
