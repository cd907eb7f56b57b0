package pe.rutas.map;

import java.util.Arrays;
import java.util.List;
import javafx.scene.paint.Color;

/**
 * A small anti-aliased rasteriser into an opaque ARGB {@code int[]} (row-major, y down), so basemap
 * tiles can be painted on any thread without the JavaFX toolkit. Polygons are filled scanline by
 * scanline with {@value #SUB} sub-scanlines per pixel row and exact horizontal coverage; strokes are
 * filled as the non-zero union of one quad per segment. Not thread-safe: one instance per tile.
 */
final class Raster {
    /** Vertical sub-samples per pixel row. */
    static final int SUB = 4;
    private static final double QUANT = 1024;
    private int spanMin;
    private int spanMax;

    final int width;
    final int height;
    final int[] argb;
    private final float[] cov;

    Raster(int width, int height) {
        this.width = width;
        this.height = height;
        this.argb = new int[width * height];
        this.cov = new float[width + 1];
    }

    static int argbOf(Color c) {
        return ((int) Math.round(c.getOpacity() * 255) << 24) | ((int) Math.round(c.getRed() * 255) << 16)
                | ((int) Math.round(c.getGreen() * 255) << 8) | (int) Math.round(c.getBlue() * 255);
    }

    void fill(int color) {
        Arrays.fill(argb, color | 0xFF000000);
    }

    void fillRect(double x0, double y0, double x1, double y1, int color) {
        fillRings(List.of(new double[]{x0, y0, x1, y0, x1, y1, x0, y1}), color, true);
    }

    /**
     * Fills rings given as flat x,y arrays in pixel coordinates (closing edge implied), with the even-odd
     * rule (holes work whatever the ring orientation) or the non-zero rule.
     */
    void fillRings(List<double[]> rings, int color, boolean evenOdd) {
        int n = 0;
        for (double[] r : rings) {
            n += r.length / 2;
        }
        double[] ex0 = new double[n];
        double[] ey0 = new double[n];
        double[] dxdy = new double[n];
        double[] ey1 = new double[n];
        int[] dir = new int[n];
        int m = 0;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (double[] r : rings) {
            int pts = r.length / 2;
            for (int i = 0; i < pts; i++) {
                double xa = r[2 * i];
                double ya = r[2 * i + 1];
                int k = (i + 1) % pts;
                double xb = r[2 * k];
                double yb = r[2 * k + 1];
                if (ya == yb || Double.isNaN(ya) || Double.isNaN(yb)) {
                    continue;
                }
                int d = 1;
                if (ya > yb) {
                    double t = xa; xa = xb; xb = t;
                    t = ya; ya = yb; yb = t;
                    d = -1;
                }
                if (yb <= 0 || ya >= height) {
                    continue;
                }
                ex0[m] = xa;
                ey0[m] = ya;
                ey1[m] = yb;
                dxdy[m] = (xb - xa) / (yb - ya);
                dir[m] = d;
                minY = Math.min(minY, ya);
                maxY = Math.max(maxY, yb);
                m++;
            }
        }
        if (m == 0) {
            return;
        }
        // primitive sort by start row, quantised to 1/1024 px; the scan below tolerates that error
        long[] keys = new long[m];
        for (int i = 0; i < m; i++) {
            keys[i] = ((long) Math.floor((Math.max(ey0[i], -1) + 1) * QUANT) << 24) | i;
        }
        Arrays.sort(keys);
        int[] order = new int[m];
        for (int i = 0; i < m; i++) {
            order[i] = (int) (keys[i] & 0xFFFFFF);
        }
        int[] active = new int[m];
        int activeCount = 0;
        int next = 0;
        double[] xs = new double[m];
        int[] ds = new int[m];
        int rowStart = Math.max(0, (int) Math.floor(minY));
        int rowEnd = Math.min(height - 1, (int) Math.ceil(maxY));
        float weight = 1f / SUB;
        int a = (color >>> 24) & 0xFF;
        for (int y = rowStart; y <= rowEnd; y++) {
            int touchedMin = width;
            int touchedMax = -1;
            for (int s = 0; s < SUB; s++) {
                double sy = y + (s + 0.5) / SUB;
                while (next < m && ey0[order[next]] <= sy + 1.0 / QUANT) {
                    active[activeCount++] = order[next++];
                }
                int c = 0;
                for (int i = 0; i < activeCount; i++) {
                    int e = active[i];
                    if (ey1[e] <= sy) {
                        active[i--] = active[--activeCount];
                        continue;
                    }
                    if (ey0[e] > sy) {
                        continue;
                    }
                    xs[c] = ex0[e] + (sy - ey0[e]) * dxdy[e];
                    ds[c] = dir[e];
                    c++;
                }
                sortCrossings(xs, ds, c);
                int wind = 0;
                double start = 0;
                for (int i = 0; i < c; i++) {
                    boolean inside = evenOdd ? (wind & 1) != 0 : wind != 0;
                    wind += evenOdd ? 1 : ds[i];
                    boolean nowInside = evenOdd ? (wind & 1) != 0 : wind != 0;
                    if (!inside && nowInside) {
                        start = xs[i];
                    } else if (inside && !nowInside && span(start, xs[i], weight)) {
                        touchedMin = Math.min(touchedMin, spanMin);
                        touchedMax = Math.max(touchedMax, spanMax);
                    }
                }
            }
            if (touchedMax >= touchedMin) {
                composite(y, touchedMin, touchedMax, color, a);
            }
        }
    }

    /** Strokes polylines (flat x,y arrays) of the given width as the union of one quad per segment. */
    void strokePolylines(List<double[]> lines, double lineWidth, int color, boolean closed) {
        double hw = lineWidth / 2;
        java.util.ArrayList<double[]> quads = new java.util.ArrayList<>();
        for (double[] l : lines) {
            int pts = l.length / 2;
            int segs = closed ? pts : pts - 1;
            for (int i = 0; i < segs; i++) {
                int k = (i + 1) % pts;
                double x0 = l[2 * i], y0 = l[2 * i + 1], x1 = l[2 * k], y1 = l[2 * k + 1];
                if ((x0 < -hw && x1 < -hw) || (y0 < -hw && y1 < -hw)
                        || (x0 > width + hw && x1 > width + hw) || (y0 > height + hw && y1 > height + hw)) {
                    continue;
                }
                double dx = x1 - x0;
                double dy = y1 - y0;
                double len = Math.hypot(dx, dy);
                if (len == 0) {
                    continue;
                }
                double ux = dx / len * hw;
                double uy = dy / len * hw;
                // extend by half the width so consecutive segments overlap at the joint (square caps)
                double ax = x0 - ux, ay = y0 - uy, bx = x1 + ux, by = y1 + uy;
                double nx = -uy, ny = ux;
                // order the corners so every quad winds the same way: non-zero union has no holes
                quads.add(new double[]{ax + nx, ay + ny, bx + nx, by + ny, bx - nx, by - ny, ax - nx, ay - ny});
            }
        }
        for (double[] q : quads) {
            if (signedArea(q) < 0) {
                reverse(q);
            }
        }
        fillRings(quads, color, false);
    }

    private static double signedArea(double[] r) {
        double s = 0;
        int n = r.length / 2;
        for (int i = 0; i < n; i++) {
            int k = (i + 1) % n;
            s += r[2 * i] * r[2 * k + 1] - r[2 * k] * r[2 * i + 1];
        }
        return s / 2;
    }

    private static void reverse(double[] r) {
        int n = r.length / 2;
        for (int i = 0; i < n / 2; i++) {
            int j = n - 1 - i;
            double tx = r[2 * i], ty = r[2 * i + 1];
            r[2 * i] = r[2 * j];
            r[2 * i + 1] = r[2 * j + 1];
            r[2 * j] = tx;
            r[2 * j + 1] = ty;
        }
    }

    private static void sortCrossings(double[] xs, int[] ds, int n) {
        for (int i = 1; i < n; i++) {
            double x = xs[i];
            int d = ds[i];
            int j = i - 1;
            while (j >= 0 && xs[j] > x) {
                xs[j + 1] = xs[j];
                ds[j + 1] = ds[j];
                j--;
            }
            xs[j + 1] = x;
            ds[j + 1] = d;
        }
    }

    /**
     * Adds {@code weight} times the covered fraction of each pixel in [xa, xb); false when nothing is
     * covered, else the touched pixels are in {@link #spanMin}..{@link #spanMax}.
     */
    private boolean span(double xa, double xb, float weight) {
        xa = Math.max(xa, 0);
        xb = Math.min(xb, width);
        if (xb <= xa) {
            return false;
        }
        int ia = (int) xa;
        int ib = (int) xb;
        spanMin = ia;
        if (ia == ib) {
            cov[ia] += (float) ((xb - xa) * weight);
            spanMax = ia;
            return true;
        }
        cov[ia] += (float) ((ia + 1 - xa) * weight);
        for (int i = ia + 1; i < ib; i++) {
            cov[i] += weight;
        }
        if (ib < width) {
            cov[ib] += (float) ((xb - ib) * weight);
            spanMax = ib;
        } else {
            spanMax = ib - 1;
        }
        return true;
    }

    private void composite(int y, int x0, int x1, int color, int alpha) {
        int sr = (color >> 16) & 0xFF;
        int sg = (color >> 8) & 0xFF;
        int sb = color & 0xFF;
        int base = y * width;
        for (int x = x0; x <= x1; x++) {
            float c = Math.min(1f, cov[x]);
            cov[x] = 0;
            if (c <= 0) {
                continue;
            }
            int a = Math.round(c * alpha);
            if (a == 0) {
                continue;
            }
            if (a == 255) {
                argb[base + x] = 0xFF000000 | (sr << 16) | (sg << 8) | sb;
                continue;
            }
            int d = argb[base + x];
            int dr = (d >> 16) & 0xFF;
            int dg = (d >> 8) & 0xFF;
            int db = d & 0xFF;
            int r = dr + Math.round((sr - dr) * a / 255f);
            int g = dg + Math.round((sg - dg) * a / 255f);
            int b = db + Math.round((sb - db) * a / 255f);
            argb[base + x] = 0xFF000000 | (r << 16) | (g << 8) | b;
        }
    }
}
