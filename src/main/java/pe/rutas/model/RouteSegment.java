package pe.rutas.model;

import java.util.List;
import org.locationtech.jts.geom.LineString;

/** One segment of a route (placeholder per MODEL-CONTRACT). */
public record RouteSegment(LineString line, Basis basis, String from, String to, List<Citation> citations,
                           String note) {
}
