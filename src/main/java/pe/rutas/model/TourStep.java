package pe.rutas.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;

/**
 * One step of a {@link Tour}: a framed view with a title, two or three key figures and the map
 * layers to show. The view is either a lon/lat box or a feature framed automatically (exactly one
 * of {@code box} and {@code feature} is non-null). Figures are references into the catalog, never
 * numbers of their own, so a tour cannot state a figure the evidence does not hold.
 *
 * @param id        short id, unique in the tour
 * @param title     English title
 * @param titleEs   Spanish title
 * @param box       lon/lat box to frame (x = longitude), or null
 * @param feature   feature to frame and emphasise, or null
 * @param figures   key figures, in display order (0–3)
 * @param layers    layer names to show: departments, choropleth, routes, flows, hotspots, places
 * @param statTable statistics table shading the map, or null
 * @param note      optional English presenter note ("" if none)
 * @param noteEs    optional Spanish presenter note
 */
public record TourStep(String id, String title, String titleEs, Envelope box, FeatureRef feature,
                       List<FigureRef> figures, Set<String> layers, String statTable, String note, String noteEs) {
    public static final Set<String> LAYER_NAMES = Set.of("departments", "choropleth", "routes", "flows", "hotspots", "places");

    public TourStep {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        titleEs = titleEs == null || titleEs.isBlank() ? title : titleEs;
        if ((box == null) == (feature == null)) throw new IllegalArgumentException("a step frames either a box or a feature");
        box = box == null ? null : new Envelope(box);
        figures = List.copyOf(figures);
        layers = Set.copyOf(layers);
        note = note == null ? "" : note;
        noteEs = noteEs == null || noteEs.isBlank() ? note : noteEs;
    }

    public String title(boolean spanish) {
        return spanish ? titleEs : title;
    }

    /**
     * A figure in the catalog: row {@code key} of statistics table {@code id}, or figure number
     * {@code index} (0-based) of hotspot {@code id}.
     */
    public record FigureRef(Kind kind, String id, String key, int index) {
        public enum Kind { TABLE_ROW, HOTSPOT_FIGURE }

        public FigureRef {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
        }

        public static FigureRef tableRow(String table, String row) {
            return new FigureRef(Kind.TABLE_ROW, table, row, -1);
        }

        public static FigureRef hotspotFigure(String hotspot, int index) {
            return new FigureRef(Kind.HOTSPOT_FIGURE, hotspot, null, index);
        }
    }
}
