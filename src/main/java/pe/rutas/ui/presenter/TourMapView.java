package pe.rutas.ui.presenter;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.locationtech.jts.geom.Envelope;
import pe.rutas.export.ChromeLayout;
import pe.rutas.export.ExportData;
import pe.rutas.export.ExportLayer;
import pe.rutas.export.ExportUserLayer;
import pe.rutas.export.MapPainter;
import pe.rutas.export.Rect;
import pe.rutas.model.FeatureRef;
import pe.rutas.model.MapFrame;
import pe.rutas.model.StatTable;

/**
 * The presenter's map: the export's {@link MapPainter} on a canvas that fills the region (the
 * step's evidence layers, and the user's own layers of {@link #setUserLayers} on every step), with
 * a smooth fly between frames (centre in world pixels and zoom eased together) that can be turned
 * off. The frame shows the requested box inside the part of the screen that the title and figure
 * overlays leave free. {@link #frameProperty()} is the frame drawn last; {@link #targetProperty()}
 * the frame the current step asks for. FX thread only.
 */
public final class TourMapView extends Region {
    /** Margin in px around the framed box inside the clear area. */
    static final double MARGIN = 24;
    /**
     * Closest zoom a slide frames a feature at: about 5° of country across a projector's map, so a
     * short route (Lambayeque–Chiclayo is 12 km) is shown with enough of Peru around it to place it.
     */
    static final int MAX_SLIDE_ZOOM = 8;
    static final Duration FLIGHT = Duration.millis(900);
    /** Marks and lines 1.6 times their export size, to read across a room. */
    static final double SYMBOL_SCALE = 1.6;

    private final Canvas canvas = new Canvas();
    private final MapPainter painter;
    private final ReadOnlyObjectWrapper<MapFrame> frame = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<MapFrame> target = new ReadOnlyObjectWrapper<>();
    private final DoubleProperty progress = new SimpleDoubleProperty(1);
    private Timeline flight;
    private MapFrame from;
    private Envelope box;
    private MapPainter.Options options = new MapPainter.Options(Set.of(), null, null, Set.of(), Locale.ENGLISH, SYMBOL_SCALE);
    private boolean animate = true;
    private List<ExportUserLayer> userLayers = List.of();
    private javafx.geometry.Insets clearance = javafx.geometry.Insets.EMPTY;

    public TourMapView(ExportData data) {
        this.painter = new MapPainter(data);
        getStyleClass().add("presenter-map");
        getChildren().add(canvas);
        progress.addListener((o, a, b) -> {
            if (from != null && target.get() != null) frame.set(interpolate(from, target.get(), b.doubleValue()));
            paint();
        });
    }

    public ReadOnlyObjectProperty<MapFrame> frameProperty() { return frame.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<MapFrame> targetProperty() { return target.getReadOnlyProperty(); }

    public void setAnimate(boolean on) {
        animate = on;
    }

    /**
     * The parts of the map covered by overlays (title band, figure panel); the framed box is fitted
     * into the rest. A change re-frames at once, without a flight.
     */
    public void setClearance(javafx.geometry.Insets insets) {
        if (insets.equals(clearance)) return;
        clearance = insets;
        retarget(false);
    }

    public javafx.geometry.Insets clearance() {
        return clearance;
    }

    /** Shows {@code lonLatBox} with the given layers; flies there when animation is on and a frame is already shown. */
    public void show(Envelope lonLatBox, FeatureRef highlight, Set<ExportLayer> layers, StatTable table, Locale locale) {
        this.box = new Envelope(lonLatBox);
        this.options = new MapPainter.Options(layers, table, highlight, Set.of(), locale, SYMBOL_SCALE, userLayers);
        retarget(animate && frame.get() != null);
    }

    /**
     * The user's own layers, bottom first, drawn on every slide under the evidence marks in their
     * style (hidden ones are not drawn). Redraws the current frame at once; the frame stays put.
     */
    public void setUserLayers(List<ExportUserLayer> own) {
        userLayers = own == null ? List.of() : List.copyOf(own);
        MapPainter.Options o = options;
        options = new MapPainter.Options(o.layers(), o.table(), o.highlight(), o.faded(), o.locale(), o.symbolScale(), userLayers);
        paint();
    }

    /** The user's own layers the slides draw (hidden ones included). */
    public List<ExportUserLayer> userLayers() {
        return userLayers;
    }

    private void retarget(boolean fly) {
        if (box == null || getWidth() < 2 || getHeight() < 2) return;
        MapFrame t = fit(box, getWidth(), getHeight(), clearance);
        target.set(t);
        if (flight != null) flight.stop();
        if (!fly || frame.get() == null || sameSize(frame.get(), t) == false) {
            from = null;
            frame.set(t);
            paint();
            return;
        }
        from = frame.get();
        progress.set(0);
        flight = new Timeline(new KeyFrame(FLIGHT, new KeyValue(progress, 1, Interpolator.EASE_BOTH)));
        flight.play();
    }

    /** The frame showing {@code box} in the part of a {@code w}×{@code h} screen that {@code clear} leaves free. */
    public static MapFrame fit(Envelope box, double w, double h, javafx.geometry.Insets clear) {
        Rect map = new Rect(0, 0, w, h);
        double fw = Math.max(40, w - clear.getLeft() - clear.getRight()), fh = Math.max(40, h - clear.getTop() - clear.getBottom());
        Rect free = new Rect(clear.getLeft(), clear.getTop(), fw, fh);
        return ChromeLayout.fitInto(box, map, free, MARGIN, MAX_SLIDE_ZOOM);
    }

    private static boolean sameSize(MapFrame a, MapFrame b) {
        return a.width() == b.width() && a.height() == b.height();
    }

    /** The parts of a {@code w}×{@code h} map the overlays hide, as pixel boxes {minX, minY, maxX, maxY}; pure. */
    static List<double[]> covered(double w, double h, javafx.geometry.Insets clear) {
        List<double[]> out = new java.util.ArrayList<>();
        if (clear.getTop() > 0) out.add(new double[]{0, 0, w, clear.getTop()});
        if (clear.getRight() > 0) out.add(new double[]{w - clear.getRight(), 0, w, h});
        if (clear.getBottom() > 0) out.add(new double[]{0, h - clear.getBottom(), w, h});
        if (clear.getLeft() > 0) out.add(new double[]{0, 0, clear.getLeft(), h});
        return out;
    }

    /** Eases centre (in world pixels at zoom 0) and zoom together; pure. */
    static MapFrame interpolate(MapFrame a, MapFrame b, double t) {
        double ax = MapFrame.worldX(a.centerLon(), 0), ay = MapFrame.worldY(a.centerLat(), 0);
        double bx = MapFrame.worldX(b.centerLon(), 0), by = MapFrame.worldY(b.centerLat(), 0);
        double x = ax + (bx - ax) * t, y = ay + (by - ay) * t, z = a.zoom() + (b.zoom() - a.zoom()) * t;
        return new MapFrame(MapFrame.lonOfWorldX(x, 0), MapFrame.latOfWorldY(y, 0), z, b.width(), b.height());
    }

    private void paint() {
        MapFrame f = frame.get();
        if (f == null) return;
        var g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        painter.paint(g, f, options, 1, covered(f.width(), f.height(), clearance));
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth(), h = getHeight();
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            retarget(false);
        }
    }

    @Override
    protected double computePrefWidth(double height) { return 1280; }

    @Override
    protected double computePrefHeight(double width) { return 720; }
}
