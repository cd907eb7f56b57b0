package pe.rutas.model;

import java.util.List;
import org.locationtech.jts.geom.Point;

/**
 * A place of exploitation a seed names.
 *
 * @param kind         "mining", "urban", "port", "tourism", "border" or "region" (a department the
 *                     seed names as a whole; the point then marks its capital)
 * @param exploitation "sexual", "labour", "both", or "unspecified" when the seed does not say
 * @param point        WGS84, x = longitude, y = latitude
 */
public record Hotspot(String id, String name, String nameEs, String department, String kind, String exploitation,
                      Point point, List<Figure> figures, List<Citation> citations, List<String> notes) {
    public Hotspot {
        id = Text.orEmpty(id);
        name = Text.orEmpty(name);
        nameEs = Text.orEmpty(nameEs);
        department = Text.orEmpty(department);
        kind = Text.orEmpty(kind);
        exploitation = Text.orEmpty(exploitation);
        figures = Text.list(figures);
        citations = Text.list(citations);
        notes = Text.list(notes);
    }
}
