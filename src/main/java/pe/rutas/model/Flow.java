package pe.rutas.model;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * A cross-border movement of victims that a seed states (issue 8).
 *
 * @param from         place id, or ISO 3166-1 alpha-2 country code, or "PE" when the seed names
 *                     Peru only
 * @param to           place id, ISO 3166-1 alpha-2 code (e.g. "JP"), or a region key "region:europe",
 *                     "region:latin-america" when the seed names only a region
 * @param direction    "outbound" (from Peru), "inbound" (into Peru) or "transit"
 * @param exploitation "sexual", "labour", "both" or "unspecified"
 * @param period       the period the statement covers, as text (e.g. "2005")
 * @param geometry     from {@code geodata/flows.geojson}: a LineString from the {@code from} end to
 *                     the {@code to} end (a foreign end is an approximate centroid, good for a
 *                     bearing only), or a Point at the Peruvian end when a foreign region has no
 *                     meaningful bearing; null when built without geometry. x = lon, y = lat.
 * @param foreignName  English name of the non-Peruvian end (e.g. "Japan"), for a label at the map edge
 * @param foreignNameEs Spanish name of the non-Peruvian end
 */
public record Flow(String id, String from, String to, String direction, String exploitation, String period,
                   String name, String nameEs, List<Citation> citations, String note,
                   Geometry geometry, String foreignName, String foreignNameEs) {
    public Flow {
        id = Text.orEmpty(id);
        from = Text.orEmpty(from);
        to = Text.orEmpty(to);
        direction = Text.orEmpty(direction);
        exploitation = Text.orEmpty(exploitation);
        period = Text.orEmpty(period);
        name = Text.orEmpty(name);
        nameEs = Text.orEmpty(nameEs);
        citations = Text.list(citations);
        note = Text.orEmpty(note);
        foreignName = Text.orEmpty(foreignName);
        foreignNameEs = Text.orEmpty(foreignNameEs);
    }

    /** The constructor of the model contract: no geometry, no foreign-end names. */
    public Flow(String id, String from, String to, String direction, String exploitation, String period,
                String name, String nameEs, List<Citation> citations, String note) {
        this(id, from, to, direction, exploitation, period, name, nameEs, citations, note, null, "", "");
    }

    /**
     * Great-circle initial bearing, in degrees clockwise from north [0, 360), from the first to the
     * last coordinate of a LineString geometry; empty for a Point or no geometry. Use this, not
     * the planar angle of the line, to point an arrow: Japan lies north-west of Peru across the
     * Pacific, although its longitude is east.
     */
    public java.util.OptionalDouble initialBearing() {
        if (!(geometry instanceof org.locationtech.jts.geom.LineString line) || line.getNumPoints() < 2) {
            return java.util.OptionalDouble.empty();
        }
        var a = line.getCoordinateN(0);
        var b = line.getCoordinateN(line.getNumPoints() - 1);
        double lat1 = Math.toRadians(a.y);
        double lat2 = Math.toRadians(b.y);
        double dLon = Math.toRadians(b.x - a.x);
        double y = Math.sin(dLon) * Math.cos(lat2);
        double x = Math.cos(lat1) * Math.sin(lat2) - Math.sin(lat1) * Math.cos(lat2) * Math.cos(dLon);
        double deg = Math.toDegrees(Math.atan2(y, x));
        return java.util.OptionalDouble.of((deg + 360) % 360);
    }

    /** True for an ISO 3166-1 alpha-2 country code such as "JP". */
    public static boolean isCountryCode(String endpoint) {
        return endpoint != null && endpoint.matches("[A-Z]{2}");
    }

    /** True for a region key such as "region:europe". */
    public static boolean isRegion(String endpoint) {
        return endpoint != null && endpoint.startsWith("region:");
    }
}
