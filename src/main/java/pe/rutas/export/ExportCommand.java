package pe.rutas.export;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import pe.rutas.io.LoadProblem;
import pe.rutas.io.Message;
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
 *
 * <p>Everything the command prints (usage, help, errors, notes, data problems) is in the language
 * of {@code --lang}, like the image: English unless {@code --lang es}. When {@code --lang} itself
 * is wrong or has no value, that error is said in the system's language (Spanish if it is Spanish,
 * else English), since no choice was understood. Words are in {@link ExportMessages}.
 */
public final class ExportCommand {
    public static final int OK = 0, FAILED = 1, USAGE = 2;

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

    /** A usage error; {@link #getMessage()} is English, {@link #text()} either language. */
    static final class UsageException extends Exception {
        private final transient Message text;

        UsageException(Message text) {
            super(text.english());
            this.text = text;
        }

        Message text() {
            return text;
        }
    }

    /** Runs with the system's locale standing for the language of errors about {@code --lang} itself. */
    public int execute(String[] args, PrintStream out, PrintStream err) {
        return execute(args, out, err, Locale.getDefault());
    }

    /** As {@link #execute(String[], PrintStream, PrintStream)}, with {@code system} standing for the system locale. */
    int execute(String[] args, PrintStream out, PrintStream err, Locale system) {
        Locale lang = language(args, system);
        Options o;
        try {
            o = parse(args);
        } catch (UsageException e) {
            err.println("rutas export: " + ExportMessages.of("command.seeHelp", e.text()).text(lang));
            return USAGE;
        }
        if (o.help()) {
            out.println(say(lang, "command.usage"));
            out.println(say(lang, "command.help", MIN_SIDE, ExportRequest.MAX_SIDE, ExportRequest.MAX_PIXELS / 1_000_000));
            return OK;
        }
        try {
            PngWriter.checkWritable(o.out(), o.force());
        } catch (IOException e) {
            err.println("rutas export: " + say(lang, "command.cannotWrite", o.out(), PngWriter.reason(e)));
            return FAILED;
        }
        ExportData data;
        try {
            data = loader.load(o.data());
        } catch (Exception e) {
            err.println("rutas export: " + say(lang, "command.cannotLoad", ExportMessages.reason(e)));
            return FAILED;
        }
        if (!data.problems().isEmpty()) {
            out.println(say(lang, "command.dataProblems", data.problems().size(), problem(data.problems().get(0))));
        }
        List<ExportUserLayer> own = userLayers(o.layers(), out, err, lang);
        if (own == null) return FAILED;
        ExportRequest req;
        try {
            req = request(o).withUserLayers(own);
        } catch (IllegalArgumentException e) {
            err.println("rutas export: " + ExportMessages.describe(e, lang));
            return USAGE;
        }
        long t0 = System.nanoTime();
        try {
            FxRuntime.ensureStarted();
            Composition c = new Exporter(data).renderToFile(req, o.out(), o.force());
            Object period = o.period() == null ? "" : ExportMessages.of("command.wrotePeriod", o.period(), c.faded().size());
            out.println(say(lang, "command.wrote", o.out(), o.width(), o.height(), String.format(Locale.ROOT, "%.2f", req.scale()),
                    c.inFrame().size(), period, (System.nanoTime() - t0) / 1_000_000));
            return OK;
        } catch (Composer.UnknownFeatureException e) {
            err.println("rutas export: " + e.message(lang));
            return USAGE;
        } catch (IOException e) {
            err.println("rutas export: " + say(lang, "command.cannotWrite", o.out(), PngWriter.reason(e)));
            return FAILED;
        } catch (RuntimeException e) {
            err.println("rutas export: " + say(lang, "command.renderFailed", e));
            return FAILED;
        } catch (OutOfMemoryError e) {
            err.println("rutas export: " + say(lang, "command.memory", o.width(), o.height()));
            return FAILED;
        }
    }

    private static String say(Locale lang, String key, Object... args) {
        return ExportMessages.of(key, args).text(lang);
    }

    /**
     * The language of everything the command prints: that of {@code --lang} when it is en or es,
     * English when there is no {@code --lang} (as for the image), and the system's language when
     * {@code --lang} is wrong or has no value (the error that follows is about it).
     */
    static Locale language(String[] args, Locale system) {
        for (int i = 0; i < args.length; i++) {
            if (!args[i].equals("--lang")) continue;
            String v = i + 1 < args.length ? args[i + 1].toLowerCase(Locale.ROOT) : "";
            if (v.equals("en") || v.equals("es")) return Locale.forLanguageTag(v);
            return Message.supported(system);
        }
        return Locale.ENGLISH;
    }

    /** "file:line, feature N: skipped: reason", like {@link LoadProblem#toString()}, in either language. */
    static Message problem(LoadProblem p) {
        Object where = p.file() + (p.line() > 0 ? ":" + p.line() : "");
        if (p.featureIndex() >= 0) where = ExportMessages.of("problem.feature", where, p.featureIndex());
        return ExportMessages.of(p.severity() == LoadProblem.Severity.ERROR ? "problem.error" : "problem.warning", where, p.text());
    }

    /**
     * The request the options ask for; its locale ({@code --lang}) picks the names and words and
     * the catalog whose data prose the export prints.
     *
     * @throws ExportRequestException for sizes or a scale out of range
     */
    static ExportRequest request(Options o) {
        double scale = o.scale() != null ? o.scale() : ExportRequest.autoScale(o.width(), o.height());
        return ExportRequest.of(o.width(), o.height(), o.locale()).withScale(scale).withTitle(o.title())
                .withTarget(o.target()).withStatTable(o.stat()).withPeriod(o.period());
    }

    /** The {@code --layer} files as layers in automatic styles; null (after saying why) when one has nothing to draw. */
    private static List<ExportUserLayer> userLayers(List<Path> files, PrintStream out, PrintStream err, Locale lang) {
        List<ExportUserLayer> layers = new ArrayList<>();
        pe.rutas.io.UserLayerLoader loader = new pe.rutas.io.UserLayerLoader();
        for (Path f : files) {
            pe.rutas.io.UserLayerLoad load = loader.load(f);
            if (load.features().isEmpty()) {
                Message why = load.problems().stream().map(LoadProblem::text).findFirst().orElse(ExportMessages.of("command.layerNothing"));
                err.println("rutas export: " + say(lang, "command.layerUnusable", f, why));
                return null;
            }
            if (!load.problems().isEmpty()) {
                out.println(say(lang, "command.layerNote", f, load.features().size(), load.errors().size(), load.warnings().size()));
            }
            String name = f.getFileName() == null ? f.toString() : f.getFileName().toString();
            layers.add(new ExportUserLayer(name, load.features(), pe.rutas.style.UserLayerStyles.suggest(load.features(), layers.size()), 1, true));
        }
        return layers;
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
                    if (target != null) throw usage("command.oneTarget");
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
                    if (!m.matches()) throw usage("command.period", v);
                    int from = Integer.parseInt(m.group(1)), to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
                    if (from > to) throw usage("command.periodOrder", v);
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
                        throw usage("command.scaleNumber", v);
                    }
                    if (!(scale >= 0.5 && scale <= 8)) throw usage("command.scaleRange", v);
                }
                case "--lang" -> {
                    String v = value(a, ++i, opt).toLowerCase(Locale.ROOT);
                    if (!v.equals("es") && !v.equals("en")) throw usage("command.lang", v);
                    locale = Locale.forLanguageTag(v);
                }
                default -> throw usage("command.unknownOption", opt);
            }
        }
        if (help) return new Options(null, null, null, 0, 0, null, locale, null, false, null, true, null, List.of());
        if (out == null) throw usage("command.outRequired");
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) throw usage("command.outPng", out);
        if ((width == null) != (height == null)) throw usage("command.bothSizes");
        int w = width == null ? 1920 : width, h = height == null ? 1080 : height;
        if ((long) w * h > ExportRequest.MAX_PIXELS) throw usage("command.tooLarge", w, h, ExportRequest.MAX_PIXELS / 1_000_000);
        return new Options(out, target, stat, w, h, scale, locale, title, force, data, false, period, List.copyOf(layers));
    }

    private static UsageException usage(String key, Object... args) {
        return new UsageException(ExportMessages.of(key, args));
    }

    private static String value(List<String> a, int i, String opt) throws UsageException {
        if (i >= a.size() || a.get(i).startsWith("--")) throw usage("command.needsValue", opt);
        return a.get(i);
    }

    /** Sizes must be whole pixels from 16 to {@link ExportRequest#MAX_SIDE}; smaller cannot hold the chrome. */
    private static int size(String v, String opt) throws UsageException {
        int n;
        try {
            n = Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw usage("command.sizeNumber", opt, v);
        }
        if (n < MIN_SIDE || n > ExportRequest.MAX_SIDE) throw usage("command.sizeRange", opt, MIN_SIDE, ExportRequest.MAX_SIDE, n);
        return n;
    }

    /** Smallest side accepted on the command line: below this the title and footer leave no map. */
    static final int MIN_SIDE = 200;
}
