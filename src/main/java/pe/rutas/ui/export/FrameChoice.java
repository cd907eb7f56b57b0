package pe.rutas.ui.export;

import pe.rutas.model.FeatureRef;

/**
 * A framing offered by the export dialog: the current view, all of Peru, or a feature framed
 * automatically ({@code target} non-null).
 */
public record FrameChoice(Kind kind, FeatureRef target, String label) {
    public enum Kind { CURRENT_VIEW, PERU, FEATURE }

    @Override
    public String toString() {
        return label;
    }
}
