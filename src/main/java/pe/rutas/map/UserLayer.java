package pe.rutas.map;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.paint.Color;
import javafx.scene.shape.ArcTo;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import pe.rutas.style.LayerStyle;

/**
 * A user's own GeoJSON layer (points, lines, areas) drawn in its {@link LayerStyle}. Geometry comes
 * from {@link UserGeometry}, projected once and simplified per zoom band into chunks of at most a few
 * thousand vertices; each chunk is one {@link Path} in the world group. Pan and fractional zoom only
 * move the world transform and hide the chunks outside the view, so even a million-vertex file pans
 * without rebuilding. Point marks are circles in the world group, re-made only when the fractional
 * zoom has changed their on-screen size by more than a tenth. Mouse-transparent: the catalog's marks
 * under it stay clickable. FX thread only.
 */
final class UserLayer extends RutasLayer {
    private static final double POINT_RESCALE = 0.1;
    /** Largest side of the panning bitmap, in screen pixels (4096² × 4 bytes = 64 MiB at most). */
    private static final double CACHE_MAX_PX = 4096;

    private enum Kind { AREA, LINE, POINT }

    private record Drawn(Path path, UserGeometry.Chunk chunk, Kind kind) {
    }

    private final UserGeometry geometry;
    private final ObjectProperty<LayerStyle> style;
    private final List<Drawn> drawn = new ArrayList<>();
    private UserGeometry.Band current;
    private double pointScale = Double.NaN;
    private int shownChunks;

    UserLayer(MapContext ctx, String nodeId, UserGeometry geometry, LayerStyle initial) {
        super(ctx, nodeId);
        this.geometry = geometry;
        this.style = new SimpleObjectProperty<>(this, "style", initial);
        getStyleClass().add("user-layer");
        // simplify every zoom band in the background, so zooming a huge layer never waits for it
        Thread bands = new Thread(() -> geometry.precompute((int) RutasMap.MIN_ZOOM, (int) RutasMap.MAX_ZOOM),
                "rutas-user-layer-bands");
        bands.setDaemon(true);
        bands.setPriority(Thread.MIN_PRIORITY);
        bands.start();
        setMouseTransparent(true);
        style.addListener((o, old, now) -> {
            if (now == null) {
                style.set(old);
                return;
            }
            applyStyle();
            pointScale = Double.NaN;
            refresh();
        });
    }

    ObjectProperty<LayerStyle> layerStyleProperty() {
        return style;
    }

    UserGeometry geometry() {
        return geometry;
    }

    /** Vertices of the current band's simplified geometry (0 before the first layout). */
    int drawnVertices() {
        return current == null ? 0 : current.vertices();
    }

    /** Chunks (paths) shown in the last layout, out of {@link #chunkCount()}. */
    int shownChunks() {
        return shownChunks;
    }

    int chunkCount() {
        return drawn.size();
    }

    @Override
    protected void rebuild(int band) {
        current = geometry.band(band);
        drawn.clear();
        List<javafx.scene.Node> nodes = new ArrayList<>();
        for (UserGeometry.Chunk c : current.areaChunks) {
            Path p = new Path();
            p.getStyleClass().add("user-layer-area");
            p.setFillRule(FillRule.NON_ZERO);
            Projected.toPath(c.parts, true, p.getElements());
            drawn.add(new Drawn(p, c, Kind.AREA));
        }
        for (UserGeometry.Chunk c : current.lineChunks) {
            Path p = new Path();
            p.getStyleClass().add("user-layer-line");
            p.setFill(null);
            Projected.toPath(c.parts, false, p.getElements());
            drawn.add(new Drawn(p, c, Kind.LINE));
        }
        for (UserGeometry.Chunk c : current.pointChunks) {
            Path p = new Path();
            p.getStyleClass().add("user-layer-point");
            drawn.add(new Drawn(p, c, Kind.POINT));
        }
        for (Drawn d : drawn) {
            d.path().setStrokeLineCap(StrokeLineCap.ROUND);
            d.path().setStrokeLineJoin(StrokeLineJoin.ROUND);
            nodes.add(d.path());
        }
        world.getChildren().setAll(nodes);
        pointScale = Double.NaN;
        applyStyle();
    }

    private void applyStyle() {
        LayerStyle s = style.get();
        Color stroke = Color.web(s.stroke());
        Color fill = Color.web(s.fill(), s.fillOpacity());
        forgetStrokes();
        for (Drawn d : drawn) {
            Path p = d.path();
            p.setStroke(stroke);
            switch (d.kind()) {
                case AREA -> p.setFill(fill);
                case LINE -> p.setFill(null);
                case POINT -> p.setFill(fill);
            }
            keepStroke(p, s.strokeWidth(), null);
        }
    }

    @Override
    protected void position(View view) {
        LayerStyle s = style.get();
        double k = view.scale();
        double margin = (s.strokeWidth() + s.pointRadius() + 2) / k;
        double x0 = -view.offX() / k - margin;
        double y0 = -view.offY() / k - margin;
        double x1 = (view.width() - view.offX()) / k + margin;
        double y1 = (view.height() - view.offY()) / k + margin;
        boolean remakePoints = Double.isNaN(pointScale) || Math.abs(k / pointScale - 1) > POINT_RESCALE;
        if (remakePoints) pointScale = k;
        int shown = 0;
        for (Drawn d : drawn) {
            boolean on = d.chunk().intersects(x0, y0, x1, y1);
            d.path().setVisible(on);
            if (on) shown++;
            if (d.kind() == Kind.POINT && remakePoints) {
                circles(d.chunk(), s.pointRadius() / k, d.path().getElements());
            }
        }
        shownChunks = shown;
        // With the whole layer in view, panning only moves a bitmap of it instead of re-drawing every
        // path (measured: about a third of the layer's cost per frame at Peru's scale). When chunks come
        // and go while panning, the bitmap would be re-made again and again (measured slower): no cache.
        javafx.geometry.Bounds b = world.getLayoutBounds();
        world.setCache(shown == drawn.size() && b.getWidth() * k <= CACHE_MAX_PX && b.getHeight() * k <= CACHE_MAX_PX);
    }

    private static void circles(UserGeometry.Chunk c, double r, ObservableList<PathElement> out) {
        List<PathElement> es = new ArrayList<>(c.parts.size() * 4);
        for (double[] p : c.parts) {
            es.add(new MoveTo(p[0] + r, p[1]));
            es.add(new ArcTo(r, r, 0, p[0] - r, p[1], false, true));
            es.add(new ArcTo(r, r, 0, p[0] + r, p[1], false, true));
            es.add(new ClosePath());
        }
        out.setAll(es);
    }
}
