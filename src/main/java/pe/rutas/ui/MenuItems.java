package pe.rutas.ui;

import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/** Menu entries whose text follows the language live; the one factory the menus of every feature use. */
public final class MenuItems {
    private MenuItems() {}

    /**
     * An entry labelled by {@code key} of the UI bundle, running {@code action}, showing
     * {@code accelerator} (null: none) — the same key combination a feature may also register on
     * the scene, so both lead to the same action.
     */
    public static MenuItem of(I18n i18n, String key, KeyCombination accelerator, Runnable action) {
        MenuItem i = new MenuItem();
        i.textProperty().bind(i18n.text(key));
        i.setOnAction(e -> action.run());
        if (accelerator != null) i.setAccelerator(accelerator);
        return i;
    }
}
