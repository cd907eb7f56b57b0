package pe.rutas.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Group;
import javafx.scene.shape.Circle;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.QuadCurveTo;
import javafx.scene.shape.StrokeLineCap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import pe.rutas.model.Catalog;
import pe.rutas.model.FeatureRef;
import pe.rutas.model.Flow;
import pe.rutas.model.Place;
import pe.rutas.style.RouteStyle;
import pe.rutas.style.StyleText;

/**
 * International flows (issue 8): each flow a curved arrow (group {@code flow-<id>}, style classes
 * {@code flow} and {@code flow-<direction>}). A foreign end only gives a bearing, so a flow with one is
 * a short arrow ({@link #REACH} screen pixels, less when the foreign end is nearer) at its Peruvian
 * end, pointing along the great-circle bearing toward the foreign end (outbound) or arriving from it
 * (inbound), with the foreign end named at the arrow's outer end: long lines across the whole country
 * cluttered the overview and pointed Japan east along the Mercator line. Flows from Peru as a whole
 * ("PE") to a neighbour, and flows between two places, are drawn end to end, clipped to the map edge
 * with the destination named there. Flows whose foreign end is a region without
 * a bearing are drawn as a ring at the Peruvian end, named beside it. Styled apart from the internal
 * routes (dark, dash-dot).
 *
 * <p>Unlike the other layers the curves live in screen space: where an arrow ends depends on the
 * viewport. Pan and zoom move the existing path elements; nothing is rebuilt.
 */
final class FlowLayer extends RutasLayer implements LabelLayer.Source {
    /** Margin kept between an arrow's clipped end and the map edge, in pixels. */
    static final double EDGE_MARGIN = 28;
    /** Screen length of a flow arrow toward a foreign end, in pixels. */
    static final double REACH = 92;

    private final List<Drawn> flows = new ArrayList<>();

    /** One flow's nodes and endpoints. */
    private static final class Drawn {
        final Flow flow;
        final Group group;
        final Path path;
        final MoveTo move = new MoveTo();
        final QuadCurveTo curve = new QuadCurveTo();
        final Polygon head;
        final Circle ring;
        final double fromLon, fromLat, toLon, toLat;
        final boolean foreignTo;
        final boolean foreignFrom;
        final boolean bearingOnly;
        final int duplicate;
        /** Screen unit vector from the Peruvian end toward the foreign end (Mercator keeps bearings); NaN if none. */
        final double ux, uy;
        double bfx, bfy, btx, bty;
        double labelX = Double.NaN;
        double labelY;
        double inwardX;
        double inwardY;
        /** True when the named end is where the arrow leaves the map, not the place it names. */
        boolean labelAtEdge;

        Drawn(Flow flow, Group group, Path path, Polygon head, Circle ring, double[] ends, boolean foreignFrom,
              boolean foreignTo, boolean bearingOnly, int duplicate) {
            this.flow = flow;
            this.group = group;
            this.path = path;
            this.head = head;
            this.ring = ring;
            this.fromLon = ends[0];
            this.fromLat = ends[1];
            this.toLon = ends[2];
            this.toLat = ends[3];
            this.foreignFrom = foreignFrom;
            this.foreignTo = foreignTo;
            this.bearingOnly = bearingOnly;
            this.duplicate = duplicate;
            boolean inbound = foreignFrom && !foreignTo;
            // Peru as a whole ("PE") has no point to anchor a short arrow: such flows run to the neighbour
            boolean peruAnywhere = "PE".equals(inbound ? flow.to() : flow.from());
            double b = foreignFrom == foreignTo || bearingOnly || peruAnywhere ? Double.NaN
                    : inbound ? bearing(toLon, toLat, fromLon, fromLat) : bearing(fromLon, fromLat, toLon, toLat);
            this.ux = Math.sin(Math.toRadians(b));
            this.uy = -Math.cos(Math.toRadians(b));
        }

        /** True when drawn as a short arrow at the Peruvian end (one end foreign, with a bearing). */
        boolean short_() {
            return !Double.isNaN(ux);
        }
    }

    FlowLayer(MapContext ctx, Catalog catalog) {
        super(ctx, LayerId.FLOWS);
        Map<String, Integer> seen = new HashMap<>();
        for (Flow f : catalog.flows()) {
            double[] ends = endpoints(f, catalog);
            if (ends == null) {
                continue;
            }
            boolean bearingOnly = ends.length == 2;
            boolean foreignTo = Flow.isCountryCode(f.to()) && !"PE".equals(f.to()) || Flow.isRegion(f.to());
            boolean foreignFrom = Flow.isCountryCode(f.from()) && !"PE".equals(f.from()) || Flow.isRegion(f.from());
            String pair = f.from() + ">" + f.to();
            int dup = seen.merge(pair, 1, Integer::sum) - 1;
            Group g = new Group();
            g.setId("flow-" + f.id());
            g.getStyleClass().addAll("flow", "flow-" + (f.direction().isBlank() ? "unspecified"
                    : f.direction().toLowerCase(Locale.ROOT)));
            Path path = new Path();
            path.getStyleClass().add("flow-line");
            path.setStroke(RouteStyle.FLOW_COLOR);
            path.setStrokeWidth(RouteStyle.FLOW_WIDTH);
            path.getStrokeDashArray().setAll(RouteStyle.FLOW_DASH);
            path.setStrokeLineCap(StrokeLineCap.BUTT);
            path.setFill(null);
            Polygon head = new Polygon(RouteStyle.ARROW_LENGTH / 2, 0, -RouteStyle.ARROW_LENGTH / 2,
                    RouteStyle.ARROW_HALF_WIDTH, -RouteStyle.ARROW_LENGTH / 4, 0, -RouteStyle.ARROW_LENGTH / 2,
                    -RouteStyle.ARROW_HALF_WIDTH);
            head.getStyleClass().add("flow-arrow");
            head.setFill(RouteStyle.FLOW_COLOR);
            head.setStroke(javafx.scene.paint.Color.WHITE);
            Circle ring = new Circle(9);
            ring.getStyleClass().add("flow-ring");
            ring.setFill(null);
            ring.setStroke(RouteStyle.FLOW_COLOR);
            ring.setStrokeWidth(RouteStyle.FLOW_WIDTH);
            ring.getStrokeDashArray().setAll(4.0, 3.0);
            if (bearingOnly) {
                g.getChildren().add(ring);
                ends = new double[]{ends[0], ends[1], ends[0], ends[1]};
            } else {
                g.getChildren().addAll(path, head);
            }
            ctx.bind(g, FeatureRef.flow(f.id()), l -> StyleText.pick(f.name(), f.nameEs(), l));
            screen.getChildren().add(g);
            Drawn d = new Drawn(f, g, path, head, ring, ends, foreignFrom, foreignTo, bearingOnly, dup);
            if (!bearingOnly) {
                path.getElements().setAll(d.move, d.curve);
            }
            flows.add(d);
        }
    }

    /**
     * {fromLon, fromLat, toLon, toLat} from the flow's geometry (or its places), {lon, lat} for a
     * bearing-less flow drawn at one point, null when nothing can be drawn.
     */
    static double[] endpoints(Flow f, Catalog catalog) {
        Geometry g = f.geometry();
        if (g != null && !g.isEmpty()) {
            Coordinate[] cs = g.getCoordinates();
            if (cs.length == 1) {
                return new double[]{cs[0].x, cs[0].y};
            }
            Coordinate a = cs[0];
            Coordinate b = cs[cs.length - 1];
            return new double[]{a.x, a.y, b.x, b.y};
        }
        Optional<Place> from = catalog.place(f.from());
        Optional<Place> to = catalog.place(f.to());
        if (from.isPresent() && to.isPresent() && from.get().point() != null && to.get().point() != null) {
            return new double[]{from.get().point().getX(), from.get().point().getY(), to.get().point().getX(),
                    to.get().point().getY()};
        }
        return null;
    }

    @Override
    protected void rebuild(int b) {
        for (Drawn d : flows) {
            d.bfx = bx(d.fromLon, b);
            d.bfy = by(d.fromLat, b);
            d.btx = bx(d.toLon, b);
            d.bty = by(d.toLat, b);
        }
    }

    @Override
    protected void position(View view) {
        double minX = EDGE_MARGIN;
        double minY = EDGE_MARGIN;
        double maxX = view.width() - EDGE_MARGIN;
        double maxY = view.height() - EDGE_MARGIN;
        for (Drawn d : flows) {
            double x0 = view.sx(d.bfx);
            double y0 = view.sy(d.bfy);
            double x1 = view.sx(d.btx);
            double y1 = view.sy(d.bty);
            d.labelX = Double.NaN;
            d.labelAtEdge = false;
            if (d.bearingOnly) {
                d.ring.setLayoutX(x0);
                d.ring.setLayoutY(y0);
                d.labelX = x0;
                d.labelY = y0;
                d.inwardX = 0;
                d.inwardY = 0;
                continue;
            }
            if (d.short_()) {
                placeShort(d, x0, y0, x1, y1, view);
                continue;
            }
            double[] clip = clip(x0, y0, x1, y1, minX, minY, maxX, maxY);
            if (clip == null) {
                d.group.setVisible(false);
                continue;
            }
            d.group.setVisible(true);
            double sx = clip[0], sy = clip[1], ex = clip[2], ey = clip[3];
            double dx = ex - sx;
            double dy = ey - sy;
            double len = Math.hypot(dx, dy);
            shapeArrow(d, sx, sy, ex, ey, len);
            boolean toClipped = clip[5] > 0;
            boolean fromClipped = clip[4] > 0;
            if (d.foreignTo || toClipped) {
                d.labelAtEdge = toClipped;
                d.labelX = ex;
                d.labelY = ey;
                d.inwardX = len == 0 ? 0 : -dx / len;
                d.inwardY = len == 0 ? 0 : -dy / len;
            } else if (d.foreignFrom || fromClipped) {
                d.labelAtEdge = fromClipped;
                d.labelX = sx;
                d.labelY = sy;
                d.inwardX = len == 0 ? 0 : dx / len;
                d.inwardY = len == 0 ? 0 : dy / len;
            }
        }
    }

    /**
     * A short arrow at the Peruvian end: {@link #REACH} pixels along the bearing (straight at the
     * foreign end when that is nearer), bent like the long arrows; the foreign end is named at the
     * arrow's outer end. Hidden when it lies wholly off screen.
     */
    /**
     * Bends the flow's curve from (sx, sy) to (ex, ey) (screen px), to the left of its direction and
     * more for each further flow between the same ends, and turns the arrowhead along its end;
     * arrows shorter than the head show no head.
     */
    private static void shapeArrow(Drawn d, double sx, double sy, double ex, double ey, double len) {
        double dx = ex - sx;
        double dy = ey - sy;
        double bend = 0.16 + 0.1 * d.duplicate;
        double cx = (sx + ex) / 2 - dy * bend;
        double cy = (sy + ey) / 2 + dx * bend;
        d.move.setX(sx);
        d.move.setY(sy);
        d.curve.setControlX(cx);
        d.curve.setControlY(cy);
        d.curve.setX(ex);
        d.curve.setY(ey);
        d.head.setVisible(len > RouteStyle.ARROW_LENGTH);
        d.head.setLayoutX(ex);
        d.head.setLayoutY(ey);
        d.head.setRotate(Math.toDegrees(Math.atan2(ey - cy, ex - cx)));
    }

    private void placeShort(Drawn d, double x0, double y0, double x1, double y1, View view) {
        boolean inbound = d.foreignFrom && !d.foreignTo;
        double px = inbound ? x1 : x0;
        double py = inbound ? y1 : y0;
        double qx = inbound ? x0 : x1;
        double qy = inbound ? y0 : y1;
        double dist = Math.hypot(qx - px, qy - py);
        double ux = d.ux;
        double uy = d.uy;
        double len = REACH;
        if (dist < REACH && dist > 1) {
            len = dist;
            ux = (qx - px) / dist;
            uy = (qy - py) / dist;
        }
        double tx = px + ux * len;
        double ty = py + uy * len;
        double sx = inbound ? tx : px;
        double sy = inbound ? ty : py;
        double ex = inbound ? px : tx;
        double ey = inbound ? py : ty;
        boolean off = Math.max(sx, ex) < 0 || Math.min(sx, ex) > view.width() || Math.max(sy, ey) < 0
                || Math.min(sy, ey) > view.height();
        d.group.setVisible(!off);
        if (off) {
            return;
        }
        shapeArrow(d, sx, sy, ex, ey, len);
        // the name goes beyond the outer end, away from the Peruvian end
        d.labelX = tx;
        d.labelY = ty;
        d.inwardX = -ux;
        d.inwardY = -uy;
    }

    /**
     * The arrow glyph (one of eight) nearest to the screen direction (ux, uy), y pointing down, so a
     * name placed at the map edge says the place lies beyond it in that direction.
     */
    static String offMapArrow(double ux, double uy) {
        String[] glyphs = {"\u2192", "\u2197", "\u2191", "\u2196", "\u2190", "\u2199", "\u2193", "\u2198"};
        double degrees = Math.toDegrees(Math.atan2(-uy, ux));
        int sector = (int) Math.floorMod(Math.round(degrees / 45.0), 8L);
        return glyphs[sector];
    }

    /** Label positions for the outer end of an arrow pointing (ux, uy) on screen: beyond it first. */
    static List<LabelPlacer.Position> beyond(double ux, double uy) {
        LabelPlacer.Position first = Math.abs(ux) >= 0.38 ? (ux > 0 ? LabelPlacer.Position.RIGHT : LabelPlacer.Position.LEFT)
                : uy < 0 ? LabelPlacer.Position.ABOVE : LabelPlacer.Position.BELOW;
        List<LabelPlacer.Position> out = new ArrayList<>(List.of(first));
        for (LabelPlacer.Position p : PointLabels.AROUND) {
            if (p != first) {
                out.add(p);
            }
        }
        return out;
    }

    /** Great-circle initial bearing in degrees clockwise from north, from (lon1, lat1) to (lon2, lat2). */
    static double bearing(double lon1, double lat1, double lon2, double lat2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dl = Math.toRadians(lon2 - lon1);
        double y = Math.sin(dl) * Math.cos(p2);
        double x = Math.cos(p1) * Math.sin(p2) - Math.sin(p1) * Math.cos(p2) * Math.cos(dl);
        return (Math.toDegrees(Math.atan2(y, x)) + 360) % 360;
    }

    /**
     * Liang–Barsky clip of a segment to a rectangle: {sx, sy, ex, ey, fromClipped, toClipped} (flags
     * 1 or 0), or null when the segment misses the rectangle.
     */
    static double[] clip(double x0, double y0, double x1, double y1, double minX, double minY, double maxX,
                         double maxY) {
        double t0 = 0;
        double t1 = 1;
        double dx = x1 - x0;
        double dy = y1 - y0;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x0 - minX, maxX - x0, y0 - minY, maxY - y0};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return null;
                }
                continue;
            }
            double t = q[i] / p[i];
            if (p[i] < 0) {
                t0 = Math.max(t0, t);
            } else {
                t1 = Math.min(t1, t);
            }
            if (t0 > t1) {
                return null;
            }
        }
        return new double[]{x0 + t0 * dx, y0 + t0 * dy, x0 + t1 * dx, y0 + t1 * dy, t0 > 0 ? 1 : 0, t1 < 1 ? 1 : 0};
    }

    @Override
    public List<LabelLayer.Spec> labels(View view) {
        List<LabelLayer.Spec> out = new ArrayList<>();
        Map<String, List<double[]>> named = new HashMap<>();
        for (Drawn d : flows) {
            if (Double.isNaN(d.labelX) || (!d.group.isVisible())) {
                continue;
            }
            Flow f = d.flow;
            String name = StyleText.pick(f.foreignName(), f.foreignNameEs(), ctx.locale.get());
            if (name.isBlank()) {
                name = d.foreignTo ? f.to() : f.from();
            }
            // several flows to one country share a bearing: name it once per stretch of edge
            List<double[]> spots = named.computeIfAbsent(name, k -> new ArrayList<>());
            boolean near = false;
            for (double[] sp : spots) {
                near |= Math.hypot(sp[0] - d.labelX, sp[1] - d.labelY) < 150;
            }
            if (near) {
                continue;
            }
            spots.add(new double[]{d.labelX, d.labelY});
            if (d.labelAtEdge) {
                // zoomed in, the name sits at the map edge, maybe inside Peru: point to where the place is
                name = name + " " + offMapArrow(-d.inwardX, -d.inwardY);
            }
            // a faded flow (period filter) fades its name too
            double opacity = getOpacity() * PeriodFade.labelOpacity(ctx, FeatureRef.flow(f.id()));
            if (d.short_()) {
                out.add(new LabelLayer.Spec("flow-" + f.id(), name, "flow-label", d.labelX - d.inwardX * 4,
                        d.labelY - d.inwardY * 4, PeriodFade.labelPriority(ctx, FeatureRef.flow(f.id()), 100), 3, beyond(-d.inwardX, -d.inwardY), opacity));
                continue;
            }
            double ax = d.labelX + d.inwardX * 16;
            double ay = d.labelY + d.inwardY * 16;
            out.add(new LabelLayer.Spec("flow-" + f.id(), name, "flow-label", ax, ay, PeriodFade.labelPriority(ctx, FeatureRef.flow(f.id()), 100),
                    d.bearingOnly ? 12 : 2,
                    d.bearingOnly ? PointLabels.AROUND
                            : List.of(LabelPlacer.Position.CENTER, LabelPlacer.Position.ABOVE,
                            LabelPlacer.Position.BELOW, LabelPlacer.Position.LEFT, LabelPlacer.Position.RIGHT),
                    opacity));
        }
        return out;
    }
}
