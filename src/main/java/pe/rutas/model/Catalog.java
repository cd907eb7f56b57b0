package pe.rutas.model;

import java.util.List;
import java.util.Optional;

/** The evidence catalog (placeholder per MODEL-CONTRACT). */
public record Catalog(List<Source> sources, List<Place> places, List<Route> routes, List<Hotspot> hotspots,
                      List<StatTable> statistics, List<Flow> flows) {
    public Optional<Source> source(String id) { return sources.stream().filter(s -> s.id().equals(id)).findFirst(); }
    public Optional<Place> place(String id) { return places.stream().filter(s -> s.id().equals(id)).findFirst(); }
    public Optional<Route> route(String id) { return routes.stream().filter(s -> s.id().equals(id)).findFirst(); }
    public Optional<Hotspot> hotspot(String id) { return hotspots.stream().filter(s -> s.id().equals(id)).findFirst(); }
    public Optional<StatTable> table(String id) { return statistics.stream().filter(s -> s.id().equals(id)).findFirst(); }
}
