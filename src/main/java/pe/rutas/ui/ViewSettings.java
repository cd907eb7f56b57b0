package pe.rutas.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;

/**
 * How the window looks, independent of the data: theme and text size (the language lives in
 * {@link I18n}). {@link #applyTo(Scene)} keeps a scene's stylesheets and root font class in
 * step. FX thread only.
 */
public final class ViewSettings {
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.DEFAULT);
    private final FontScale fontScale = new FontScale();

    public ObjectProperty<Theme> themeProperty() { return theme; }

    public FontScale fontScale() { return fontScale; }

    public void applyTo(Scene scene) {
        Runnable styles = () -> scene.getStylesheets().setAll(theme.get().stylesheets());
        theme.addListener((obs, old, now) -> styles.run());
        styles.run();
        scene.rootProperty().addListener((obs, old, now) -> fontScale.applyTo(now));
        fontScale.applyTo(scene.getRoot());
    }
}
