package pe.rutas.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import pe.rutas.model.FeatureRef;

/**
 * The one selection shared by the map, the side panel, the sources view and the search box.
 * The map receives {@link #selectedProperty()} in its constructor and writes it when a mark is
 * clicked; everything else reads it or calls {@link #select}/{@link #clear}. FX thread only.
 */
public final class SelectionModel {
    private final ObjectProperty<FeatureRef> selected = new SimpleObjectProperty<>(this, "selected");

    /** The selected feature, null when nothing is selected. Writable because the map sets it. */
    public ObjectProperty<FeatureRef> selectedProperty() { return selected; }

    public FeatureRef selected() { return selected.get(); }

    public void select(FeatureRef ref) { selected.set(ref); }

    public void clear() { selected.set(null); }
}
