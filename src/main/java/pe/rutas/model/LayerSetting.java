package pe.rutas.model;

/**
 * Remembered state of one map layer.
 *
 * @param visible whether the layer is drawn
 * @param opacity 0 (invisible) to 1 (opaque)
 */
public record LayerSetting(boolean visible, double opacity) {
    public LayerSetting {
        if (!(opacity >= 0 && opacity <= 1)) {
            throw new IllegalArgumentException("opacity must be within 0..1, was " + opacity);
        }
    }
}
