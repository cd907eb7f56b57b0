package pe.rutas.app;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import pe.rutas.map.LayerId;
import pe.rutas.map.RutasMap;
import pe.rutas.model.Catalog;
import pe.rutas.model.FeatureRef;
import pe.rutas.model.StatTable;
import pe.rutas.style.LegendModel;
import pe.rutas.ui.I18n;
import pe.rutas.ui.LayerKey;
import pe.rutas.ui.MapControl;

/**
 * Adapts {@link RutasMap} to the UI's {@link MapControl}: maps layer keys to layer ids,
 * statistics-table ids to tables, and keeps the map's label language in step with the UI.
 * FX thread only.
 */
final class RutasMapControl implements MapControl {
    private final RutasMap map;
    private final Catalog catalog;
    private final ObjectProperty<String> tableId = new SimpleObjectProperty<>(this, "tableId");

    RutasMapControl(RutasMap map, Catalog catalog, I18n i18n) {
        this.map = map;
        this.catalog = catalog;
        map.localeProperty().bind(i18n.localeProperty());
        tableId.addListener((obs, old, id) -> map.choroplethTableProperty().set(id == null ? null : catalog.table(id).orElse(null)));
        map.choroplethTableProperty().addListener((obs, old, t) -> tableId.set(t == null ? null : t.id()));
        StatTable initial = map.choroplethTableProperty().get();
        tableId.set(initial == null ? null : initial.id());
    }

    @Override public Node node() { return map; }

    @Override
    public BooleanProperty layerVisibleProperty(LayerKey layer) {
        return layerId(layer) == null ? null : map.visibleProperty(layerId(layer));
    }

    @Override
    public DoubleProperty layerOpacityProperty(LayerKey layer) {
        return layerId(layer) == null ? null : map.opacityProperty(layerId(layer));
    }

    @Override public ObjectProperty<String> choroplethTableProperty() { return tableId; }

    @Override public BooleanProperty onlineBasemapProperty() { return map.onlineBasemapProperty(); }

    @Override public ObjectProperty<FeatureRef> hoverProperty() { return map.hoveredFeatureProperty(); }

    @Override public ReadOnlyObjectProperty<LegendModel> legendProperty() { return map.legendProperty(); }

    @Override public void zoomTo(FeatureRef ref) { map.zoomTo(ref); }

    @Override public void panBy(double dxPx, double dyPx) { map.panBy(dxPx, dyPx); }

    @Override public void zoomIn() { map.zoomIn(); }

    @Override public void zoomOut() { map.zoomOut(); }

    @Override public List<FeatureRef> featuresInFrame() { return map.featuresInFrame(); }

    private static LayerId layerId(LayerKey key) {
        for (LayerId id : LayerId.values()) if (id.name().equals(key.name())) return id;
        return null;
    }
}
