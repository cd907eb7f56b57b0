package pe.rutas.model;

import java.util.List;
import org.locationtech.jts.geom.LineString;

/**
 * One drawn leg of a route: a straight line between two gazetteer places (x = longitude,
 * y = latitude). The line says nothing about the actual path travelled.
 *
 * @param from place id at the first vertex
 * @param to   place id at the last vertex
 */
public record RouteSegment(LineString line, Basis basis, String from, String to, List<Citation> citations,
                           String note) {
    public RouteSegment {
        from = Text.orEmpty(from);
        to = Text.orEmpty(to);
        citations = Text.list(citations);
        note = Text.orEmpty(note);
    }

    public boolean documented() {
        return basis == Basis.DOCUMENTED;
    }
}
