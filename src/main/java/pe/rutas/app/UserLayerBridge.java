package pe.rutas.app;

import java.util.IdentityHashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import org.locationtech.jts.geom.Envelope;
import pe.rutas.map.RutasMap;
import pe.rutas.map.UserLayerHandle;
import pe.rutas.ui.UserLayerEntry;
import pe.rutas.ui.UserLayersModel;

/**
 * Mirrors the UI's list of user layers onto the map: an added loaded entry becomes a map layer
 * whose style, visibility and opacity follow the entry; a removed entry's layer leaves the map;
 * entries still loading or unavailable have no map layer. A layer opened by hand is flown to, so
 * the user sees what was opened; a remembered layer that finishes loading (it replaces its
 * placeholder in the list) is not, so the map does not jump about at start. FX thread only.
 */
final class UserLayerBridge {
    /** Peru and its neighbours (lon/lat), the region a workshop's layers are about. */
    static final Envelope REGION = new Envelope(-86, -64, -22, 3);

    private final RutasMap map;
    private final Map<UserLayerEntry, UserLayerHandle> handles = new IdentityHashMap<>();

    UserLayerBridge(RutasMap map, UserLayersModel model) {
        this.map = map;
        model.setZoomHandler(box -> {
            // a stray feature far away (e.g. swapped lat/lon) must not zoom the map out to the world
            Envelope near = box.intersection(REGION);
            map.flyTo(near.isNull() ? box : near);
        });
        model.layers().addListener((ListChangeListener<UserLayerEntry>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(this::remove);
                boolean replaced = c.wasReplaced();
                c.getAddedSubList().forEach(e -> {
                    add(e);
                    if (!replaced) model.zoomTo(e);
                });
            }
        });
        model.layers().forEach(this::add);
    }

    private void add(UserLayerEntry e) {
        if (!e.isLoaded()) return;
        UserLayerHandle h = map.addUserLayer(e.name(), e.features(), e.styleProperty().get());
        h.styleProperty().bind(e.styleProperty());
        h.visibleProperty().bind(e.visibleProperty());
        h.opacityProperty().bind(e.opacityProperty());
        handles.put(e, h);
    }

    private void remove(UserLayerEntry e) {
        UserLayerHandle h = handles.remove(e);
        if (h == null) return;
        h.styleProperty().unbind();
        h.visibleProperty().unbind();
        h.opacityProperty().unbind();
        map.removeUserLayer(h);
    }

    /** The map layer of an entry, or null (for tests). */
    UserLayerHandle handleOf(UserLayerEntry e) {
        return handles.get(e);
    }
}
