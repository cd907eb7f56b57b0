package pe.rutas.map;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import org.locationtech.jts.geom.Envelope;
import pe.rutas.io.LoadProblem;
import pe.rutas.style.LayerStyle;

/**
 * A user's own layer on a {@link RutasMap}, as returned by {@code addUserLayer}: its name, its
 * style, visibility and opacity (editable), and what loading it reported. Pass it to
 * {@link RutasMap#removeUserLayer} to take the layer off the map. FX thread only.
 */
public final class UserLayerHandle {
    private final UserLayer layer;
    private final String name;
    private final List<pe.rutas.model.GeoFeature> features;
    private final List<LoadProblem> problems;

    UserLayerHandle(UserLayer layer, String name, List<pe.rutas.model.GeoFeature> features, List<LoadProblem> problems) {
        this.layer = layer;
        this.name = name;
        this.features = List.copyOf(features);
        this.problems = List.copyOf(problems);
    }

    /** The node id of the layer group ({@code user-layer-<n>}), unique within its map. */
    public String id() {
        return layer.getId();
    }

    public String name() {
        return name;
    }

    public int featureCount() {
        return features.size();
    }

    /** The features as loaded (lon/lat, unsimplified), e.g. for an export. Immutable. */
    public List<pe.rutas.model.GeoFeature> features() {
        return features;
    }

    /** Vertices of all geometry as loaded, before any simplification. */
    public int vertexCount() {
        return layer.geometry().vertexCount();
    }

    /** Vertices drawn at the current zoom band after simplification (0 before the first layout). */
    public int drawnVertexCount() {
        return layer.drawnVertices();
    }

    /** Lon/lat bounds of the layer's features (x = lon, y = lat); null-envelope when empty. */
    public Envelope bounds() {
        return layer.geometry().bounds();
    }

    /** Skipped features and warnings from loading the file (empty for layers added from features). */
    public List<LoadProblem> problems() {
        return problems;
    }

    /** The style; never null (setting null is ignored). */
    public ObjectProperty<LayerStyle> styleProperty() {
        return layer.layerStyleProperty();
    }

    public BooleanProperty visibleProperty() {
        return layer.visibleProperty();
    }

    public DoubleProperty opacityProperty() {
        return layer.opacityProperty();
    }

    UserLayer layer() {
        return layer;
    }
}
