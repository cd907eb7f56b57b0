package pe.rutas.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;

/**
 * The data credit under the map: Natural Earth always; OpenStreetMap contributors only while
 * the online basemap is on (its tiles are then on screen).
 */
public final class AttributionLine extends Label {
    public AttributionLine(MapControl map, I18n i18n) {
        setId("attribution");
        getStyleClass().add("attribution");
        textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get(map.onlineBasemapProperty().get() ? "attribution.online" : "attribution.offline"),
                i18n.bundleProperty(), map.onlineBasemapProperty()));
        setWrapText(true);
    }
}
