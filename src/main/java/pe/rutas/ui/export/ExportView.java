package pe.rutas.ui.export;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import pe.rutas.export.ExportLayer;
import pe.rutas.export.ExportUserLayer;
import pe.rutas.export.YearRange;
import pe.rutas.model.FeatureRef;
import pe.rutas.model.MapFrame;

/**
 * What the main window shows at the moment of an export, as the GUI reports it.
 *
 * @param frame         the map's current frame (screen pixels), or null for all of Peru
 * @param selection     the selected feature, or null
 * @param layers        visible layers (map {@code LayerId} names map one-to-one onto {@link ExportLayer})
 * @param statTableId   statistics table shading the map, or null
 * @param onlineBasemap whether the OpenStreetMap basemap is on (for the attribution)
 * @param period        the period filter, or null when all evidence is shown
 * @param locale        UI language
 * @param userLayers    the user's own layers on the map, bottom first, with their style and visibility
 */
public record ExportView(MapFrame frame, FeatureRef selection, Set<ExportLayer> layers, String statTableId,
                         boolean onlineBasemap, YearRange period, Locale locale, List<ExportUserLayer> userLayers) {
    public ExportView {
        layers = layers == null ? ExportLayer.defaults() : Set.copyOf(layers);
        locale = locale == null ? Locale.ENGLISH : locale;
        userLayers = userLayers == null ? List.of() : List.copyOf(userLayers);
    }

    /** A view without user layers. */
    public ExportView(MapFrame frame, FeatureRef selection, Set<ExportLayer> layers, String statTableId,
                      boolean onlineBasemap, YearRange period, Locale locale) {
        this(frame, selection, layers, statTableId, onlineBasemap, period, locale, List.of());
    }
}
