package pe.rutas.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import pe.rutas.model.Basis;
import pe.rutas.model.Catalog;
import pe.rutas.model.FeatureRef;
import pe.rutas.model.Place;
import pe.rutas.model.Route;
import pe.rutas.model.RouteSegment;
import pe.rutas.style.RoutePalette;
import pe.rutas.style.RouteStyle;
import pe.rutas.style.StyleText;

/**
 * The internal routes: per route a group {@code route-<id>} (style class {@code route}) of segment
 * lines over a pale casing — documented segments solid, schematic ones dashed — and a group
 * {@code route-<id>-marks} with arrowheads at each segment's middle pointing from its start to its end,
 * and the route's destinations as ringed nodes ({@code dest-<route>-<place>}). One colour per route from
 * {@link RoutePalette}.
 */
final class RouteLayer extends RutasLayer implements LabelLayer.Source {
    private final List<Route> routes;
    private final Catalog catalog;
    private final Map<String, Group> lineGroups = new LinkedHashMap<>();
    private final Map<String, Group> markGroups = new LinkedHashMap<>();
    private final List<Arrow> arrows = new ArrayList<>();
    private final List<Destination> destinations = new ArrayList<>();

    /** An arrowhead of one segment: its node and, per band, midpoint, angle and segment length. */
    private static final class Arrow {
        final RouteSegment segment;
        final Polygon node;
        double x;
        double y;
        double angle;
        double length;

        Arrow(RouteSegment segment, Polygon node) {
            this.segment = segment;
            this.node = node;
        }
    }

    private static final class Destination {
        final Place place;
        final Circle node;
        double x;
        double y;

        Destination(Place place, Circle node) {
            this.place = place;
            this.node = node;
        }
    }

    RouteLayer(MapContext ctx, Catalog catalog) {
        super(ctx, LayerId.ROUTES);
        this.catalog = catalog;
        this.routes = List.copyOf(catalog.routes());
        for (Route r : routes) {
            Color color = RoutePalette.colorOf(r.id());
            FeatureRef ref = FeatureRef.route(r.id());
            Group lines = new Group();
            lines.setId("route-" + r.id());
            lines.getStyleClass().add("route");
            Group casings = new Group();
            Group strokes = new Group();
            lines.getChildren().addAll(casings, strokes);
            Group marks = new Group();
            marks.setId("route-" + r.id() + "-marks");
            marks.getStyleClass().add("route-marks");
            for (RouteSegment s : r.segments()) {
                boolean schematic = s.basis() == Basis.SCHEMATIC;
                Path casing = new Path();
                casing.getStyleClass().add("route-casing");
                casing.setStroke(RouteStyle.CASING);
                casing.setStrokeLineCap(StrokeLineCap.ROUND);
                casing.setStrokeLineJoin(StrokeLineJoin.ROUND);
                casing.setFill(null);
                keepStroke(casing, RouteStyle.CASING_WIDTH, null);
                Path line = new Path();
                line.getStyleClass().addAll("route-line", schematic ? "schematic" : "documented");
                line.setStroke(color);
                line.setFill(null);
                line.setStrokeLineCap(schematic ? StrokeLineCap.BUTT : StrokeLineCap.ROUND);
                line.setStrokeLineJoin(StrokeLineJoin.ROUND);
                keepStroke(line, RouteStyle.WIDTH, schematic ? RouteStyle.SCHEMATIC_DASH : null);
                casings.getChildren().add(casing);
                strokes.getChildren().add(line);
                line.getProperties().put("rutas.segment", s);
                casing.getProperties().put("rutas.segment", s);
                Polygon head = new Polygon(RouteStyle.ARROW_LENGTH / 2, 0, -RouteStyle.ARROW_LENGTH / 2,
                        RouteStyle.ARROW_HALF_WIDTH, -RouteStyle.ARROW_LENGTH / 4, 0, -RouteStyle.ARROW_LENGTH / 2,
                        -RouteStyle.ARROW_HALF_WIDTH);
                head.getStyleClass().add("route-arrow");
                head.setFill(color);
                head.setStroke(Color.WHITE);
                head.setStrokeWidth(1);
                marks.getChildren().add(head);
                arrows.add(new Arrow(s, head));
            }
            for (String placeId : r.destinations()) {
                Optional<Place> p = catalog.place(placeId);
                if (p.isEmpty() || p.get().point() == null) {
                    continue;
                }
                Circle c = new Circle(RouteStyle.DESTINATION_RADIUS);
                c.setId("dest-" + r.id() + "-" + placeId);
                c.getStyleClass().add("route-destination");
                c.setFill(Color.WHITE);
                c.setStroke(color);
                c.setStrokeWidth(3);
                marks.getChildren().add(c);
                destinations.add(new Destination(p.get(), c));
            }
            ctx.bind(lines, ref, l -> StyleText.pick(r.name(), r.nameEs(), l));
            ctx.bind(marks, ref, l -> StyleText.pick(r.name(), r.nameEs(), l));
            lineGroups.put(r.id(), lines);
            markGroups.put(r.id(), marks);
            world.getChildren().add(lines);
            screen.getChildren().add(marks);
        }
    }

    Group linesOf(String routeId) {
        return lineGroups.get(routeId);
    }

    @Override
    protected void rebuild(int band) {
        for (Group g : lineGroups.values()) {
            for (javafx.scene.Node sub : g.getChildrenUnmodifiable()) {
                for (javafx.scene.Node n : ((Group) sub).getChildren()) {
                    RouteSegment s = (RouteSegment) n.getProperties().get("rutas.segment");
                    Projected.toPath(ctx.projected(s.line(), band, false), false, ((Path) n).getElements());
                }
            }
        }
        for (Arrow a : arrows) {
            List<double[]> parts = ctx.projected(a.segment.line(), band, false);
            if (parts.isEmpty()) {
                a.length = 0;
                continue;
            }
            double[] p = parts.get(0);
            double total = 0;
            for (int i = 2; i < p.length; i += 2) {
                total += Math.hypot(p[i] - p[i - 2], p[i + 1] - p[i - 1]);
            }
            a.length = total;
            double half = total / 2;
            double run = 0;
            for (int i = 2; i < p.length; i += 2) {
                double dx = p[i] - p[i - 2];
                double dy = p[i + 1] - p[i - 1];
                double len = Math.hypot(dx, dy);
                if (run + len >= half && len > 0) {
                    double t = (half - run) / len;
                    a.x = p[i - 2] + dx * t;
                    a.y = p[i - 1] + dy * t;
                    a.angle = Math.toDegrees(Math.atan2(dy, dx));
                    break;
                }
                run += len;
            }
        }
        for (Destination d : destinations) {
            d.x = bx(d.place.point().getX(), band);
            d.y = by(d.place.point().getY(), band);
        }
    }

    @Override
    protected void position(View view) {
        for (Arrow a : arrows) {
            boolean room = a.length * view.scale() >= 3 * RouteStyle.ARROW_LENGTH;
            a.node.setVisible(room);
            if (room) {
                a.node.setLayoutX(view.sx(a.x));
                a.node.setLayoutY(view.sy(a.y));
                a.node.setRotate(a.angle);
            }
        }
        for (Destination d : destinations) {
            d.node.setLayoutX(view.sx(d.x));
            d.node.setLayoutY(view.sy(d.y));
        }
    }

    @Override
    public List<LabelLayer.Spec> labels(View view) {
        List<LabelLayer.Spec> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Destination d : destinations) {
            if (!seen.add(d.place.id())) {
                continue;
            }
            out.add(new LabelLayer.Spec("place-" + d.place.id(), StyleText.pick(d.place.name(), d.place.nameEs(),
                    ctx.locale.get()), "destination-label", view.sx(d.x), view.sy(d.y), 30,
                    RouteStyle.DESTINATION_RADIUS + 3, PointLabels.AROUND, getOpacity()));
        }
        return out;
    }

    @Override
    public List<LabelPlacer.Box> obstacles(View view) {
        List<LabelPlacer.Box> out = new ArrayList<>();
        double r = RouteStyle.DESTINATION_RADIUS + 1;
        for (Destination d : destinations) {
            out.add(new LabelPlacer.Box(view.sx(d.x) - r, view.sy(d.y) - r, 2 * r, 2 * r));
        }
        return out;
    }
}
