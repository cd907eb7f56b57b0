package pe.rutas.ui;

import java.util.List;
import java.util.Optional;
import pe.rutas.model.FeatureRef;

/**
 * Keyboard stepping through the features on screen: given the features in a stable order and
 * the current one, the next (Tab) or previous (Shift+Tab). Stepping past either end returns
 * empty so that focus can leave the map and the rest of the window stays reachable. Pure.
 */
public final class FeatureCycler {
    private FeatureCycler() {}

    public static Optional<FeatureRef> step(List<FeatureRef> features, FeatureRef current, boolean forward) {
        if (features.isEmpty()) return Optional.empty();
        int i = current == null ? -1 : features.indexOf(current);
        if (i < 0) return Optional.of(forward ? features.get(0) : features.get(features.size() - 1));
        int next = forward ? i + 1 : i - 1;
        return next < 0 || next >= features.size() ? Optional.empty() : Optional.of(features.get(next));
    }
}
