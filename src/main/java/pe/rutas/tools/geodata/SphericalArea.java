package pe.rutas.tools.geodata;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * Area of a longitude/latitude polygon on a sphere of radius 6371.0088 km, via the sinusoidal
 * projection (equal-area): x = lon·cos(lat), y = lat. Good to a few tenths of a percent against
 * the WGS84 ellipsoid; used only for reporting.
 */
final class SphericalArea {
    private static final double KM_PER_RADIAN = 6371.0088;

    private SphericalArea() {
    }

    static double km2(Geometry lonLat) {
        Geometry g = lonLat.copy();
        g.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                double lat = Math.toRadians(seq.getY(i));
                seq.setOrdinate(i, 0, Math.toRadians(seq.getX(i)) * Math.cos(lat) * KM_PER_RADIAN);
                seq.setOrdinate(i, 1, lat * KM_PER_RADIAN);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return g.getArea();
    }
}
