package pe.rutas.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import pe.rutas.model.Country;
import pe.rutas.model.Department;
import pe.rutas.model.MapFrame;
import pe.rutas.style.BasemapStyle;

/**
 * Paints the offline basemap — sea, the area beyond the bundled data, neighbouring countries, Peru and
 * department outlines — for any {@link MapFrame} into an opaque ARGB buffer, with no JavaFX toolkit
 * needed (so it runs on tile threads, in headless exports and in plain unit tests).
 *
 * <p>Geometry is projected to Web Mercator world pixels and simplified (Douglas–Peucker, a third of a
 * pixel) once per integer zoom level and cached; a frame at a fractional zoom scales the nearest lower
 * level. Thread-safe: the caches are concurrent and the painted buffers are per call.
 */
public final class BasemapPainter {
    /** Simplification tolerance in pixels at the cached zoom level. */
    private static final double TOLERANCE_PX = 0.35;
    private static final int MAX_BAND = 20;

    private final List<Shape> neighbours = new ArrayList<>();
    private final List<Shape> peru = new ArrayList<>();
    private final List<Shape> departments = new ArrayList<>();
    private final Envelope dataBox = new Envelope();
    private final BasemapStyle style;
    private final boolean departmentOutlines;
    private final Map<Integer, Band> bands = new ConcurrentHashMap<>();

    /** One geometry and its envelope in lon/lat degrees. */
    private record Shape(Geometry geometry, Envelope box) {
    }

    /** All shapes projected to world pixels at one zoom: rings as flat x,y arrays, with boxes. */
    private record Band(int zoom, List<Projected> neighbours, List<Projected> peru, List<Projected> departments,
                        double[] dataBox) {
    }

    private record Projected(List<double[]> rings, double minX, double minY, double maxX, double maxY) {
    }

    /**
     * @param departments Peru's departments (their outlines are drawn; if {@code countries} has no
     *                    "PE" feature, their union is Peru's land)
     * @param countries   neighbours and Peru, clipped to a box around Peru; their envelope is the area
     *                    with data, anything beyond is painted as "outside"
     */
    public BasemapPainter(List<Department> departments, List<Country> countries, BasemapStyle style) {
        this(departments, countries, style, true);
    }

    /**
     * @param departmentOutlines false when department outlines are drawn by a layer above the tiles (the
     *                           interactive map, where they highlight and can be hidden)
     */
    public BasemapPainter(List<Department> departments, List<Country> countries, BasemapStyle style,
                          boolean departmentOutlines) {
        this.style = style;
        this.departmentOutlines = departmentOutlines;
        boolean hasPeru = false;
        for (Country c : countries) {
            if (c.geometry() == null || c.geometry().isEmpty()) {
                continue;
            }
            Shape s = new Shape(c.geometry(), c.geometry().getEnvelopeInternal());
            dataBox.expandToInclude(s.box());
            if ("PE".equalsIgnoreCase(c.isoA2()) || "PER".equalsIgnoreCase(c.isoA3())) {
                peru.add(s);
                hasPeru = true;
            } else {
                neighbours.add(s);
            }
        }
        for (Department d : departments) {
            if (d.geometry() == null || d.geometry().isEmpty()) {
                continue;
            }
            Shape s = new Shape(d.geometry(), d.geometry().getEnvelopeInternal());
            this.departments.add(s);
            if (!hasPeru) {
                peru.add(s);
            }
            dataBox.expandToInclude(s.box());
        }
    }

    public BasemapStyle style() {
        return style;
    }

    /** The lon/lat box of the bundled data (empty when there is none). */
    public Envelope dataExtent() {
        return new Envelope(dataBox);
    }

    /** Paints a 256-pixel tile of the standard XYZ scheme ({@code x} east, {@code y} south). */
    public int[] paintTile(int zoom, long x, long y) {
        double size = MapFrame.TILE_SIZE;
        double cx = x * size + size / 2;
        double cy = y * size + size / 2;
        MapFrame frame = new MapFrame(MapFrame.lonOfWorldX(cx, zoom), MapFrame.latOfWorldY(cy, zoom), zoom,
                size, size);
        return paint(frame);
    }

    /** Paints a frame into a new opaque ARGB buffer of {@code ceil(width) × ceil(height)} pixels. */
    public int[] paint(MapFrame frame) {
        int w = (int) Math.ceil(frame.width());
        int h = (int) Math.ceil(frame.height());
        Raster r = new Raster(w, h);
        paint(frame, r);
        return r.argb;
    }

    /** Paints a frame into a new image; callable on any thread (the image is not yet in a scene). */
    public WritableImage paintImage(MapFrame frame) {
        int w = (int) Math.ceil(frame.width());
        int h = (int) Math.ceil(frame.height());
        int[] argb = paint(frame);
        WritableImage img = new WritableImage(w, h);
        img.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return img;
    }

    private void paint(MapFrame frame, Raster r) {
        int zb = Math.max(0, Math.min(MAX_BAND, (int) Math.floor(frame.zoom() + 1e-9)));
        Band band = bands.computeIfAbsent(zb, this::project);
        double scale = Math.pow(2, frame.zoom() - zb);
        double offX = MapFrame.worldX(frame.centerLon(), frame.zoom()) - frame.width() / 2;
        double offY = MapFrame.worldY(frame.centerLat(), frame.zoom()) - frame.height() / 2;
        Transform t = new Transform(scale, offX, offY, r.width, r.height);

        if (dataBox.isNull()) {
            r.fill(Raster.argbOf(style.sea()));
            return;
        }
        r.fill(Raster.argbOf(style.outside()));
        double[] box = band.dataBox();
        r.fillRect(t.x(box[0]), t.y(box[1]), t.x(box[2]), t.y(box[3]), Raster.argbOf(style.sea()));
        fill(r, t, band.neighbours(), Raster.argbOf(style.neighbour()));
        fill(r, t, band.peru(), Raster.argbOf(style.peru()));
        stroke(r, t, band.neighbours(), style.neighbourBorderWidth(), Raster.argbOf(style.neighbourBorder()));
        // a thin frame marks where the bundled data ends, so the "outside" mat never reads as land or sea
        r.strokePolylines(List.of(new double[]{t.x(box[0]), t.y(box[1]), t.x(box[2]), t.y(box[1]), t.x(box[2]),
                t.y(box[3]), t.x(box[0]), t.y(box[3])}), 1, Raster.argbOf(style.neighbourBorder()), true);
        if (departmentOutlines) {
            stroke(r, t, band.departments(), style.departmentBorderWidth(), Raster.argbOf(style.departmentBorder()));
        }
        stroke(r, t, band.peru(), style.peruBorderWidth(), Raster.argbOf(style.peruBorder()));
    }

    /** World pixels at the band's zoom → buffer pixels. */
    private record Transform(double scale, double offX, double offY, int w, int h) {
        double x(double wx) {
            return wx * scale - offX;
        }

        double y(double wy) {
            return wy * scale - offY;
        }

        boolean visible(Projected p) {
            return x(p.maxX()) >= -2 && x(p.minX()) <= w + 2 && y(p.maxY()) >= -2 && y(p.minY()) <= h + 2;
        }

        List<double[]> apply(List<double[]> rings) {
            List<double[]> out = new ArrayList<>(rings.size());
            for (double[] ring : rings) {
                double[] o = new double[ring.length];
                for (int i = 0; i < ring.length; i += 2) {
                    o[i] = x(ring[i]);
                    o[i + 1] = y(ring[i + 1]);
                }
                out.add(o);
            }
            return out;
        }
    }

    private static void fill(Raster r, Transform t, List<Projected> shapes, int color) {
        for (Projected p : shapes) {
            if (t.visible(p)) {
                r.fillRings(t.apply(p.rings()), color, true);
            }
        }
    }

    private static void stroke(Raster r, Transform t, List<Projected> shapes, double width, int color) {
        List<double[]> lines = new ArrayList<>();
        for (Projected p : shapes) {
            if (t.visible(p)) {
                lines.addAll(t.apply(p.rings()));
            }
        }
        if (!lines.isEmpty() && width > 0) {
            r.strokePolylines(lines, width, color, true);
        }
    }

    private Band project(int zoom) {
        double[] box = {MapFrame.worldX(dataBox.getMinX(), zoom), MapFrame.worldY(dataBox.getMaxY(), zoom),
                MapFrame.worldX(dataBox.getMaxX(), zoom), MapFrame.worldY(dataBox.getMinY(), zoom)};
        return new Band(zoom, projectAll(neighbours, zoom), projectAll(peru, zoom), projectAll(departments, zoom),
                box);
    }

    private static List<Projected> projectAll(List<Shape> shapes, int zoom) {
        List<Projected> out = new ArrayList<>();
        for (Shape s : shapes) {
            Projected p = projectGeometry(s.geometry(), zoom);
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    /** Projects every polygon ring of {@code g} to world pixels at {@code zoom}, simplified. */
    static Projected projectGeometry(Geometry g, int zoom) {
        List<double[]> rings = new ArrayList<>();
        double[] bounds = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon poly) {
                addRing(poly.getExteriorRing(), zoom, rings, bounds);
                for (int h = 0; h < poly.getNumInteriorRing(); h++) {
                    addRing(poly.getInteriorRingN(h), zoom, rings, bounds);
                }
            } else if (part instanceof LineString line) {
                addRing(line, zoom, rings, bounds);
            }
        }
        return rings.isEmpty() ? null : new Projected(rings, bounds[0], bounds[1], bounds[2], bounds[3]);
    }

    private static void addRing(LineString ring, int zoom, List<double[]> out, double[] bounds) {
        double[] simple = Simplify.projected(ring.getCoordinates(), lon -> MapFrame.worldX(lon, zoom),
                lat -> MapFrame.worldY(lat, zoom), TOLERANCE_PX);
        if (simple.length < 6) {
            return;
        }
        for (int i = 0; i < simple.length; i += 2) {
            bounds[0] = Math.min(bounds[0], simple[i]);
            bounds[1] = Math.min(bounds[1], simple[i + 1]);
            bounds[2] = Math.max(bounds[2], simple[i]);
            bounds[3] = Math.max(bounds[3], simple[i + 1]);
        }
        out.add(simple);
    }
}
