package pe.rutas.map;

import com.gluonhq.maps.MapLayer;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.shape.Shape;
import javafx.scene.transform.Affine;
import pe.rutas.model.MapFrame;

/**
 * Base of Rutas' map layers. Geometry is projected once per <em>zoom band</em> (the integer part of the
 * zoom) into world pixels relative to a fixed origin, and placed in {@link #world}, a group under a
 * single affine transform; pan and fractional zoom only update that transform and the screen position
 * of point symbols in {@link #screen}, never rebuild paths. Stroke widths of world shapes are divided by
 * the band scale so lines keep their on-screen width. FX thread only.
 */
abstract class RutasLayer extends MapLayer {
    /** Fixed projection origin (lon, lat) near Peru, so coordinates stay small numbers. */
    static final double ORIGIN_LON = -90;
    static final double ORIGIN_LAT = 10;

    protected final MapContext ctx;
    protected final Group world = new Group();
    protected final Group screen = new Group();
    private final Affine affine = new Affine();
    private final List<ScaledStroke> scaled = new ArrayList<>();
    private final InvalidationListener relayout = o -> markDirty();
    private final List<Observable> watched = new ArrayList<>();
    private int band = Integer.MIN_VALUE;
    private double scale = Double.NaN;
    private View view;

    /** A shape in {@link #world} whose stroke width (and dashes) are in screen pixels. */
    private record ScaledStroke(Shape shape, double width, List<Double> dashes) {
    }

    /**
     * The current mapping from band world pixels to screen pixels: {@code screen = band * scale + off}.
     */
    record View(int band, double zoom, double scale, double offX, double offY, double width, double height) {
        double sx(double bandX) {
            return bandX * scale + offX;
        }

        double sy(double bandY) {
            return bandY * scale + offY;
        }

        MapFrame frame() {
            double wx = (width / 2 - offX) / scale;
            double wy = (height / 2 - offY) / scale;
            return new MapFrame(lon(wx, band), lat(wy, band), zoom, width, height);
        }
    }

    RutasLayer(MapContext ctx, LayerId id) {
        this(ctx, id.nodeId());
    }

    /** A layer outside {@link LayerId} (a user's own layer), with its node id. */
    RutasLayer(MapContext ctx, String nodeId) {
        this.ctx = ctx;
        setId(nodeId);
        getStyleClass().add("rutas-layer");
        world.getTransforms().add(affine);
        getChildren().addAll(world, screen);
        visibleProperty().addListener(relayout);
        ctx.locale.addListener(relayout);
    }

    /** Band world x of a longitude (relative to the fixed origin). */
    static double bx(double lon, int band) {
        return MapFrame.worldX(lon, band) - MapFrame.worldX(ORIGIN_LON, band);
    }

    static double by(double lat, int band) {
        return MapFrame.worldY(lat, band) - MapFrame.worldY(ORIGIN_LAT, band);
    }

    static double lon(double bandX, int band) {
        return MapFrame.lonOfWorldX(bandX + MapFrame.worldX(ORIGIN_LON, band), band);
    }

    static double lat(double bandY, int band) {
        return MapFrame.latOfWorldY(bandY + MapFrame.worldY(ORIGIN_LAT, band), band);
    }

    @Override
    protected void initialize() {
        for (Observable o : watched) {
            o.removeListener(relayout);
        }
        watched.clear();
        watched.add(baseMap.zoom());
        watched.add(baseMap.translateXProperty());
        watched.add(baseMap.translateYProperty());
        for (Observable o : watched) {
            o.addListener(relayout);
        }
        markDirty();
    }

    /** Registers a world shape whose stroke should stay {@code width} screen pixels wide. */
    protected void keepStroke(Shape s, double width, List<Double> dashes) {
        scaled.add(new ScaledStroke(s, width, dashes));
        applyStroke(scaled.get(scaled.size() - 1));
    }

    protected void forgetStrokes() {
        scaled.clear();
    }

    private void applyStroke(ScaledStroke s) {
        double k = Double.isNaN(scale) ? 1 : scale;
        s.shape().setStrokeWidth(s.width() / k);
        if (s.dashes() != null && !s.dashes().isEmpty()) {
            List<Double> d = new ArrayList<>(s.dashes().size());
            for (Double v : s.dashes()) {
                d.add(v / k);
            }
            s.shape().getStrokeDashArray().setAll(d);
        }
    }

    /** The view of the last layout, or null before the first. */
    protected View view() {
        return view;
    }

    @Override
    protected final void layoutLayer() {
        if (baseMap == null || getScene() == null || getParent() == null) {
            return;
        }
        Point2D p = getMapPoint(0, 0); // Gluon takes latitude first
        if (p == null) {
            return;
        }
        double zoom = baseMap.zoom().get();
        int b = (int) Math.floor(zoom + 1e-9);
        if (b != band) {
            band = b;
            rebuild(b);
        }
        double s = Math.pow(2, zoom - b);
        double world0 = MapFrame.TILE_SIZE * Math.pow(2, zoom) / 2; // world px of lon 0 / lat 0 at this zoom
        double tx = p.getX() - world0;
        double ty = p.getY() - world0;
        double offX = MapFrame.worldX(ORIGIN_LON, zoom) + tx;
        double offY = MapFrame.worldY(ORIGIN_LAT, zoom) + ty;
        affine.setToTransform(s, 0, offX, 0, s, offY);
        if (s != scale) {
            scale = s;
            for (ScaledStroke st : scaled) {
                applyStroke(st);
            }
        }
        double w = getParent().getLayoutBounds().getWidth();
        double h = getParent().getLayoutBounds().getHeight();
        view = new View(b, zoom, s, offX, offY, w, h);
        if (isVisible()) {
            position(view);
        }
    }

    /** Asks for a layout in the next pulse (e.g. another layer's labels changed). */
    void refresh() {
        markDirty();
    }

    /** Forces the projection to be redone (data or style changed). */
    protected void invalidateBand() {
        band = Integer.MIN_VALUE;
        markDirty();
    }

    /** Projects this layer's geometry for a zoom band into {@link #world} / screen nodes. */
    protected abstract void rebuild(int band);

    /** Re-positions screen-space nodes (symbols, arrowheads, labels) for the current view. */
    protected abstract void position(View view);
}
