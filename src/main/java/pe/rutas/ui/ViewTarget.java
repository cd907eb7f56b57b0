package pe.rutas.ui;

import pe.rutas.model.SavedView;

/**
 * What saved views need from the map, so that {@code ui} does not depend on {@code map}: the app
 * implements it over the map and the selection. FX thread only.
 */
public interface ViewTarget {
    /** The current frame, visible layers, statistic table and selection under {@code name}. */
    SavedView capture(String name);

    /** Shows the view: frame, layers, statistic table and selection. Unknown ids are ignored. */
    void restore(SavedView view);
}
