package pe.rutas.ui.presenter;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import pe.rutas.export.Composer;
import pe.rutas.export.ExportData;
import pe.rutas.export.ExportLayer;
import pe.rutas.export.ExportRequestException;
import pe.rutas.export.SourceShortNames;
import pe.rutas.export.TextMeasure;
import pe.rutas.io.Message;
import pe.rutas.model.Catalog;
import pe.rutas.model.Citation;
import pe.rutas.model.Figure;
import pe.rutas.model.Hotspot;
import pe.rutas.model.StatRow;
import pe.rutas.model.StatTable;
import pe.rutas.model.Tour;
import pe.rutas.model.TourStep;
import pe.rutas.model.TourStep.FigureRef;

/**
 * Turns tour steps into {@link Slide}s using the loaded data, and lists what a tour refers to
 * that the data lacks ({@link #problems}). Figures come only from the catalog (statistics table
 * rows and hotspot figures), with their citation. Row labels, periods, locators and the slide's
 * table come from the catalog in the slide's language ({@link ExportData#catalog(Locale)}); the
 * problems read in English or Spanish (patterns {@code problem.*} and {@code figure.*} of the
 * presenter bundle). Pure; no toolkit.
 */
public final class TourResolver {
    private final ExportData data;
    private final SourceShortNames shortNames;
    private final Composer composer;

    public TourResolver(ExportData data, SourceShortNames shortNames) {
        this.data = data;
        this.shortNames = shortNames;
        this.composer = new Composer(data, shortNames, TextMeasure.approximate());
    }

    public TourResolver(ExportData data) {
        this(data, SourceShortNames.fromClasspath());
    }

    /** The bundle of the presenter's words, where the problems' patterns are. */
    static final String BUNDLE = "pe.rutas.ui.presenter.presenter";

    /** Every reference of {@code tour} the data cannot satisfy, one line each ("step 3 ("lima"): …"), in English; empty when all resolve. */
    public List<String> problems(Tour tour) {
        return problems(tour, Locale.ENGLISH);
    }

    /** As {@link #problems(Tour)}, in the language of {@code locale} (Spanish or English). */
    public List<String> problems(Tour tour, Locale locale) {
        return problemMessages(tour).stream().map(m -> m.text(locale)).toList();
    }

    /** As {@link #problems(Tour)}, as messages that can be shown in either language. */
    public List<Message> problemMessages(Tour tour) {
        List<Message> out = new ArrayList<>();
        for (int i = 0; i < tour.steps().size(); i++) {
            TourStep s = tour.steps().get(i);
            Message at = Message.in(BUNDLE, "problem.step", i + 1, s.id());
            if (s.feature() != null) {
                try {
                    composer.boundsOf(s.feature());
                } catch (IllegalArgumentException e) {
                    out.add(Message.in(BUNDLE, "problem.frame", at, reason(e)));
                }
            }
            if (s.statTable() != null && data.catalog().table(s.statTable()).isEmpty())
                out.add(Message.in(BUNDLE, "problem.table", at, s.statTable()));
            for (int k = 0; k < s.figures().size(); k++) {
                try {
                    figure(s.figures().get(k), Locale.ENGLISH);
                } catch (IllegalArgumentException e) {
                    out.add(Message.in(BUNDLE, "problem.figure", at, k + 1, reason(e)));
                }
            }
        }
        return out;
    }

    private static Message reason(IllegalArgumentException e) {
        if (e instanceof Unresolved u) return u.text;
        if (e instanceof ExportRequestException r) return r.text();
        return Message.literal(e.getMessage());
    }

    /** A figure reference the data cannot satisfy; the message is English, {@link #text} either language. */
    static final class Unresolved extends IllegalArgumentException {
        private final transient Message text;

        Unresolved(String key, Object... args) {
            this(Message.in(BUNDLE, key, args));
        }

        private Unresolved(Message text) {
            super(text.english());
            this.text = text;
        }
    }

    /** The slide for step {@code index} (0-based); references that do not resolve are left out. */
    public Slide slide(Tour tour, int index, Locale locale) {
        TourStep s = tour.steps().get(index);
        boolean es = "es".equals(locale.getLanguage());
        Envelope box = s.box();
        if (box == null) {
            try {
                box = composer.boundsOf(s.feature());
            } catch (IllegalArgumentException e) {
                box = composer.peru();
            }
        }
        Set<ExportLayer> layers = EnumSet.noneOf(ExportLayer.class);
        for (String l : s.layers()) layers.add(ExportLayer.valueOf(l.toUpperCase(Locale.ROOT)));
        StatTable table = s.statTable() == null ? null : data.catalog(locale).table(s.statTable()).orElse(null);
        List<SlideFigure> figures = new ArrayList<>();
        for (FigureRef f : s.figures()) {
            try {
                figures.add(figure(f, locale));
            } catch (IllegalArgumentException e) {
                // reported by problems(); a slide still shows what resolves
            }
        }
        return new Slide(index + 1, tour.steps().size(), s.title(es), es ? s.noteEs() : s.note(), box, s.feature(), layers, table, figures);
    }

    SlideFigure figure(FigureRef ref, Locale locale) {
        boolean es = "es".equals(locale.getLanguage());
        Catalog prose = data.catalog(locale);
        switch (ref.kind()) {
            case TABLE_ROW -> {
                StatTable t = prose.table(ref.id()).orElseThrow(() -> new Unresolved("figure.unknownTable", ref.id()));
                StatRow r = t.rows().stream().filter(x -> ref.key().equals(x.key())).findFirst()
                        .orElseThrow(() -> new Unresolved("figure.noRow", ref.id(), ref.key()));
                String value;
                if (r.value() != null) value = number(r.value(), locale) + (r.percent() != null ? " (" + number(r.percent(), locale) + " %)" : "");
                else if (r.percent() != null) value = number(r.percent(), locale) + " %";
                else throw new Unresolved("figure.noNumber", ref.key(), ref.id());
                return new SlideFigure(value, r.label(), es ? nonBlank(t.titleEs(), t.title()) : t.title(), nz(t.period()),
                        source(t.citation(), locale));
            }
            case HOTSPOT_FIGURE -> {
                Hotspot h = prose.hotspot(ref.id()).orElseThrow(() -> new Unresolved("figure.unknownHotspot", ref.id()));
                if (ref.index() < 0 || ref.index() >= h.figures().size())
                    throw new Unresolved("figure.noFigure", ref.id(), h.figures().size(), ref.index());
                Figure f = h.figures().get(ref.index());
                // whether a figure is a percentage is read from the English unit, the data's own word
                Figure english = data.catalog().hotspot(ref.id()).map(x -> x.figures().get(ref.index())).orElse(f);
                String unit = english.unit() == null ? "" : english.unit().strip();
                String value = number(f.value(), locale) + (unit.equals("%") || unit.equalsIgnoreCase("percent") ? " %" : "");
                return new SlideFigure(value, es ? nonBlank(f.labelEs(), f.label()) : f.label(), es ? nonBlank(h.nameEs(), h.name()) : h.name(),
                        nz(f.period()), source(f.citation(), locale));
            }
        }
        throw new IllegalStateException();
    }

    private String source(Citation c, Locale locale) {
        if (c == null) return "";
        Optional<String> name = data.catalog().source(c.source()).map(s -> shortNames.shortName(s, locale) + (s.year() == null ? "" : " " + s.year()));
        String n = name.orElse(c.source());
        return c.locator().isBlank() ? n : n + ", " + c.locator();
    }

    static String number(double v, Locale locale) {
        NumberFormat nf = NumberFormat.getNumberInstance(locale);
        // as printed: the data keeps the source's decimals (59.44 %), so show up to two
        nf.setMaximumFractionDigits(2);
        return nf.format(v);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String nonBlank(String a, String b) {
        return a == null || a.isBlank() ? b : a;
    }

    /** Only for tests that need stable short names. */
    static TourResolver withoutShortNames(ExportData data) {
        return new TourResolver(data, new SourceShortNames(new Properties()));
    }
}
