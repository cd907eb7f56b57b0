package pe.rutas.export;

/**
 * The map layers an export can show. Names match the map's {@code LayerId} constants so that the
 * GUI can pass its visible layers with {@code ExportLayer.valueOf(layerId.name())}.
 */
public enum ExportLayer { DEPARTMENTS, CHOROPLETH, ROUTES, FLOWS, HOTSPOTS, PLACES;

    /** Layers of a default export: everything but the gazetteer dots (too busy for a brief). */
    public static java.util.Set<ExportLayer> defaults() {
        return java.util.EnumSet.of(DEPARTMENTS, CHOROPLETH, ROUTES, FLOWS, HOTSPOTS);
    }
}
