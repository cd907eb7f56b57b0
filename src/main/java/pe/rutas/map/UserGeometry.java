package pe.rutas.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import pe.rutas.model.GeoFeature;

/**
 * The geometry of a user's layer, projected once into world pixels of a reference zoom band
 * ({@link #REF_BAND}) and, per zoom band on demand, simplified (radial pre-pass and iterative Douglas–Peucker, see {@link #simplify}) and
 * grouped into spatial chunks that the layer draws as one path each and hides when off screen.
 *
 * <p>Band coordinates are linear in 2<sup>band</sup> (see {@link RutasLayer#bx}), so a band is the
 * reference scaled by 2<sup>band−REF</sup>: nothing is re-projected after construction. A band is
 * simplified from the nearest finer band already computed (the cascade keeps the error below twice
 * {@link #TOLERANCE_PX}) so zooming out through the bands stays cheap even for a million vertices.
 * Built on any thread; {@link #band} is synchronized so bands can be precomputed in the background.
 */
final class UserGeometry {
    /** Reference band for the one projection (the map's deepest zoom). */
    static final int REF_BAND = 14;
    /** Simplification tolerance in band pixels: a user layer may be huge, so coarser than the catalog's. */
    static final double TOLERANCE_PX = 0.9;
    /** Side of the grid cells that chunks are grouped by, in band pixels. */
    static final double CELL_PX = 512;
    /** A line is cut into pieces of at most this many vertices so each piece can be culled on its own. */
    static final int PIECE_VERTICES = 256;
    /** A chunk (one JavaFX path) holds about this many vertices at most. */
    static final int CHUNK_VERTICES = 4096;

    /** Parts drawn together as one path: flat x,y arrays in band pixels and their bounding box. */
    static final class Chunk {
        final List<double[]> parts = new ArrayList<>();
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        int vertices;

        void add(double[] xy) {
            parts.add(xy);
            vertices += xy.length / 2;
            for (int i = 0; i < xy.length; i += 2) {
                minX = Math.min(minX, xy[i]);
                maxX = Math.max(maxX, xy[i]);
                minY = Math.min(minY, xy[i + 1]);
                maxY = Math.max(maxY, xy[i + 1]);
            }
        }

        boolean intersects(double x0, double y0, double x1, double y1) {
            return maxX >= x0 && minX <= x1 && maxY >= y0 && minY <= y1;
        }
    }

    /** One band's simplified geometry; polygons are lists of rings (exterior first). */
    static final class Band {
        final int band;
        final List<double[]> lines;
        final List<List<double[]>> polygons;
        final double[] points;
        final List<Chunk> lineChunks;
        final List<Chunk> areaChunks;
        final List<Chunk> pointChunks;

        Band(int band, List<double[]> lines, List<List<double[]>> polygons, double[] points) {
            this.band = band;
            this.lines = lines;
            this.polygons = polygons;
            this.points = points;
            this.lineChunks = chunkLines(lines);
            this.areaChunks = chunkPolygons(polygons);
            this.pointChunks = chunkPoints(points);
        }

        int vertices() {
            int n = 0;
            for (Chunk c : lineChunks) n += c.vertices;
            for (Chunk c : areaChunks) n += c.vertices;
            return n + points.length / 2;
        }
    }

    private final List<double[]> lines = new ArrayList<>();
    private final List<List<double[]>> polygons = new ArrayList<>();
    private final double[] points;
    private final Envelope bounds = new Envelope();
    private final int vertexCount;
    private final TreeMap<Integer, Band> bands = new TreeMap<>();

    UserGeometry(List<GeoFeature> features) {
        List<double[]> pts = new ArrayList<>();
        int count = 0;
        for (GeoFeature f : features) {
            Geometry g = f.geometry();
            if (g == null || g.isEmpty()) continue;
            bounds.expandToInclude(g.getEnvelopeInternal());
            count += g.getNumPoints();
            collect(g, pts);
        }
        points = new double[pts.size() * 2];
        for (int i = 0; i < pts.size(); i++) {
            points[2 * i] = pts.get(i)[0];
            points[2 * i + 1] = pts.get(i)[1];
        }
        vertexCount = count;
    }

    private void collect(Geometry g, List<double[]> pts) {
        if (g instanceof Point p) {
            pts.add(new double[]{RutasLayer.bx(p.getX(), REF_BAND), RutasLayer.by(p.getY(), REF_BAND)});
        } else if (g instanceof LineString l) {
            double[] xy = project(l.getCoordinates());
            if (xy.length >= 4) lines.add(xy);
        } else if (g instanceof Polygon poly) {
            double[] shell = project(poly.getExteriorRing().getCoordinates());
            if (shell.length < 6) return;
            List<double[]> rings = new ArrayList<>();
            rings.add(orient(shell, true));
            for (int h = 0; h < poly.getNumInteriorRing(); h++) {
                double[] hole = project(poly.getInteriorRingN(h).getCoordinates());
                if (hole.length >= 6) rings.add(orient(hole, false));
            }
            polygons.add(rings);
        } else {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (g.getGeometryN(i) != g) collect(g.getGeometryN(i), pts);
            }
        }
    }

    private static double[] project(Coordinate[] cs) {
        double[] xy = new double[cs.length * 2];
        for (int i = 0; i < cs.length; i++) {
            xy[2 * i] = RutasLayer.bx(cs[i].x, REF_BAND);
            xy[2 * i + 1] = RutasLayer.by(cs[i].y, REF_BAND);
        }
        return xy;
    }

    /**
     * Gives exteriors one winding and holes the other, so that the non-zero fill rule cuts holes and
     * overlapping polygons of one chunk add up instead of cancelling (GeoJSON files do not always follow
     * RFC 7946's winding).
     */
    private static double[] orient(double[] xy, boolean exterior) {
        double area = 0;
        int n = xy.length / 2;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            area += xy[2 * i] * xy[2 * j + 1] - xy[2 * j] * xy[2 * i + 1];
        }
        if ((area > 0) == exterior) return xy;
        double[] r = new double[xy.length];
        for (int i = 0; i < n; i++) {
            r[2 * i] = xy[2 * (n - 1 - i)];
            r[2 * i + 1] = xy[2 * (n - 1 - i) + 1];
        }
        return r;
    }

    /** Lon/lat bounds of all features (x = lon, y = lat). */
    Envelope bounds() {
        return new Envelope(bounds);
    }

    /** Vertices in the file's geometry, before simplification. */
    int vertexCount() {
        return vertexCount;
    }

    boolean hasPoints() {
        return points.length > 0;
    }

    /**
     * Computes the bands from {@code finest} down to {@code coarsest} (the cascade makes each after the
     * first cheap), so that later zooms find them ready. Meant for a background thread.
     */
    void precompute(int coarsest, int finest) {
        for (int b = finest; b >= coarsest; b--) band(b);
    }

    /** The geometry for a zoom band, computed once and kept. Synchronized: a background thread may precompute. */
    synchronized Band band(int band) {
        Band done = bands.get(band);
        if (done != null) return done;
        Map.Entry<Integer, Band> finer = bands.higherEntry(band);
        List<double[]> srcLines = finer == null ? lines : finer.getValue().lines;
        List<List<double[]>> srcPolys = finer == null ? polygons : finer.getValue().polygons;
        double[] srcPoints = finer == null ? points : finer.getValue().points;
        double k = Math.pow(2, band - (finer == null ? REF_BAND : finer.getKey()));
        List<double[]> ls = new ArrayList<>(srcLines.size());
        for (double[] l : srcLines) {
            double[] s = simplify(scale(l, k), TOLERANCE_PX);
            if (s.length >= 4) ls.add(s);
        }
        List<List<double[]>> ps = new ArrayList<>(srcPolys.size());
        for (List<double[]> rings : srcPolys) {
            List<double[]> out = new ArrayList<>(rings.size());
            for (double[] r : rings) {
                double[] s = simplify(scale(r, k), TOLERANCE_PX);
                if (s.length >= 6) out.add(s);
                else if (out.isEmpty()) break;    // a shell below a pixel: the polygon is not drawn at this band
            }
            if (!out.isEmpty()) ps.add(out);
        }
        Band b = new Band(band, ls, ps, scale(srcPoints, k));
        bands.put(band, b);
        return b;
    }

    /** Douglas–Peucker runs on pieces of at most this many vertices (its worst case is quadratic). */
    static final int SIMPLIFY_PIECE = 512;

    /**
     * Simplifies a flat x,y array for drawing, safe for hostile input: first drops vertices closer than
     * {@code tol} to the last kept one, then runs an iterative Douglas–Peucker (no recursion, so a
     * zig-zag of a million vertices cannot overflow the stack) on pieces of {@value #SIMPLIFY_PIECE}
     * vertices (so its quadratic worst case stays bounded). Endpoints are kept. Pure.
     */
    static double[] simplify(double[] xy, double tol) {
        int n = xy.length / 2;
        if (n <= 2) return xy;
        double tol2 = tol * tol;
        // radial pre-pass
        double[] r = new double[xy.length];
        int m = 0;
        r[0] = xy[0];
        r[1] = xy[1];
        m = 1;
        for (int i = 1; i < n - 1; i++) {
            double dx = xy[2 * i] - r[2 * m - 2];
            double dy = xy[2 * i + 1] - r[2 * m - 1];
            if (dx * dx + dy * dy >= tol2) {
                r[2 * m] = xy[2 * i];
                r[2 * m + 1] = xy[2 * i + 1];
                m++;
            }
        }
        r[2 * m] = xy[2 * n - 2];
        r[2 * m + 1] = xy[2 * n - 1];
        m++;
        boolean[] keep = new boolean[m];
        int[] stack = new int[64];
        for (int start = 0; start < m - 1; start += SIMPLIFY_PIECE - 1) {
            int end = Math.min(m - 1, start + SIMPLIFY_PIECE - 1);
            keep[start] = true;
            keep[end] = true;
            int top = 0;
            stack[top++] = start;
            stack[top++] = end;
            while (top > 0) {
                int b = stack[--top];
                int a = stack[--top];
                double ax = r[2 * a], ay = r[2 * a + 1], bx = r[2 * b], by = r[2 * b + 1];
                double vx = bx - ax, vy = by - ay, len2 = vx * vx + vy * vy;
                double worst = -1;
                int at = -1;
                for (int i = a + 1; i < b; i++) {
                    double px = r[2 * i] - ax, py = r[2 * i + 1] - ay;
                    double d2;
                    double t = len2 == 0 ? 0 : (px * vx + py * vy) / len2;
                    if (t <= 0) d2 = px * px + py * py;
                    else if (t >= 1) {
                        double qx = r[2 * i] - bx, qy = r[2 * i + 1] - by;
                        d2 = qx * qx + qy * qy;
                    } else {
                        double cx = px - t * vx, cy = py - t * vy;
                        d2 = cx * cx + cy * cy;
                    }
                    if (d2 > worst) {
                        worst = d2;
                        at = i;
                    }
                }
                if (at >= 0 && worst > tol2) {
                    keep[at] = true;
                    if (top + 4 > stack.length) stack = java.util.Arrays.copyOf(stack, stack.length * 2);
                    stack[top++] = a;
                    stack[top++] = at;
                    stack[top++] = at;
                    stack[top++] = b;
                }
            }
        }
        int kept = 0;
        for (boolean k : keep) if (k) kept++;
        double[] out = new double[kept * 2];
        int j = 0;
        for (int i = 0; i < m; i++) {
            if (keep[i]) {
                out[j++] = r[2 * i];
                out[j++] = r[2 * i + 1];
            }
        }
        return out;
    }

    private static double[] scale(double[] xy, double k) {
        if (k == 1) return xy;
        double[] r = new double[xy.length];
        for (int i = 0; i < xy.length; i++) r[i] = xy[i] * k;
        return r;
    }

    private static long cell(double x, double y) {
        return (((long) Math.floor(x / CELL_PX)) << 32) ^ (((long) Math.floor(y / CELL_PX)) & 0xffffffffL);
    }

    private static List<Chunk> chunkLines(List<double[]> lines) {
        Map<Long, List<Chunk>> cells = new TreeMap<>();
        for (double[] l : lines) {
            int n = l.length / 2;
            for (int start = 0; start < n - 1; start += PIECE_VERTICES - 1) {
                int end = Math.min(n, start + PIECE_VERTICES);
                double[] piece = java.util.Arrays.copyOfRange(l, 2 * start, 2 * end);
                put(cells, piece, piece);
            }
        }
        return flatten(cells);
    }

    private static List<Chunk> chunkPolygons(List<List<double[]>> polygons) {
        Map<Long, List<Chunk>> cells = new TreeMap<>();
        for (List<double[]> rings : polygons) {
            Chunk target = target(cells, rings.get(0), rings.stream().mapToInt(r -> r.length / 2).sum());
            rings.forEach(target::add);
        }
        return flatten(cells);
    }

    private static List<Chunk> chunkPoints(double[] points) {
        Map<Long, List<Chunk>> cells = new TreeMap<>();
        for (int i = 0; i < points.length; i += 2) {
            double[] p = {points[i], points[i + 1]};
            put(cells, p, p);
        }
        return flatten(cells);
    }

    private static void put(Map<Long, List<Chunk>> cells, double[] key, double[] part) {
        target(cells, key, part.length / 2).add(part);
    }

    /** The chunk of the cell of {@code key}'s first vertex that still has room for {@code vertices}. */
    private static Chunk target(Map<Long, List<Chunk>> cells, double[] key, int vertices) {
        List<Chunk> list = cells.computeIfAbsent(cell(key[0], key[1]), c -> new ArrayList<>());
        Chunk last = list.isEmpty() ? null : list.get(list.size() - 1);
        if (last == null || last.vertices + vertices > CHUNK_VERTICES && last.vertices > 0) {
            last = new Chunk();
            list.add(last);
        }
        return last;
    }

    private static List<Chunk> flatten(Map<Long, List<Chunk>> cells) {
        List<Chunk> out = new ArrayList<>();
        cells.values().forEach(out::addAll);
        return out;
    }
}
