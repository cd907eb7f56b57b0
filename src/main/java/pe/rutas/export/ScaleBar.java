package pe.rutas.export;

import pe.rutas.model.MapFrame;

/**
 * A scale bar for a Web Mercator frame: a round ground length (1, 2 or 5 × 10ⁿ metres) and its
 * length on screen at one latitude. Mercator stretches distances by 1/cos(latitude), so a bar is
 * only true at the latitude it was computed for; the export uses the frame's centre latitude.
 *
 * @param meters   ground length the bar stands for, in metres
 * @param lengthPx length of the bar in frame pixels (logical pixels of the composition)
 * @param latitude latitude (degrees, south negative) the bar is true at
 * @param label    the length as printed, e.g. "200 km" or "500 m"
 */
public record ScaleBar(double meters, double lengthPx, double latitude, String label) {

    /**
     * The longest round bar that fits in {@code maxLengthPx} pixels of {@code frame} at
     * {@code latitude}. Never returns a bar shorter than a fifth of the maximum, since round
     * numbers are at most a factor 2.5 apart.
     *
     * @throws IllegalArgumentException if {@code maxLengthPx} is not positive
     */
    public static ScaleBar fit(MapFrame frame, double latitude, double maxLengthPx) {
        if (!(maxLengthPx > 0)) throw new IllegalArgumentException("maxLengthPx must be > 0: " + maxLengthPx);
        double mpp = frame.metersPerPixel(latitude);
        double meters = niceLength(mpp * maxLengthPx);
        return new ScaleBar(meters, meters / mpp, latitude, label(meters));
    }

    /** The largest number of the form 1, 2 or 5 × 10ⁿ that is ≤ {@code max} (max > 0). */
    public static double niceLength(double max) {
        if (!(max > 0) || Double.isInfinite(max)) throw new IllegalArgumentException("max must be a positive finite number: " + max);
        double pow = Math.pow(10, Math.floor(Math.log10(max)));
        double best = pow;
        for (double m : new double[] {2, 5, 10}) {
            // a little tolerance so that exactly 200 km stays 200 km despite floating point
            if (m * pow <= max * (1 + 1e-9)) best = m * pow;
        }
        return best;
    }

    /** "200 km", "1 km", "500 m"; kilometres from 1 km up, whole numbers only. */
    public static String label(double meters) {
        if (meters >= 1000) return fmt(meters / 1000) + " km";
        return fmt(meters) + " m";
    }

    private static String fmt(double v) {
        if (Math.abs(v - Math.rint(v)) < 1e-6) return Long.toString(Math.round(v));
        return String.valueOf(v);
    }
}
