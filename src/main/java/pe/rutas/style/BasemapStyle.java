package pe.rutas.style;

import javafx.scene.paint.Color;

/**
 * Colours and widths of the offline basemap (sea, land beyond the data, neighbouring countries, Peru,
 * department outlines, coast). Two presets: the default muted style, in which the data layers stand
 * out, and a high-contrast one. Widths in pixels at the tile's own scale. Immutable.
 */
public record BasemapStyle(Color sea, Color outside, Color neighbour, Color peru, Color neighbourBorder,
                           double neighbourBorderWidth, Color departmentBorder, double departmentBorderWidth,
                           Color peruBorder, double peruBorderWidth) {

    public static BasemapStyle standard() {
        return new BasemapStyle(
                Color.web("#c6dbe9"), Color.web("#dde2e6"), Color.web("#e9e7e1"), Color.web("#fbf8ef"),
                Color.web("#a9a49a"), 0.8, Color.web("#9c9486"), 0.8, Color.web("#6e665a"), 1.4);
    }

    public static BasemapStyle highContrast() {
        return new BasemapStyle(
                Color.web("#9cc3e6"), Color.web("#d8d8d8"), Color.web("#d8d8d8"), Color.WHITE,
                Color.web("#444444"), 1.0, Color.web("#222222"), 1.2, Color.BLACK, 2.0);
    }
}
