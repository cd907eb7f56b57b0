package pe.rutas.model;

import java.util.List;
import org.locationtech.jts.geom.Point;

/** A named place of the gazetteer (placeholder per MODEL-CONTRACT). */
public record Place(String id, String name, String nameEs, String department, Point point,
                   List<Citation> citations, String note) {
}
