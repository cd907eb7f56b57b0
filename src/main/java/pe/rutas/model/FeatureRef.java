package pe.rutas.model;

import java.util.Objects;

/**
 * A reference to one selectable mark on the map: its kind and its id in the data
 * (ISO 3166-2 code for departments, {@code route_id}, hotspot/place/flow id). The single
 * selection shared by map, side panel and search holds one of these (or null).
 */
public record FeatureRef(Kind kind, String id) {
    public enum Kind { DEPARTMENT, PLACE, ROUTE, HOTSPOT, FLOW }

    public FeatureRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static FeatureRef department(String iso) { return new FeatureRef(Kind.DEPARTMENT, iso); }
    public static FeatureRef place(String id) { return new FeatureRef(Kind.PLACE, id); }
    public static FeatureRef route(String id) { return new FeatureRef(Kind.ROUTE, id); }
    public static FeatureRef hotspot(String id) { return new FeatureRef(Kind.HOTSPOT, id); }
    public static FeatureRef flow(String id) { return new FeatureRef(Kind.FLOW, id); }
}
