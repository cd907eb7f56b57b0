package pe.rutas.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import pe.rutas.model.Basis;
import pe.rutas.model.Country;
import pe.rutas.model.Department;
import pe.rutas.model.FeatureRef;
import pe.rutas.model.Flow;
import pe.rutas.model.Hotspot;
import pe.rutas.model.MapFrame;
import pe.rutas.model.Place;
import pe.rutas.model.Route;
import pe.rutas.model.RouteSegment;
import pe.rutas.model.StatTable;
import pe.rutas.map.BasemapPainter;
import pe.rutas.style.BasemapStyle;

/**
 * Paints the map itself (basemap, shading, the user's own layers, routes, flows, places of exploitation) for a
 * {@link MapFrame} onto a {@link GraphicsContext} whose origin is the frame's top-left corner;
 * sizes are logical pixels (the caller scales for HiDPI). Used by the export and by presenter
 * mode. Call on the FX application thread (or on a thread owning an unattached Canvas).
 */
public final class MapPainter {
    /** What to paint besides the basemap; {@code userLayers} bottom first (hidden ones are skipped). */
    public record Options(Set<ExportLayer> layers, StatTable table, FeatureRef highlight, Set<FeatureRef> faded,
                          Locale locale, double symbolScale, List<ExportUserLayer> userLayers) {
        public Options {
            layers = layers == null ? Set.of() : Set.copyOf(layers);
            faded = faded == null ? Set.of() : Set.copyOf(faded);
            locale = locale == null ? Locale.ENGLISH : locale;
            symbolScale = symbolScale <= 0 ? 1 : symbolScale;
            userLayers = userLayers == null ? List.of() : List.copyOf(userLayers);
        }

        /** Without user layers. */
        public Options(Set<ExportLayer> layers, StatTable table, FeatureRef highlight, Set<FeatureRef> faded, Locale locale,
                       double symbolScale) {
            this(layers, table, highlight, faded, locale, symbolScale, List.of());
        }
    }

    private final ExportData data;
    /** The interactive map's own basemap (sea, outside, neighbours, Peru), so export and screen look alike. */
    private final BasemapPainter basemap;

    public MapPainter(ExportData data) {
        this.data = data;
        this.basemap = new BasemapPainter(data.departments(), data.countries(), BasemapStyle.standard(), false);
    }

    /** Paints at one device pixel per logical pixel. */
    public void paint(GraphicsContext g, MapFrame f, Options o) {
        paint(g, f, o, 1);
    }

    /**
     * @param pixelRatio device pixels per logical pixel of {@code g} (the export's scale factor), so
     *                   that the raster basemap is painted at full device resolution
     */
    public void paint(GraphicsContext g, MapFrame f, Options o, double pixelRatio) {
        paint(g, f, o, pixelRatio, List.of());
    }

    /**
     * As {@link #paint(GraphicsContext, MapFrame, Options, double)}, keeping the names of places out
     * of {@code covered}: boxes {minX, minY, maxX, maxY} in the frame's pixels that something drawn
     * over the map hides (a slide's title band and figure panel), so no name runs under them.
     */
    public void paint(GraphicsContext g, MapFrame f, Options o, double pixelRatio, List<double[]> covered) {
        Envelope view = f.extent();
        view.expandBy(view.getWidth() * 0.05, view.getHeight() * 0.05);
        g.save();
        double r = pixelRatio > 0 ? pixelRatio : 1;
        MapFrame device = new MapFrame(f.centerLon(), f.centerLat(), f.zoom() + Math.log(r) / Math.log(2), f.width() * r, f.height() * r);
        javafx.scene.image.WritableImage base = basemap.paintImage(device);
        g.drawImage(base, 0, 0, base.getWidth() / r, base.getHeight() / r);
        g.setFillRule(FillRule.EVEN_ODD);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setLineCap(StrokeLineCap.ROUND);

        Choropleth shade = o.table() != null && o.layers().contains(ExportLayer.CHOROPLETH) ? Choropleth.of(o.table()) : null;
        for (Department d : data.departments()) {
            if (d.geometry() == null || !view.intersects(d.geometry().getEnvelopeInternal())) continue;
            if (shade != null) fillPolygons(g, f, d.geometry(), shade.colorOf(d.iso()).orElse(Choropleth.NO_DATA));
        }
        Department highlighted = null;
        for (Department d : data.departments()) {
            if (o.highlight() != null && o.highlight().kind() == FeatureRef.Kind.DEPARTMENT && o.highlight().id().equalsIgnoreCase(d.iso())) highlighted = d;
        }
        if (highlighted != null && shade == null) fillPolygons(g, f, highlighted.geometry(), ExportStyle.HIGHLIGHT_FILL);
        if (o.layers().contains(ExportLayer.DEPARTMENTS) || shade != null) {
            for (Department d : data.departments()) {
                if (d.geometry() == null || !view.intersects(d.geometry().getEnvelopeInternal())) continue;
                strokePolygons(g, f, d.geometry(), ExportStyle.DEPT_EDGE, 0.7);
            }
        }
        // Peru's outline on top of department edges and shading, the framed department on top of both
        for (Country c : data.countries()) {
            if ("PE".equalsIgnoreCase(c.isoA2()) && c.geometry() != null) strokePolygons(g, f, c.geometry(), ExportStyle.PERU_EDGE, 1.4);
        }
        if (highlighted != null) strokePolygons(g, f, highlighted.geometry(), ExportStyle.TEXT, 2.5);
        double s = o.symbolScale();
        // the user's own layers over the basemap and shading, under names and evidence marks
        UserLayerPainter.paint(g, f, o.userLayers(), view, s);
        // department names once a department is large enough on screen to hold its name
        if (o.layers().contains(ExportLayer.DEPARTMENTS) && f.zoom() >= 5.6) paintDepartmentNames(g, f, o, view, s);
        if (o.layers().contains(ExportLayer.ROUTES)) paintRoutes(g, f, o, view, s);
        if (o.layers().contains(ExportLayer.FLOWS)) paintFlows(g, f, o, s);
        List<double[]> taken = new ArrayList<>(covered);
        if (o.layers().contains(ExportLayer.HOTSPOTS)) paintHotspots(g, f, o, view, s, taken);
        if (o.layers().contains(ExportLayer.ROUTES)) paintDestinations(g, f, o, view, s, taken);
        g.restore();
    }

    private void paintDepartmentNames(GraphicsContext g, MapFrame f, Options o, Envelope view, double s) {
        boolean es = "es".equals(o.locale().getLanguage());
        for (Department d : data.departments()) {
            if (d.geometry() == null || !view.intersects(d.geometry().getEnvelopeInternal())) continue;
            Envelope e = d.geometry().getEnvelopeInternal();
            if (f.x(e.getMaxX()) - f.x(e.getMinX()) < 60 * s) continue;
            var p = d.geometry().getInteriorPoint();
            String name = es || d.nameEn() == null || d.nameEn().isBlank() ? d.name() : d.nameEn();
            label(g, name.toUpperCase(o.locale()), f.x(p.getX()), f.y(p.getY()), 10.5 * s, false, TextAlignment.CENTER, ExportStyle.DEPT_LABEL);
        }
    }

    private void paintRoutes(GraphicsContext g, MapFrame f, Options o, Envelope view, double s) {
        boolean anyHighlight = o.highlight() != null && o.highlight().kind() == FeatureRef.Kind.ROUTE;
        for (int pass = 0; pass < 2; pass++) {
            for (Route r : data.catalog().routes()) {
                FeatureRef ref = FeatureRef.route(r.id());
                boolean hi = anyHighlight && o.highlight().equals(ref);
                // dimmed routes first, the highlighted one on top
                if (anyHighlight && (pass == 1) != hi) continue;
                if (!anyHighlight && pass == 1) continue;
                double alpha = o.faded().contains(ref) ? 0.25 : anyHighlight && !hi ? 0.35 : 1;
                Color c = ExportStyle.routeColor(r.id());
                double w = (hi ? 5 : 3.5) * s;
                for (RouteSegment seg : r.segments()) {
                    LineString line = seg.line();
                    if (line == null || line.getNumPoints() < 2 || !view.intersects(line.getEnvelopeInternal())) continue;
                    g.setGlobalAlpha(alpha);
                    // white casing keeps the colour readable over shading and neighbours
                    stroke(g, f, line, Color.WHITE, w + 2.5 * s, null);
                    double[] dash = seg.basis() == Basis.SCHEMATIC ? new double[] {3 * w, 2 * w} : null;
                    stroke(g, f, line, c, w, dash);
                    arrowHead(g, f, line, c, 3.2 * w + 4 * s);
                    g.setGlobalAlpha(1);
                }
            }
        }
    }

    private void paintFlows(GraphicsContext g, MapFrame f, Options o, double s) {
        TextMeasure flowLabels = new FxTextMeasure();
        boolean es = "es".equals(o.locale().getLanguage());
        double maxLen = Math.min(f.width(), f.height()) * 0.16;
        int n = 0;
        java.util.Set<String> named = new java.util.HashSet<>();
        for (Flow fl : data.catalog().flows()) {
            var ends = FlowEnds.of(fl, data);
            if (ends.isEmpty()) continue;
            FlowEnds e = ends.get();
            FeatureRef ref = FeatureRef.flow(fl.id());
            double alpha = o.faded().contains(ref) ? 0.25 : o.highlight() != null && o.highlight().kind() == FeatureRef.Kind.FLOW && !o.highlight().equals(ref) ? 0.4 : 1;
            double px = f.x(e.peruLon()), py = f.y(e.peruLat()), qx = f.x(e.farLon()), qy = f.y(e.farLat());
            double th = Math.toRadians(e.bearingDeg()), ux = Math.sin(th), uy = -Math.cos(th);
            boolean farShown = !e.wholeCountry() && qx >= 0 && qy >= 0 && qx <= f.width() && qy <= f.height()
                    && Math.hypot(qx - px, qy - py) < maxLen * 2;
            String label = null;
            if (!farShown) {
                // the far end is off the map, far away, or a whole country: an arrow of fixed length
                // along the great-circle bearing (Mercator keeps local directions), named at its outer end
                if (e.wholeCountry()) {
                    double[] b = borderCrossing(f, px, py, ux, uy);
                    px = b[0];
                    py = b[1];
                }
                double len = (e.wholeCountry() ? 0.45 : 1) * maxLen * (0.85 + 0.15 * (n++ % 3));
                qx = px + ux * len;
                qy = py + uy * len;
                label = es ? e.farNameEs() : e.farName();
            }
            double x0 = px, y0 = py, x1 = qx, y1 = qy;
            if (e.inbound()) { x0 = qx; y0 = qy; x1 = px; y1 = py; }
            // bend to the left of travel by a fifth of the length
            double mx = (x0 + x1) / 2, my = (y0 + y1) / 2, dx = x1 - x0, dy = y1 - y0;
            double cx = mx + dy * 0.2, cy = my - dx * 0.2;
            g.setGlobalAlpha(alpha);
            g.setStroke(Color.WHITE);
            g.setLineWidth(4.5 * s);
            g.setLineDashes((double[]) null);
            g.beginPath();
            g.moveTo(x0, y0);
            g.quadraticCurveTo(cx, cy, x1, y1);
            g.stroke();
            g.setStroke(ExportStyle.FLOW);
            g.setLineWidth(2.5 * s);
            g.setLineDashes(7 * s, 4 * s);
            g.beginPath();
            g.moveTo(x0, y0);
            g.quadraticCurveTo(cx, cy, x1, y1);
            g.stroke();
            g.setLineDashes((double[]) null);
            arrow(g, x1, y1, Math.atan2(y1 - cy, x1 - cx), ExportStyle.FLOW, 12 * s);
            double endX = e.inbound() ? x0 : x1, endY = e.inbound() ? y0 : y1;
            // an arrow whose named end is off the frame is cut away: its name would float alone
            boolean endInFrame = endX >= 0 && endY >= 0 && endX <= f.width() && endY <= f.height();
            if (label != null && endInFrame && named.add(label)) {
                double lx = e.inbound() ? x0 : x1, ly = e.inbound() ? y0 : y1;
                double ang = Math.atan2(ly - py, lx - px);
                lx += Math.cos(ang) * 8 * s;
                ly += Math.sin(ang) * 8 * s;
                TextAlignment al = Math.cos(ang) < -0.3 ? TextAlignment.RIGHT : Math.cos(ang) > 0.3 ? TextAlignment.LEFT : TextAlignment.CENTER;
                double[] at = insideFrame(lx, ly, flowLabels.width(label, 12.5 * s, true), 12.5 * s, al, f.width(), f.height(), 4 * s);
                label(g, label, at[0], at[1], 12.5 * s, true, al, ExportStyle.FLOW_LABEL);
            }
            g.setGlobalAlpha(1);
        }
    }

    /** Where a ray from (x, y) in direction (ux, uy) (screen px) leaves Peru; the start if Peru is not loaded. */
    private double[] borderCrossing(MapFrame f, double x, double y, double ux, double uy) {
        Geometry peru = null;
        for (Country c : data.countries()) if ("PE".equalsIgnoreCase(c.isoA2())) peru = c.geometry();
        if (peru == null) return new double[] {x, y};
        var prepared = org.locationtech.jts.geom.prep.PreparedGeometryFactory.prepare(peru);
        var gf = peru.getFactory();
        double last = 0;
        for (double d = 0; d < 4000; d += 2) {
            double lon = f.lonAt(x + ux * d), lat = f.latAt(y + uy * d);
            if (prepared.contains(gf.createPoint(new Coordinate(lon, lat)))) last = d;
            else if (d - last > 60) break;
        }
        return new double[] {x + ux * last, y + uy * last};
    }

    private void paintHotspots(GraphicsContext g, MapFrame f, Options o, Envelope view, double s, List<double[]> taken) {
        boolean es = "es".equals(o.locale().getLanguage());
        // the framed hotspot first, then those with figures: they keep their labels when names collide
        List<Hotspot> order = new ArrayList<>(data.catalog().hotspots());
        order.sort(Comparator.comparing((Hotspot h) -> !FeatureRef.hotspot(h.id()).equals(o.highlight()))
                .thenComparing(h -> -h.figures().size()));
        for (Hotspot h : order) {
            if (h.point() == null || !view.contains(h.point().getCoordinate())) continue;
            double x = f.x(h.point().getX()), y = f.y(h.point().getY());
            double r = (FeatureRef.hotspot(h.id()).equals(o.highlight()) ? 9 : 6.5) * s;
            taken.add(new double[] {x - r, y - r, x + r, y + r});
        }
        for (Hotspot h : order) {
            if (h.point() == null || !view.contains(h.point().getCoordinate())) continue;
            FeatureRef ref = FeatureRef.hotspot(h.id());
            boolean hi = ref.equals(o.highlight());
            g.setGlobalAlpha(o.faded().contains(ref) ? 0.3 : 1);
            double x = f.x(h.point().getX()), y = f.y(h.point().getY());
            double r = (hi ? 9 : 6.5) * s;
            symbol(g, ExportStyle.swatchOf(h.kind()), x, y, r, ExportStyle.HOTSPOT);
            String name = es && h.nameEs() != null && !h.nameEs().isBlank() ? h.nameEs() : h.name();
            sideLabel(g, name, x, y, r, (hi ? 14 : 11.5) * s, s, hi, ExportStyle.TEXT, taken);
            g.setGlobalAlpha(1);
        }
    }

    /**
     * Route destinations that are not also a place of exploitation: a small ring in the route's
     * colour and the place's name where it finds room (after the hotspots, which keep priority),
     * so that a brief can read where a route goes.
     */
    private void paintDestinations(GraphicsContext g, MapFrame f, Options o, Envelope view, double s, List<double[]> taken) {
        boolean es = "es".equals(o.locale().getLanguage());
        java.util.Set<String> drawn = new java.util.HashSet<>();
        for (Route r : data.catalog().routes()) {
            FeatureRef ref = FeatureRef.route(r.id());
            boolean anyHighlight = o.highlight() != null && o.highlight().kind() == FeatureRef.Kind.ROUTE;
            if (anyHighlight && !o.highlight().equals(ref)) continue;
            for (String id : r.destinations()) {
                Place p = data.catalog().place(id).orElse(null);
                if (p == null || p.point() == null || !view.contains(p.point().getCoordinate()) || !drawn.add(id)) continue;
                double x = f.x(p.point().getX()), y = f.y(p.point().getY());
                boolean nearHotspot = taken.stream().anyMatch(t -> t[0] < x && t[2] > x && t[1] < y && t[3] > y && (t[2] - t[0]) < 40);
                if (nearHotspot) continue;
                double r0 = 4.5 * s;
                g.setGlobalAlpha(o.faded().contains(ref) ? 0.3 : 1);
                g.setFill(Color.WHITE);
                g.fillOval(x - r0, y - r0, 2 * r0, 2 * r0);
                g.setStroke(ExportStyle.routeColor(r.id()));
                g.setLineWidth(2 * s);
                g.strokeOval(x - r0, y - r0, 2 * r0, 2 * r0);
                String name = es && p.nameEs() != null && !p.nameEs().isBlank() ? p.nameEs() : p.name();
                taken.add(new double[] {x - r0, y - r0, x + r0, y + r0});
                sideLabel(g, name, x, y, r0, 11 * s, s, false, ExportStyle.MUTED, taken);
                g.setGlobalAlpha(1);
            }
        }
    }

    /**
     * Names a symbol of radius {@code r} at (x, y): to its right where that is free, else to its
     * left, else centred below or above, else not at all ({@code force} always takes the right).
     * Placed boxes join {@code taken}.
     */
    private static void sideLabel(GraphicsContext g, String name, double x, double y, double r, double size, double s,
                                  boolean force, Color color, List<double[]> taken) {
        // a rough width is enough to keep labels apart
        double w = name.length() * size * (force ? 0.62 : 0.56), half = size * 0.65;
        double[] right = {x + r + 3 * s, y - half, x + r + 3 * s + w, y + half};
        double[] left = {x - r - 3 * s - w, y - half, x - r - 3 * s, y + half};
        if (force || free(right, taken, x, y)) {
            taken.add(right);
            label(g, name, x + r + 4 * s, y, size, force, TextAlignment.LEFT, color);
        } else if (free(left, taken, x, y)) {
            taken.add(left);
            label(g, name, x - r - 4 * s, y, size, force, TextAlignment.RIGHT, color);
        } else {
            // both sides taken (a neighbour's name, a slide's panel): centred below, then above
            double gap = r + 3 * s + half;
            double[] below = {x - w / 2, y + gap - half, x + w / 2, y + gap + half};
            double[] above = {x - w / 2, y - gap - half, x + w / 2, y - gap + half};
            if (free(below, taken, x, y)) {
                taken.add(below);
                label(g, name, x, y + gap, size, force, TextAlignment.CENTER, color);
            } else if (free(above, taken, x, y)) {
                taken.add(above);
                label(g, name, x, y - gap, size, force, TextAlignment.CENTER, color);
            }
        }
    }

    /** Whether a label box overlaps no box placed so far (its own symbol at (x, y) excepted). */
    private static boolean free(double[] box, List<double[]> taken, double x, double y) {
        for (double[] t : taken) {
            boolean own = t[0] < x && t[2] > x && t[1] < y && t[3] > y && (t[2] - t[0]) < 40;
            if (own) continue;
            if (box[0] < t[2] && box[2] > t[0] && box[1] < t[3] && box[3] > t[1]) return false;
        }
        return true;
    }

    /** A symbol of radius {@code r} centred at (x, y) with a white rim. Also used for legend swatches. */
    public static void symbol(GraphicsContext g, LegendItem.Swatch shape, double x, double y, double r, Color fill) {
        double[] xs, ys;
        switch (shape) {
            case TRIANGLE -> { xs = new double[] {x, x + r * 1.1, x - r * 1.1}; ys = new double[] {y - r * 1.15, y + r * 0.8, y + r * 0.8}; }
            case SQUARE -> { xs = new double[] {x - r * 0.9, x + r * 0.9, x + r * 0.9, x - r * 0.9}; ys = new double[] {y - r * 0.9, y - r * 0.9, y + r * 0.9, y + r * 0.9}; }
            case DIAMOND -> { xs = new double[] {x, x + r * 1.15, x, x - r * 1.15}; ys = new double[] {y - r * 1.15, y, y + r * 1.15, y}; }
            case STAR -> {
                xs = new double[10];
                ys = new double[10];
                for (int i = 0; i < 10; i++) {
                    double a = -Math.PI / 2 + i * Math.PI / 5, rr = i % 2 == 0 ? r * 1.3 : r * 0.55;
                    xs[i] = x + rr * Math.cos(a);
                    ys[i] = y + rr * Math.sin(a);
                }
            }
            case HEXAGON -> {
                xs = new double[6];
                ys = new double[6];
                for (int i = 0; i < 6; i++) {
                    double a = Math.PI / 6 + i * Math.PI / 3;
                    xs[i] = x + r * 1.1 * Math.cos(a);
                    ys[i] = y + r * 1.1 * Math.sin(a);
                }
            }
            case RING -> {
                g.setStroke(Color.WHITE);
                g.setLineWidth(Math.max(1, r * 0.9));
                g.strokeOval(x - r * 0.8, y - r * 0.8, 1.6 * r, 1.6 * r);
                g.setStroke(fill);
                g.setLineWidth(Math.max(1, r * 0.45));
                g.strokeOval(x - r * 0.8, y - r * 0.8, 1.6 * r, 1.6 * r);
                return;
            }
            default -> { xs = null; ys = null; }
        }
        g.setFill(fill);
        g.setStroke(Color.WHITE);
        g.setLineWidth(Math.max(1, r * 0.3));
        g.setLineDashes((double[]) null);
        if (xs == null) {
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
            g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        } else {
            g.fillPolygon(xs, ys, xs.length);
            g.strokePolygon(xs, ys, xs.length);
        }
    }

    /** Text with a white halo, vertically centred on y. */
    /**
     * The anchor (x, y) of a label {@code w} px wide and {@code h} px high, aligned as {@code align}
     * and vertically centred, moved the least so that the whole text lies inside a
     * {@code width}×{@code height} frame with {@code margin} px to spare: a country named at the end
     * of an arrow near the frame's edge is shown whole, not cut off.
     */
    static double[] insideFrame(double x, double y, double w, double h, TextAlignment align, double width, double height,
                                double margin) {
        double left = align == TextAlignment.RIGHT ? x - w : align == TextAlignment.CENTER ? x - w / 2 : x;
        double shift = 0;
        if (left < margin) shift = margin - left;
        else if (left + w > width - margin) shift = width - margin - (left + w);
        double top = y - h / 2, dy = 0;
        if (top < margin) dy = margin - top;
        else if (top + h > height - margin) dy = height - margin - (top + h);
        return new double[]{x + shift, y + dy};
    }

    public static void label(GraphicsContext g, String text, double x, double y, double size, boolean bold, TextAlignment align, Color color) {
        g.setFont(Font.font(Font.getDefault().getFamily(), bold ? FontWeight.BOLD : FontWeight.NORMAL, size));
        g.setTextAlign(align);
        g.setTextBaseline(VPos.CENTER);
        g.setLineDashes((double[]) null);
        g.setStroke(ExportStyle.HALO);
        g.setLineWidth(size * 0.3);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.strokeText(text, x, y);
        g.setFill(color);
        g.fillText(text, x, y);
    }

    private static void stroke(GraphicsContext g, MapFrame f, LineString line, Color c, double w, double[] dash) {
        g.setStroke(c);
        g.setLineWidth(w);
        g.setLineDashes(dash);
        g.beginPath();
        Coordinate[] cs = line.getCoordinates();
        g.moveTo(f.x(cs[0].x), f.y(cs[0].y));
        for (int i = 1; i < cs.length; i++) g.lineTo(f.x(cs[i].x), f.y(cs[i].y));
        g.stroke();
        g.setLineDashes((double[]) null);
    }

    private static void arrowHead(GraphicsContext g, MapFrame f, LineString line, Color c, double size) {
        Coordinate[] cs = line.getCoordinates();
        Coordinate a = cs[cs.length - 2], b = cs[cs.length - 1];
        double x1 = f.x(b.x), y1 = f.y(b.y);
        arrow(g, x1, y1, Math.atan2(y1 - f.y(a.y), x1 - f.x(a.x)), c, size);
    }

    /** A filled arrowhead with its tip at (x, y) pointing along {@code angle} (radians, screen axes). */
    public static void arrow(GraphicsContext g, double x, double y, double angle, Color c, double size) {
        double back = angle + Math.PI;
        double[] xs = {x, x + size * Math.cos(back - 0.45), x + size * Math.cos(back + 0.45)};
        double[] ys = {y, y + size * Math.sin(back - 0.45), y + size * Math.sin(back + 0.45)};
        g.setFill(c);
        g.setStroke(Color.WHITE);
        g.setLineWidth(1);
        g.setLineDashes((double[]) null);
        g.fillPolygon(xs, ys, 3);
        g.strokePolygon(xs, ys, 3);
    }

    private static void fillPolygons(GraphicsContext g, MapFrame f, Geometry geom, Color fill) {
        g.setFill(fill);
        for (int i = 0; i < geom.getNumGeometries(); i++) {
            if (!(geom.getGeometryN(i) instanceof Polygon p)) continue;
            g.beginPath();
            ring(g, f, p.getExteriorRing().getCoordinates());
            for (int k = 0; k < p.getNumInteriorRing(); k++) ring(g, f, p.getInteriorRingN(k).getCoordinates());
            g.fill();
        }
    }

    private static void strokePolygons(GraphicsContext g, MapFrame f, Geometry geom, Color c, double w) {
        g.setStroke(c);
        g.setLineWidth(w);
        g.setLineDashes((double[]) null);
        for (int i = 0; i < geom.getNumGeometries(); i++) {
            if (!(geom.getGeometryN(i) instanceof Polygon p)) continue;
            g.beginPath();
            ring(g, f, p.getExteriorRing().getCoordinates());
            for (int k = 0; k < p.getNumInteriorRing(); k++) ring(g, f, p.getInteriorRingN(k).getCoordinates());
            g.stroke();
        }
    }

    private static void ring(GraphicsContext g, MapFrame f, Coordinate[] cs) {
        if (cs.length == 0) return;
        g.moveTo(f.x(cs[0].x), f.y(cs[0].y));
        for (int i = 1; i < cs.length; i++) g.lineTo(f.x(cs[i].x), f.y(cs[i].y));
        g.closePath();
    }
}
