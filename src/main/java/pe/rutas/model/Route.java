package pe.rutas.model;

import java.util.List;

/** An internal trafficking route (placeholder per MODEL-CONTRACT). */
public record Route(String id, String name, String nameEs, String nameSource, List<String> destinations,
                    List<String> origins, List<RouteSegment> segments, List<Citation> citations,
                    List<String> notes) {
}
