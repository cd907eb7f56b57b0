package pe.rutas.ui.export;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import pe.rutas.export.ExportLayer;
import pe.rutas.export.ExportUserLayer;
import pe.rutas.export.YearRange;
import pe.rutas.map.LayerId;
import pe.rutas.map.RutasMap;

/** Reads an {@link ExportView} off the interactive map. FX thread only. */
public final class MapExportView {
    private MapExportView() {}

    /** What {@code map} shows now, with the map's own period filter ({@link RutasMap#periodProperty()}). */
    public static ExportView of(RutasMap map) {
        var p = map.periodProperty().get();
        return of(map, p == null ? null : new YearRange(p.from(), p.to()));
    }

    /**
     * What {@code map} shows now: frame, selection, visible layers, shading table, online basemap and
     * language, and the user's own layers; {@code period} is the period filter in force (null for none).
     */
    public static ExportView of(RutasMap map, YearRange period) {
        Set<ExportLayer> layers = EnumSet.noneOf(ExportLayer.class);
        for (LayerId id : LayerId.values()) if (map.visibleProperty(id).get()) layers.add(ExportLayer.valueOf(id.name()));
        var table = map.choroplethTableProperty().get();
        return new ExportView(map.currentFrame(), map.selectionProperty().get(), layers, table == null ? null : table.id(),
                map.onlineBasemapProperty().get(), period, map.localeProperty().get(), userLayers(map));
    }

    /**
     * The user's own layers on {@code map} now, bottom first, each with its style, opacity and
     * visibility (hidden ones included, marked hidden): what an export and presenter mode draw.
     */
    public static List<ExportUserLayer> userLayers(RutasMap map) {
        return map.userLayers().stream().map(h -> new ExportUserLayer(h.name(), h.features(),
                h.styleProperty().get(), h.opacityProperty().get(), h.visibleProperty().get())).toList();
    }
}
