package pe.rutas.map;

/** The map's data layers, bottom to top as drawn. Each can be shown or hidden and has an opacity. */
public enum LayerId {
    CHOROPLETH, DEPARTMENTS, ROUTES, FLOWS, PLACES, HOTSPOTS;

    /** The id of the layer's node group, e.g. "layer-routes". */
    public String nodeId() {
        return "layer-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
