package pe.rutas.ui;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.locationtech.jts.geom.Envelope;
import pe.rutas.io.UserLayerLoad;
import pe.rutas.style.UserLayerStyles;

/**
 * The user's own layers, in drawing order (first at the bottom). The app mirrors the loaded ones
 * onto the map and remembers all of them between runs; the Layers pane edits the entries. Each
 * layer opened by hand gets the next colour of {@link UserLayerStyles}. A remembered layer being
 * read again, or whose file is missing, keeps its place as a {@link UserLayerEntry.State#LOADING}
 * or {@link UserLayerEntry.State#UNAVAILABLE} entry, replaced in place when its state changes.
 * FX thread only.
 */
public final class UserLayersModel {
    private final ObservableList<UserLayerEntry> layers = FXCollections.observableArrayList();
    private final ObservableList<UserLayerEntry> readOnly = FXCollections.unmodifiableObservableList(layers);
    private Consumer<Envelope> zoomHandler = box -> {};
    private Consumer<UserLayerEntry> retryHandler = e -> {};
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
        UserLayerEntry e = UserLayerEntry.loaded(absolute(load.file()), name, load.features(),
                UserLayerStyles.suggest(load.features(), added++), load.problems());
        layers.add(e);
        return e;
    }

    /** Adds an entry as it is (a remembered layer, see {@link UserLayerRestorer}). */
    void add(UserLayerEntry e) {
        layers.add(e);
        added++;
    }

    /** Puts {@code now} in the place of {@code old}; false (and nothing changes) when {@code old} was removed meanwhile. */
    boolean replace(UserLayerEntry old, UserLayerEntry now) {
        int i = layers.indexOf(old);
        if (i < 0) return false;
        layers.set(i, now);
        return true;
    }

    /** Removes the layer; a removed layer is also forgotten (not remembered at the next start). */
    public void remove(UserLayerEntry e) { layers.remove(e); }

    /** Where "zoom to layer" goes (the app sends it to the map). */
    public void setZoomHandler(Consumer<Envelope> handler) { zoomHandler = handler == null ? box -> {} : handler; }

    public void zoomTo(UserLayerEntry e) {
        if (!e.bounds().isNull()) zoomHandler.accept(e.bounds());
    }

    /** What "Retry" on an unavailable layer does (the app reads the file again). */
    public void setRetryHandler(Consumer<UserLayerEntry> handler) { retryHandler = handler == null ? e -> {} : handler; }

    public void retry(UserLayerEntry e) {
        if (e.state() == UserLayerEntry.State.UNAVAILABLE) retryHandler.accept(e);
    }

    /** The path as an absolute one, so that it still names the file when the app starts elsewhere. */
    static String absolute(String file) {
        try {
            return Path.of(file).toAbsolutePath().normalize().toString();
        } catch (InvalidPathException | java.io.IOError | SecurityException e) {
            return file;
        }
    }
}
