package pe.rutas.model;

import java.util.List;
import java.util.Objects;

/**
 * A bookmark ("saved view"): where the map looked, which layers were on, which statistic
 * coloured the departments and what was selected. The frame is stored without its pixel
 * size, so a view opens centred on the same point at the same zoom on any screen.
 *
 * <p>A view does not record the user's own GeoJSON layers: views are shared as small files with
 * other machines, where those files are not, and own layers are already remembered (with their
 * visibility and style) from one run to the next. Restoring a view leaves them as they are.
 *
 * @param name             shown to the user; not blank, at most {@value #MAX_NAME} characters
 * @param centerLon        frame centre longitude, degrees −180..180 (WGS84)
 * @param centerLat        frame centre latitude, degrees within ±{@link MapFrame#MAX_LAT} (Web Mercator limit)
 * @param zoom             fractional Web Mercator zoom, {@value #MIN_ZOOM}..{@value #MAX_ZOOM}
 * @param visibleLayers    names of the layers that were visible (e.g. "ROUTES")
 * @param statisticTableId id of the choropleth table, "" for none
 * @param selection        the selected mark, or null for none
 */
public record SavedView(String name, double centerLon, double centerLat, double zoom, List<String> visibleLayers,
                        String statisticTableId, FeatureRef selection) {
    public static final int MAX_NAME = 200;
    public static final double MIN_ZOOM = 0;
    public static final double MAX_ZOOM = 22;

    public SavedView {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(statisticTableId, "statisticTableId");
        if (name.isBlank() || name.length() > MAX_NAME) {
            throw new IllegalArgumentException("name must have 1.." + MAX_NAME + " characters");
        }
        if (!(centerLon >= -180 && centerLon <= 180) || !(Math.abs(centerLat) <= MapFrame.MAX_LAT)) {
            throw new IllegalArgumentException("centre out of range: lon " + centerLon + ", lat " + centerLat);
        }
        if (!(zoom >= MIN_ZOOM && zoom <= MAX_ZOOM)) {
            throw new IllegalArgumentException("zoom must be within " + MIN_ZOOM + ".." + MAX_ZOOM + ", was " + zoom);
        }
        visibleLayers = List.copyOf(visibleLayers);
    }

    /** A view of {@code frame}'s centre and zoom (its pixel size is not kept). */
    public static SavedView of(String name, MapFrame frame, List<String> visibleLayers, String statisticTableId, FeatureRef selection) {
        return new SavedView(name, frame.centerLon(), frame.centerLat(), frame.zoom(), visibleLayers, statisticTableId, selection);
    }

    /** The frame to show this view in a viewport of the given size in pixels. */
    public MapFrame frame(double width, double height) {
        return new MapFrame(centerLon, centerLat, zoom, width, height);
    }

    public SavedView withName(String newName) {
        return new SavedView(newName, centerLon, centerLat, zoom, visibleLayers, statisticTableId, selection);
    }
}
