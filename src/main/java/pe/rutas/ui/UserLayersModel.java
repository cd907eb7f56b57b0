package pe.rutas.ui;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.locationtech.jts.geom.Envelope;
import pe.rutas.io.UserLayerLoad;
import pe.rutas.style.UserLayerStyles;

/**
 * The user's own layers, in drawing order (first at the bottom). The app mirrors the list onto the
 * map; the Layers pane edits the entries. Each added layer gets the next colour of
 * {@link UserLayerStyles}. FX thread only.
 */
public final class UserLayersModel {
    private final ObservableList<UserLayerEntry> layers = FXCollections.observableArrayList();
    private final ObservableList<UserLayerEntry> readOnly = FXCollections.unmodifiableObservableList(layers);
    private Consumer<Envelope> zoomHandler = box -> {};
    private int added;

    public ObservableList<UserLayerEntry> layers() { return readOnly; }

    /**
     * Adds the features of a load as a new layer named after the file; returns null (and adds
     * nothing) when nothing loaded.
     */
    public UserLayerEntry add(UserLayerLoad load) {
        if (load.features().isEmpty()) return null;
        Path p = Path.of(load.file());
        String name = p.getFileName() == null ? load.file() : p.getFileName().toString();
        UserLayerEntry e = new UserLayerEntry(name, load.features(), UserLayerStyles.suggest(load.features(), added++),
                load.problems());
        layers.add(e);
        return e;
    }

    public void remove(UserLayerEntry e) { layers.remove(e); }

    /** Where "zoom to layer" goes (the app sends it to the map). */
    public void setZoomHandler(Consumer<Envelope> handler) { zoomHandler = handler == null ? box -> {} : handler; }

    public void zoomTo(UserLayerEntry e) {
        if (!e.bounds().isNull()) zoomHandler.accept(e.bounds());
    }
}
