package pe.rutas.ui;

import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.scene.Parent;

/**
 * Text size for projectors: a step in a fixed list of percentages, applied as a style class
 * ({@code font-100}, {@code font-125}, …) on the scene root so that the sizes themselves stay
 * in the CSS files. Ctrl+= / Ctrl+- / Ctrl+0 drive it. FX thread only.
 */
public final class FontScale {
    public static final List<Integer> PERCENTS = List.of(85, 100, 115, 125, 150, 175, 200);
    private static final int DEFAULT = PERCENTS.indexOf(100);

    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(this, "step", DEFAULT);

    public ReadOnlyIntegerProperty stepProperty() { return step.getReadOnlyProperty(); }

    public int percent() { return PERCENTS.get(step.get()); }

    public void larger() { step.set(Math.min(PERCENTS.size() - 1, step.get() + 1)); }

    public void smaller() { step.set(Math.max(0, step.get() - 1)); }

    public void reset() { step.set(DEFAULT); }

    /** Picks the step nearest to {@code percent} (e.g. a saved setting of 1.3 × 100). */
    public void setPercent(double percent) {
        int best = DEFAULT;
        for (int i = 0; i < PERCENTS.size(); i++) {
            if (Math.abs(PERCENTS.get(i) - percent) < Math.abs(PERCENTS.get(best) - percent)) best = i;
        }
        step.set(best);
    }

    /** Keeps {@code root}'s font-size style class in step with this scale. */
    public void applyTo(Parent root) {
        Runnable apply = () -> {
            root.getStyleClass().removeIf(c -> c.startsWith("font-"));
            root.getStyleClass().add("font-" + percent());
        };
        step.addListener((obs, old, now) -> apply.run());
        apply.run();
    }
}
