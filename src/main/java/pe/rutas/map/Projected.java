package pe.rutas.map;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/** Projection of JTS geometry (x = lon, y = lat) into band world pixels as path elements. Pure. */
final class Projected {
    /** Simplification tolerance at the band's scale, in pixels. */
    static final double TOLERANCE_PX = 0.4;

    private Projected() {
    }

    /** Flat x,y band-pixel arrays: one per polygon ring or line part of {@code g}, simplified. */
    static List<double[]> parts(Geometry g, int band, boolean closedOnly) {
        List<double[]> out = new ArrayList<>();
        if (g == null) {
            return out;
        }
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon poly) {
                add(poly.getExteriorRing(), band, out, 3);
                for (int h = 0; h < poly.getNumInteriorRing(); h++) {
                    add(poly.getInteriorRingN(h), band, out, 3);
                }
            } else if (part instanceof LineString line && !closedOnly) {
                add(line, band, out, 2);
            }
        }
        return out;
    }

    private static void add(LineString line, int band, List<double[]> out, int minPoints) {
        double[] s = Simplify.projected(line.getCoordinates(), lon -> RutasLayer.bx(lon, band),
                lat -> RutasLayer.by(lat, band), TOLERANCE_PX);
        if (s.length / 2 >= minPoints) {
            out.add(s);
        }
    }

    /** Replaces {@code elements} with move/line(/close) commands for the parts. */
    static void toPath(List<double[]> parts, boolean close, ObservableList<PathElement> elements) {
        List<PathElement> es = new ArrayList<>();
        for (double[] p : parts) {
            es.add(new MoveTo(p[0], p[1]));
            for (int i = 2; i < p.length; i += 2) {
                es.add(new LineTo(p[i], p[i + 1]));
            }
            if (close) {
                es.add(new ClosePath());
            }
        }
        elements.setAll(es);
    }
}
