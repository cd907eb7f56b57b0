package pe.rutas.export;

import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import pe.rutas.model.Flow;

/**
 * The drawable ends of a flow, from its geometry in {@code flows.geojson}: the Peruvian end, the
 * far end (for a foreign country an approximate centroid, good for a bearing only) and the
 * great-circle bearing from the Peruvian end towards the far end. A flow whose geometry is only a
 * point (a foreign region with no meaningful bearing) or missing has no ends and is not drawn.
 *
 * @param peruLon    longitude of the Peruvian end
 * @param peruLat    latitude of the Peruvian end
 * @param farLon     longitude of the far end
 * @param farLat     latitude of the far end
 * @param bearingDeg initial great-circle bearing from the Peruvian end to the far end, degrees
 *                   clockwise from north; Japan is north-west of Peru although its longitude is east
 * @param inbound    true when victims move from the far end into Peru
 * @param farName    English name of the far end, for a label at the map edge
 * @param farNameEs  Spanish name of the far end
 * @param wholeCountry true when the source names Peru as a whole (end "PE"): the Peruvian end is
 *                   then only a centre point, and the arrow should start at Peru's border
 */
public record FlowEnds(double peruLon, double peruLat, double farLon, double farLat, double bearingDeg, boolean inbound,
                       String farName, String farNameEs, boolean wholeCountry) {

    public static Optional<FlowEnds> of(Flow f, ExportData data) {
        if (!(f.geometry() instanceof LineString line) || line.getNumPoints() < 2) return Optional.empty();
        Coordinate a = line.getCoordinateN(0), b = line.getCoordinateN(line.getNumPoints() - 1);
        boolean inbound = "inbound".equalsIgnoreCase(f.direction());
        Coordinate peru = inbound ? b : a, far = inbound ? a : b;
        String name = f.foreignName().isBlank() ? farName(f, inbound, data, false) : f.foreignName();
        String nameEs = f.foreignNameEs().isBlank() ? farName(f, inbound, data, true) : f.foreignNameEs();
        boolean whole = "PE".equalsIgnoreCase(inbound ? f.to() : f.from());
        return Optional.of(new FlowEnds(peru.x, peru.y, far.x, far.y, bearing(peru, far), inbound, name, nameEs, whole));
    }

    private static String farName(Flow f, boolean inbound, ExportData data, boolean es) {
        String end = inbound ? f.from() : f.to();
        var place = data.catalog().place(end);
        if (place.isPresent()) return es ? place.get().nameEs() : place.get().name();
        for (var c : data.countries()) if (end.equalsIgnoreCase(c.isoA2())) return es ? c.nameEs() : c.name();
        return end;
    }

    /** Initial great-circle bearing from a to b (lon/lat degrees), degrees clockwise from north in [0, 360). */
    public static double bearing(Coordinate a, Coordinate b) {
        double lat1 = Math.toRadians(a.y), lat2 = Math.toRadians(b.y), dLon = Math.toRadians(b.x - a.x);
        double y = Math.sin(dLon) * Math.cos(lat2);
        double x = Math.cos(lat1) * Math.sin(lat2) - Math.sin(lat1) * Math.cos(lat2) * Math.cos(dLon);
        return (Math.toDegrees(Math.atan2(y, x)) + 360) % 360;
    }
}
