package pe.rutas.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The period filter (issue 8): which pieces of evidence, and so which features, fall in a range of
 * calendar years. Pure functions over the catalog; immutable and thread-safe.
 *
 * <p><b>The rule.</b> Evidence has two dates: the year its source was published (or, where it prints
 * no date, the latest year of the data it reports: {@link Source#year()}) and the period its figures
 * cover ({@link Figure#period()}, {@link StatTable#period()}, {@link Flow#period()}, read with
 * {@link Period#parse}). A piece of evidence is <em>in range</em> when <em>either</em> date overlaps
 * the range (both ends inclusive):
 * <ul>
 *   <li>a citation: its source's year lies in the range;</li>
 *   <li>a figure or a table: its period overlaps the range, or its citation's source year lies in it;</li>
 *   <li>a feature (route, hotspot, place, flow, department): any of its citations (route segments
 *       and figures included) or any of its figures, its flow period or the tables with a row for it
 *       is in range.</li>
 * </ul>
 * A citation or figure with no year at all (an undated source, a period that names no year) is never
 * filtered out: nothing says it is old. A feature is judged by its dated evidence only; one with no
 * dated evidence at all is kept. {@code null} as the range means "no filter": everything is in range.
 */
public final class EvidencePeriod {
    private EvidencePeriod() {
    }

    /** True when a source year lies in {@code range}; an unknown year (null) counts as in range. */
    public static boolean yearInRange(Integer year, Period range) {
        return range == null || year == null || (year >= range.from() && year <= range.to());
    }

    /**
     * True when a period text overlaps {@code range}; a text that names no year counts as in range.
     */
    public static boolean periodInRange(String periodText, Period range) {
        if (range == null) {
            return true;
        }
        return Period.parse(periodText).map(p -> p.overlaps(range)).orElse(true);
    }

    /**
     * The rule for one dated item that has both a period text and a source year: in range when
     * either overlaps; when neither names a year, in range (undated evidence is never hidden).
     */
    public static boolean inRange(String periodText, Integer sourceYear, Period range) {
        if (range == null) {
            return true;
        }
        Optional<Period> p = Period.parse(periodText);
        if (p.isEmpty() && sourceYear == null) {
            return true;
        }
        return p.map(x -> x.overlaps(range)).orElse(false)
                || (sourceYear != null && sourceYear >= range.from() && sourceYear <= range.to());
    }

    /** A citation: its source's year (a source the catalog does not know counts as undated). */
    public static boolean inRange(Catalog catalog, Citation citation, Period range) {
        return citation == null || yearInRange(yearOf(catalog, citation), range);
    }

    /** A figure: its period, or its citation's source year. */
    public static boolean inRange(Catalog catalog, Figure figure, Period range) {
        return inRange(figure.period(), yearOf(catalog, figure.citation()), range);
    }

    /** A table: its period, or its citation's source year. */
    public static boolean inRange(Catalog catalog, StatTable table, Period range) {
        return inRange(table.period(), yearOf(catalog, table.citation()), range);
    }

    /** Whether a feature has any evidence in range (see the class comment). Unknown features are kept. */
    public static boolean inRange(Catalog catalog, FeatureRef ref, Period range) {
        if (range == null || ref == null) {
            return true;
        }
        return switch (ref.kind()) {
            case ROUTE -> catalog.route(ref.id())
                    .map(r -> anyInRange(catalog, Catalog.citationsOf(r), List.of(), range)).orElse(true);
            case HOTSPOT -> catalog.hotspot(ref.id()).map(h -> anyInRange(catalog, h.citations(),
                    h.figures().stream().map(f -> dated(f.period(), yearOf(catalog, f.citation()))).toList(), range))
                    .orElse(true);
            case PLACE -> catalog.place(ref.id())
                    .map(p -> anyInRange(catalog, p.citations(), List.of(), range)).orElse(true);
            case FLOW -> catalog.flow(ref.id()).map(f -> anyInRange(catalog, f.citations(),
                    f.period().isBlank() ? List.of() : List.of(dated(f.period(), null)), range)).orElse(true);
            case DEPARTMENT -> {
                List<StatTable> tables = tablesFor(catalog, ref.id());
                yield tables.isEmpty() || tables.stream().anyMatch(t -> inRange(catalog, t, range));
            }
        };
    }

    /** The features of {@code refs} with no evidence in {@code range}; empty for no filter. */
    public static Set<FeatureRef> outOfRange(Catalog catalog, Collection<FeatureRef> refs, Period range) {
        Set<FeatureRef> out = new LinkedHashSet<>();
        if (range == null) {
            return out;
        }
        for (FeatureRef ref : refs) {
            if (!inRange(catalog, ref, range)) {
                out.add(ref);
            }
        }
        return out;
    }

    /**
     * The span of every year the catalog's evidence names (source years of cited sources, figure,
     * table and flow periods), or empty when it names none. The period control runs over this span.
     */
    public static Optional<Period> extent(Catalog catalog) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        List<Period> spans = new ArrayList<>();
        for (Citation c : catalog.allCitations()) {
            Integer y = yearOf(catalog, c);
            if (y != null) {
                spans.add(Period.of(y));
            }
        }
        catalog.hotspots().forEach(h -> h.figures().forEach(f -> Period.parse(f.period()).ifPresent(spans::add)));
        catalog.statistics().forEach(t -> Period.parse(t.period()).ifPresent(spans::add));
        catalog.flows().forEach(f -> Period.parse(f.period()).ifPresent(spans::add));
        for (Period p : spans) {
            min = Math.min(min, p.from());
            max = Math.max(max, p.to());
        }
        return min <= max ? Optional.of(new Period(min, max)) : Optional.empty();
    }

    /** The year of a citation's source, null when unknown. */
    public static Integer yearOf(Catalog catalog, Citation citation) {
        if (citation == null) {
            return null;
        }
        return catalog.source(citation.source()).map(Source::year).orElse(null);
    }

    /** The tables with a row for a department (ISO 3166-2:PE code). */
    public static List<StatTable> tablesFor(Catalog catalog, String iso) {
        return catalog.statistics().stream()
                .filter(t -> t.departmentRows().stream().anyMatch(r -> r.key().equals(iso)))
                .toList();
    }

    private record Dated(String period, Integer year) {
    }

    private static Dated dated(String period, Integer year) {
        return new Dated(period, year);
    }

    /**
     * In range when any citation or dated item is; a feature with neither dated citations nor dated
     * items is kept (nothing dates it).
     */
    private static boolean anyInRange(Catalog catalog, List<Citation> citations, List<Dated> items, Period range) {
        boolean anyDated = false;
        for (Citation c : citations) {
            Integer y = yearOf(catalog, c);
            if (y != null) {
                anyDated = true;
                if (yearInRange(y, range)) {
                    return true;
                }
            }
        }
        for (Dated d : items) {
            boolean dated = d.year() != null || Period.parse(d.period()).isPresent();
            if (dated) {
                anyDated = true;
                if (inRange(d.period(), d.year(), range)) {
                    return true;
                }
            }
        }
        return !anyDated;
    }
}
