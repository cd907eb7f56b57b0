package pe.rutas.model;

import java.util.List;
import org.locationtech.jts.geom.Point;

/**
 * A named place of the gazetteer ({@code geodata/places.geojson}) that routes, hotspots and flows
 * refer to by {@code id}.
 *
 * @param id         lower-case slug, e.g. "la-rinconada"
 * @param name       English name
 * @param nameEs     Spanish name (official spelling with accents)
 * @param department ISO 3166-2:PE code of the department (e.g. "PE-PUN"; "PE-LMA" for Lima city,
 *                   "PE-CAL" for Callao)
 * @param point      WGS84, x = longitude, y = latitude; coordinates are the project's own (~0.01°)
 * @param citations  where the seeds name the place
 * @param note       editorial note, or ""
 */
public record Place(String id, String name, String nameEs, String department, Point point,
                    List<Citation> citations, String note) {
    public Place {
        id = Text.orEmpty(id);
        name = Text.orEmpty(name);
        nameEs = Text.orEmpty(nameEs);
        department = Text.orEmpty(department);
        citations = Text.list(citations);
        note = Text.orEmpty(note);
    }
}
