package pe.rutas.ui;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.locationtech.jts.geom.Envelope;
import pe.rutas.io.LoadProblem;
import pe.rutas.model.GeoFeature;
import pe.rutas.model.GeometryKind;
import pe.rutas.style.LayerStyle;

/**
 * One of the user's own layers as the UI edits it: name, features, style, visibility and opacity.
 * A layer remembered from an earlier run is first {@link State#LOADING} (no features yet), then
 * replaced in the model by a loaded entry, or by an {@link State#UNAVAILABLE} one that keeps the
 * file, name, style, visibility and opacity so that nothing is forgotten while the file is missing.
 * The app mirrors it onto the map. The "colour" and "size" the user edits map onto the style
 * according to what the layer draws: for a layer of points only the colour is the mark's fill and
 * the size its radius; otherwise the colour is the line (and area tint) and the size the line width.
 * FX thread only.
 */
public final class UserLayerEntry {
    public static final double MIN_WIDTH = 0.5;
    public static final double MAX_WIDTH = 10;
    public static final double MIN_RADIUS = 2;
    public static final double MAX_RADIUS = 14;

    /** Whether the features are there. */
    public enum State {
        /** The features are loaded (and on the map). */
        LOADED,
        /** A remembered layer whose file is being read again. */
        LOADING,
        /** A remembered layer whose file is missing or cannot be used now; see {@link #reason()}. */
        UNAVAILABLE
    }

    private final String file;
    private final State state;
    private final String reason;
    private final String name;
    private final List<GeoFeature> features;
    private final List<LoadProblem> problems;
    private final boolean pointsOnly;
    private final Envelope bounds = new Envelope();
    private final ObjectProperty<LayerStyle> style;
    private final BooleanProperty visible = new SimpleBooleanProperty(this, "visible", true);
    private final DoubleProperty opacity = new SimpleDoubleProperty(this, "opacity", 1.0);

    /** A loaded layer that came from no file (it is not remembered between runs). */
    public UserLayerEntry(String name, List<GeoFeature> features, LayerStyle style, List<LoadProblem> problems) {
        this(null, State.LOADED, "", name, features, style, problems);
    }

    private UserLayerEntry(String file, State state, String reason, String name, List<GeoFeature> features, LayerStyle style,
                           List<LoadProblem> problems) {
        this.file = file;
        this.state = state;
        this.reason = reason;
        this.name = name;
        this.features = List.copyOf(features);
        this.problems = List.copyOf(problems);
        this.style = new SimpleObjectProperty<>(this, "style", style);
        this.pointsOnly = !features.isEmpty()
                && features.stream().allMatch(f -> GeometryKind.of(f.geometry()) == GeometryKind.POINT);
        features.forEach(f -> bounds.expandToInclude(f.geometry().getEnvelopeInternal()));
    }

    /** A layer loaded from {@code file} (absolute path as text), remembered between runs. */
    public static UserLayerEntry loaded(String file, String name, List<GeoFeature> features, LayerStyle style,
                                        List<LoadProblem> problems) {
        return new UserLayerEntry(file, State.LOADED, "", name, features, style, problems);
    }

    /** A remembered layer whose file is being read. */
    public static UserLayerEntry loading(String file, String name, LayerStyle style) {
        return new UserLayerEntry(file, State.LOADING, "", name, List.of(), style, List.of());
    }

    /** A remembered layer that cannot be shown now, and why (one short sentence). */
    public static UserLayerEntry unavailable(String file, String name, LayerStyle style, String reason) {
        return new UserLayerEntry(file, State.UNAVAILABLE, reason, name, List.of(), style, List.of());
    }

    /** The same layer in another state, keeping file, name, style, visibility and opacity. */
    UserLayerEntry as(State newState, String newReason, List<GeoFeature> newFeatures, List<LoadProblem> newProblems) {
        UserLayerEntry e = new UserLayerEntry(file, newState, newReason, name, newFeatures, style.get(), newProblems);
        e.visible.set(visible.get());
        e.opacity.set(opacity.get());
        return e;
    }

    /** The file the layer was read from (absolute path as text), or null for a layer made from features. */
    public String file() { return file; }

    public State state() { return state; }

    public boolean isLoaded() { return state == State.LOADED; }

    /** Why an unavailable layer cannot be shown; "" otherwise. */
    public String reason() { return reason; }

    public String name() { return name; }

    public List<GeoFeature> features() { return features; }

    public List<LoadProblem> problems() { return problems; }

    /** Lon/lat bounds of the features (x = lon, y = lat). */
    public Envelope bounds() { return new Envelope(bounds); }

    public boolean pointsOnly() { return pointsOnly; }

    public ObjectProperty<LayerStyle> styleProperty() { return style; }

    public BooleanProperty visibleProperty() { return visible; }

    public DoubleProperty opacityProperty() { return opacity; }

    /** The colour the user sees as the layer's colour, {@code #RRGGBB}. */
    public String colour() {
        return pointsOnly ? style.get().fill() : style.get().stroke();
    }

    /** Sets the layer's colour; areas keep their tint's transparency, point marks keep their ring. */
    public void setColour(String hex) {
        LayerStyle s = style.get();
        style.set(pointsOnly ? s.withFill(hex, s.fillOpacity()) : s.withStroke(hex).withFill(hex, s.fillOpacity()));
    }

    /** Line width or, for a layer of points, mark radius, in screen pixels. */
    public double size() {
        return pointsOnly ? style.get().pointRadius() : style.get().strokeWidth();
    }

    public double minSize() { return pointsOnly ? MIN_RADIUS : MIN_WIDTH; }

    public double maxSize() { return pointsOnly ? MAX_RADIUS : MAX_WIDTH; }

    public void setSize(double v) {
        double clamped = Math.max(minSize(), Math.min(maxSize(), v));
        LayerStyle s = style.get();
        style.set(pointsOnly ? s.withPointRadius(clamped) : s.withStrokeWidth(clamped));
    }
}
