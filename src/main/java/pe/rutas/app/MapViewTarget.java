package pe.rutas.app;

import java.util.ArrayList;
import java.util.List;
import pe.rutas.map.LayerId;
import pe.rutas.map.RutasMap;
import pe.rutas.model.Catalog;
import pe.rutas.model.SavedView;
import pe.rutas.model.StatTable;
import pe.rutas.ui.SelectionModel;
import pe.rutas.ui.ViewTarget;

/**
 * Saved views over the real map: captures and restores the frame (centre and zoom), the visible
 * data layers (by {@link LayerId} name), the choropleth table and the selection. FX thread only.
 */
final class MapViewTarget implements ViewTarget {
    private final RutasMap map;
    private final Catalog catalog;
    private final SelectionModel selection;

    MapViewTarget(RutasMap map, Catalog catalog, SelectionModel selection) {
        this.map = map;
        this.catalog = catalog;
        this.selection = selection;
    }

    @Override
    public SavedView capture(String name) {
        List<String> visible = new ArrayList<>();
        for (LayerId id : LayerId.values()) {
            if (map.visibleProperty(id).get()) visible.add(id.name());
        }
        StatTable t = map.choroplethTableProperty().get();
        return SavedView.of(name, map.currentFrame(), visible, t == null ? "" : t.id(), selection.selected());
    }

    @Override
    public void restore(SavedView v) {
        for (LayerId id : LayerId.values()) {
            map.visibleProperty(id).set(v.visibleLayers().contains(id.name()));
        }
        map.choroplethTableProperty().set(v.statisticTableId().isEmpty() ? null : catalog.table(v.statisticTableId()).orElse(null));
        selection.select(v.selection() != null && map.boundsOf(v.selection()) != null ? v.selection() : null);
        map.goTo(v.centerLon(), v.centerLat(), v.zoom());
    }
}
