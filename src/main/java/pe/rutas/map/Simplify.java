package pe.rutas.map;

import java.util.function.DoubleUnaryOperator;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * Douglas–Peucker simplification of projected (pixel) coordinates through JTS, so every layer and the
 * basemap simplify the same way per zoom band. Pure and thread-safe.
 */
final class Simplify {
    private static final GeometryFactory GF = new GeometryFactory();

    private Simplify() {
    }

    /**
     * A line's vertices projected to pixels by {@code x}/{@code y} (lon→px, lat→px), as packed
     * {x0, y0, x1, y1, …}, simplified by {@link #douglasPeucker} with {@code tolerance} px.
     */
    static double[] projected(Coordinate[] cs, DoubleUnaryOperator x, DoubleUnaryOperator y, double tolerance) {
        double[] xy = new double[cs.length * 2];
        for (int i = 0; i < cs.length; i++) {
            xy[2 * i] = x.applyAsDouble(cs[i].x);
            xy[2 * i + 1] = y.applyAsDouble(cs[i].y);
        }
        return douglasPeucker(xy, tolerance);
    }

    /** Simplifies a flat x,y array with a tolerance in the same units; endpoints are kept. */
    static double[] douglasPeucker(double[] xy, double tolerance) {
        int n = xy.length / 2;
        if (n <= 3 || tolerance <= 0) {
            return xy;
        }
        Coordinate[] cs = new Coordinate[n];
        for (int i = 0; i < n; i++) {
            cs[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        }
        LineString line = GF.createLineString(cs);
        CoordinateSequence out = ((LineString) DouglasPeuckerSimplifier.simplify(line, tolerance))
                .getCoordinateSequence();
        double[] r = new double[out.size() * 2];
        for (int i = 0; i < out.size(); i++) {
            r[2 * i] = out.getX(i);
            r[2 * i + 1] = out.getY(i);
        }
        return r;
    }
}
