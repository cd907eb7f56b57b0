package pe.rutas.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The evidence catalog: sources, gazetteer, routes, hotspots, statistics and cross-border flows,
 * as loaded from {@code geodata/}. Immutable and thread-safe. Lookups are linear scans: the
 * catalog holds tens of items, not thousands.
 */
public record Catalog(List<Source> sources, List<Place> places, List<Route> routes, List<Hotspot> hotspots,
                      List<StatTable> statistics, List<Flow> flows) {
    public Catalog {
        sources = Text.list(sources);
        places = Text.list(places);
        routes = Text.list(routes);
        hotspots = Text.list(hotspots);
        statistics = Text.list(statistics);
        flows = Text.list(flows);
    }

    public static Catalog empty() {
        return new Catalog(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public Optional<Source> source(String id) {
        return find(sources, Source::id, id);
    }

    public Optional<Place> place(String id) {
        return find(places, Place::id, id);
    }

    public Optional<Route> route(String id) {
        return find(routes, Route::id, id);
    }

    public Optional<Hotspot> hotspot(String id) {
        return find(hotspots, Hotspot::id, id);
    }

    public Optional<StatTable> table(String id) {
        return find(statistics, StatTable::id, id);
    }

    public Optional<Flow> flow(String id) {
        return find(flows, Flow::id, id);
    }

    /** Every citation of a route: its own, then its segments'. */
    public static List<Citation> citationsOf(Route route) {
        List<Citation> out = new ArrayList<>(route.citations());
        route.segments().forEach(s -> out.addAll(s.citations()));
        return List.copyOf(out);
    }

    /** Every citation of a hotspot: its own, then its figures'. */
    public static List<Citation> citationsOf(Hotspot hotspot) {
        List<Citation> out = new ArrayList<>(hotspot.citations());
        hotspot.figures().forEach(f -> out.add(f.citation()));
        return List.copyOf(out);
    }

    /** Every citation anywhere in the catalog, including sources' cited-by links. */
    public List<Citation> allCitations() {
        return Stream.of(
                        sources.stream().flatMap(s -> s.citedBy().stream()),
                        places.stream().flatMap(p -> p.citations().stream()),
                        routes.stream().flatMap(r -> citationsOf(r).stream()),
                        hotspots.stream().flatMap(h -> citationsOf(h).stream()),
                        statistics.stream().map(StatTable::citation),
                        flows.stream().flatMap(f -> f.citations().stream()))
                .flatMap(Function.identity())
                .toList();
    }

    /** The distinct sources the given citations name, in first-cited order; unknown ids are left out. */
    public List<Source> sourcesOf(List<Citation> citations) {
        Set<String> ids = new LinkedHashSet<>();
        citations.forEach(c -> ids.add(c.source()));
        return ids.stream().map(this::source).flatMap(Optional::stream).toList();
    }

    /**
     * The primary sources behind a citation: those whose cited-by list holds this exact source and
     * locator, and, recursively, the sources cited by those. Cycles are cut.
     */
    public List<Source> primariesBehind(Citation citation) {
        Set<String> seen = new LinkedHashSet<>();
        List<Source> out = new ArrayList<>();
        collectPrimaries(citation, seen, out);
        return List.copyOf(out);
    }

    private void collectPrimaries(Citation citation, Set<String> seen, List<Source> out) {
        for (Source s : sources) {
            if (!s.isSeed() && s.isCitedAt(citation) && seen.add(s.id())) {
                out.add(s);
                // A primary that is itself cited by another primary: follow any locator of it.
                for (Source deeper : sources) {
                    if (!deeper.isSeed() && deeper.citedBy().stream().anyMatch(c -> c.source().equals(s.id()))
                            && seen.add(deeper.id())) {
                        out.add(deeper);
                    }
                }
            }
        }
    }

    private static <T> Optional<T> find(List<T> items, Function<T, String> id, String wanted) {
        if (wanted == null) {
            return Optional.empty();
        }
        return items.stream().filter(i -> wanted.equals(id.apply(i))).findFirst();
    }
}
