package pe.rutas.export;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import pe.rutas.model.GeoFeature;
import pe.rutas.model.MapFrame;
import pe.rutas.style.LayerStyle;

/**
 * Paints the user's own layers as the interactive map draws them: areas tinted with the fill colour
 * at its opacity and outlined in the stroke colour, lines in the stroke colour, points as filled
 * marks ringed in the stroke colour; the layer's opacity applies to all. Sizes are logical pixels
 * times the symbol scale. Vertices closer than half a pixel to the last one drawn are skipped, so a
 * huge layer paints in time proportional to what is visible. FX thread (or an unattached canvas).
 */
final class UserLayerPainter {
    private static final double MIN_STEP = 0.5;

    private UserLayerPainter() {}

    /** Paints the visible layers in order (first at the bottom); only features meeting {@code view} (lon/lat). */
    static void paint(GraphicsContext g, MapFrame f, Iterable<ExportUserLayer> layers, Envelope view, double s) {
        for (ExportUserLayer l : layers) {
            if (!l.visible() || l.opacity() <= 0) continue;
            LayerStyle st = l.style();
            Color stroke = Color.web(st.stroke()), fill = Color.web(st.fill(), st.fillOpacity());
            g.setGlobalAlpha(l.opacity());
            g.setLineDashes((double[]) null);
            g.setLineWidth(st.strokeWidth() * s);
            g.setStroke(stroke);
            g.setFill(fill);
            for (GeoFeature feature : l.features()) {
                Geometry geom = feature.geometry();
                if (geom == null || geom.isEmpty() || !view.intersects(geom.getEnvelopeInternal())) continue;
                draw(g, f, geom, st, s);
            }
            g.setGlobalAlpha(1);
        }
    }

    private static void draw(GraphicsContext g, MapFrame f, Geometry geom, LayerStyle st, double s) {
        if (geom instanceof Polygon p) {
            g.beginPath();
            ring(g, f, p.getExteriorRing().getCoordinates(), true);
            for (int k = 0; k < p.getNumInteriorRing(); k++) ring(g, f, p.getInteriorRingN(k).getCoordinates(), true);
            if (st.fillOpacity() > 0) g.fill();
            if (st.strokeWidth() > 0) g.stroke();
        } else if (geom instanceof LineString line) {
            if (st.strokeWidth() <= 0) return;
            g.beginPath();
            ring(g, f, line.getCoordinates(), false);
            g.stroke();
        } else if (geom instanceof Point pt) {
            double x = f.x(pt.getX()), y = f.y(pt.getY()), r = st.pointRadius() * s;
            if (r <= 0) return;
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
            if (st.strokeWidth() > 0) g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        } else {
            // multi-geometries and collections: their parts, each as above
            for (int i = 0; i < geom.getNumGeometries(); i++) {
                Geometry part = geom.getGeometryN(i);
                if (part != geom) draw(g, f, part, st, s);
            }
        }
    }

    private static void ring(GraphicsContext g, MapFrame f, Coordinate[] cs, boolean close) {
        if (cs.length == 0) return;
        double lx = f.x(cs[0].x), ly = f.y(cs[0].y);
        g.moveTo(lx, ly);
        for (int i = 1; i < cs.length; i++) {
            double x = f.x(cs[i].x), y = f.y(cs[i].y);
            if (i < cs.length - 1 && Math.abs(x - lx) < MIN_STEP && Math.abs(y - ly) < MIN_STEP) continue;
            g.lineTo(x, y);
            lx = x;
            ly = y;
        }
        if (close) g.closePath();
    }
}
