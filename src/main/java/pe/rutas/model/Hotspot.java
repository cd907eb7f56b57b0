package pe.rutas.model;

import java.util.List;
import org.locationtech.jts.geom.Point;

/** A place of exploitation (placeholder per MODEL-CONTRACT). */
public record Hotspot(String id, String name, String nameEs, String department, String kind, String exploitation,
                      Point point, List<Figure> figures, List<Citation> citations, List<String> notes) {
}
