package pe.rutas.export;

import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Set;

/** Simple pixel statistics for rendering tests. */
final class ImageStats {
    private ImageStats() {}

    static int distinctColours(BufferedImage img) {
        Set<Integer> s = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3)
            for (int x = 0; x < img.getWidth(); x += 3) s.add(img.getRGB(x, y) & 0xffffff);
        return s.size();
    }

    /** Share of pixels in the rectangle that differ from {@code background} by more than 24 in any channel. */
    static double inkShare(BufferedImage img, int x0, int y0, int w, int h, int background) {
        int ink = 0, n = 0;
        for (int y = y0; y < Math.min(img.getHeight(), y0 + h); y++)
            for (int x = x0; x < Math.min(img.getWidth(), x0 + w); x++) {
                n++;
                if (distance(img.getRGB(x, y), background) > 24) ink++;
            }
        return n == 0 ? 0 : (double) ink / n;
    }

    static int distance(int a, int b) {
        int dr = Math.abs(((a >> 16) & 255) - ((b >> 16) & 255));
        int dg = Math.abs(((a >> 8) & 255) - ((b >> 8) & 255));
        int db = Math.abs((a & 255) - (b & 255));
        return Math.max(dr, Math.max(dg, db));
    }

    /** Standard deviation of luminance over the image, sampled. */
    static double lumaStdDev(BufferedImage img) {
        double sum = 0, sq = 0;
        int n = 0;
        for (int y = 0; y < img.getHeight(); y += 2)
            for (int x = 0; x < img.getWidth(); x += 2) {
                int p = img.getRGB(x, y);
                double l = 0.299 * ((p >> 16) & 255) + 0.587 * ((p >> 8) & 255) + 0.114 * (p & 255);
                sum += l;
                sq += l * l;
                n++;
            }
        double m = sum / n;
        return Math.sqrt(Math.max(0, sq / n - m * m));
    }
}
