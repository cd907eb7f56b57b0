package pe.rutas.ui;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;
import pe.rutas.model.FeatureRef;
import pe.rutas.style.LegendModel;

/**
 * What the UI needs from the map, so that {@code ui} does not depend on {@code map}: the app
 * adapts {@code RutasMap} to this. The map was handed the shared selection property when it
 * was built; it writes it on click and highlights it. All methods on the FX thread.
 */
public interface MapControl {

    /** The map's scene-graph node, placed in the centre of the window. */
    Node node();

    /** Whether a layer is shown; null when the map has no such layer. */
    BooleanProperty layerVisibleProperty(LayerKey layer);

    /** A layer's opacity 0–1; null when the map has no such layer. */
    DoubleProperty layerOpacityProperty(LayerKey layer);

    /** Id of the statistics table coloured on the choropleth; null means none. */
    ObjectProperty<String> choroplethTableProperty();

    /** The online (OpenStreetMap) basemap; false by default, meaning no network at all. */
    BooleanProperty onlineBasemapProperty();

    /** The feature under the pointer or the keyboard cursor, highlighted by the map; may be null. */
    ObjectProperty<FeatureRef> hoverProperty();

    /**
     * The legend of the visible layers in the UI language; changes when layers, the choropleth
     * table or the language change. Never null (an empty model when nothing has a legend).
     */
    ReadOnlyObjectProperty<LegendModel> legendProperty();

    /** Shows the whole of Peru again (the start view). */
    void home();

    /** Whether flights and zooms are animated; tests and the presenter may turn this off. */
    BooleanProperty animateProperty();

    /** Animates the view to show a feature whole. */
    void zoomTo(FeatureRef ref);

    /** Moves the view by screen pixels (positive dx shows what lies east). */
    void panBy(double dxPx, double dyPx);

    void zoomIn();

    void zoomOut();

    /** The features visible in the current view, in a stable order for keyboard stepping. */
    List<FeatureRef> featuresInFrame();
}
