package pe.rutas.model;

import org.locationtech.jts.geom.Envelope;

/**
 * A view of the world in spherical Web Mercator (EPSG:3857), the projection of Gluon Maps and
 * OSM tiles: a centre (WGS84 degrees), a fractional zoom (world is {@code 256 * 2^zoom} pixels
 * wide) and a size in pixels. Pixel y grows downwards. Immutable; pure math, thread-safe.
 */
public record MapFrame(double centerLon, double centerLat, double zoom, double width, double height) {
    public static final double TILE_SIZE = 256;
    /** Web Mercator's latitude limit. */
    public static final double MAX_LAT = 85.05112878;
    /** Earth's equatorial circumference in metres (WGS84 semi-major axis × 2π). */
    public static final double EQUATOR_M = 40_075_016.686;

    public double worldSize() {
        return TILE_SIZE * Math.pow(2, zoom);
    }

    /** World pixel x (0 at 180°W) of a longitude at zoom {@code z}. */
    public static double worldX(double lon, double z) {
        return (lon + 180) / 360 * TILE_SIZE * Math.pow(2, z);
    }

    /** World pixel y (0 at the northern limit) of a latitude at zoom {@code z}. */
    public static double worldY(double lat, double z) {
        double clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
        double s = Math.sin(Math.toRadians(clamped));
        double y = 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
        return y * TILE_SIZE * Math.pow(2, z);
    }

    public static double lonOfWorldX(double x, double z) {
        return x / (TILE_SIZE * Math.pow(2, z)) * 360 - 180;
    }

    public static double latOfWorldY(double y, double z) {
        double n = Math.PI - 2 * Math.PI * y / (TILE_SIZE * Math.pow(2, z));
        return Math.toDegrees(Math.atan(Math.sinh(n)));
    }

    /** Screen x of a longitude in this frame. */
    public double x(double lon) {
        return worldX(lon, zoom) - worldX(centerLon, zoom) + width / 2;
    }

    /** Screen y of a latitude in this frame. */
    public double y(double lat) {
        return worldY(lat, zoom) - worldY(centerLat, zoom) + height / 2;
    }

    public double lonAt(double screenX) {
        return lonOfWorldX(worldX(centerLon, zoom) + screenX - width / 2, zoom);
    }

    public double latAt(double screenY) {
        return latOfWorldY(worldY(centerLat, zoom) + screenY - height / 2, zoom);
    }

    /** Ground metres per screen pixel at a latitude (Mercator scale grows with 1/cos(lat)). */
    public double metersPerPixel(double lat) {
        return EQUATOR_M * Math.cos(Math.toRadians(lat)) / worldSize();
    }

    /** The lon/lat box this frame shows. */
    public Envelope extent() {
        return new Envelope(lonAt(0), lonAt(width), latAt(height), latAt(0));
    }

    /**
     * The frame of the given size that shows {@code box} (lon/lat degrees) as large as possible
     * with {@code padding} pixels free on every side, capped at {@code maxZoom}.
     */
    public static MapFrame fit(Envelope box, double width, double height, double padding, double maxZoom) {
        double w = Math.max(1, width - 2 * padding);
        double h = Math.max(1, height - 2 * padding);
        double spanX = worldX(box.getMaxX(), 0) - worldX(box.getMinX(), 0);
        double spanY = worldY(box.getMinY(), 0) - worldY(box.getMaxY(), 0);
        double zx = spanX <= 0 ? maxZoom : Math.log(w / spanX) / Math.log(2);
        double zy = spanY <= 0 ? maxZoom : Math.log(h / spanY) / Math.log(2);
        double z = Math.min(maxZoom, Math.min(zx, zy));
        double cy = (worldY(box.getMinY(), 0) + worldY(box.getMaxY(), 0)) / 2;
        return new MapFrame((box.getMinX() + box.getMaxX()) / 2, latOfWorldY(cy, 0), z, width, height);
    }
}
