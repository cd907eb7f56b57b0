package pe.rutas.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/** Small factories for labelled, accessible controls; keeps the views short. */
final class Controls {
    private Controls() {}

    static Label label(String text, String... styleClasses) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().addAll(styleClasses);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    /** A button whose text, tooltip and accessible text come from the bundle (live). */
    static Button button(I18n i18n, String key, Runnable action) {
        Button b = new Button();
        b.textProperty().bind(i18n.text(key));
        tooltip(i18n, b, key + ".tip");
        b.accessibleTextProperty().bind(i18n.text(key + ".tip"));
        b.setOnAction(e -> action.run());
        return b;
    }

    /** A button for a card, labelled in the current language once (cards rebuild on locale change). */
    static Button staticButton(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.setOnAction(e -> action.run());
        return b;
    }

    static void tooltip(I18n i18n, Control c, String key) {
        Tooltip t = new Tooltip();
        t.textProperty().bind(i18n.text(key));
        c.setTooltip(t);
    }
}
