package pe.rutas.style;

import javafx.scene.paint.Color;

/**
 * Colour-vision simulation and colour difference, used to check that palettes stay distinguishable
 * for readers with colour-vision deficiencies. Pure functions; thread-safe.
 *
 * <p>Dichromacy is simulated with the severity-1.0 matrices of Machado, Oliveira &amp; Fernandes (2009),
 * "A Physiologically-based Model for Simulation of Color Vision Deficiency", applied to linear sRGB.
 * Differences are CIEDE2000 (Sharma, Wu &amp; Dalal 2005) in CIELAB with the D65 white point.
 */
public final class ColorVision {

    /** A kind of colour vision. */
    public enum Deficiency {
        NONE(new double[]{1, 0, 0, 0, 1, 0, 0, 0, 1}),
        PROTANOPIA(new double[]{0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216,
                -0.003882, -0.048116, 1.051998}),
        DEUTERANOPIA(new double[]{0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413,
                -0.011820, 0.042940, 0.968881}),
        TRITANOPIA(new double[]{1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602,
                0.004733, 0.691367, 0.303900});

        private final double[] m;

        Deficiency(double[] m) {
            this.m = m;
        }
    }

    private ColorVision() {
    }

    /** How {@code c} appears to a reader with the given deficiency (opacity is kept). */
    public static Color simulate(Color c, Deficiency d) {
        double r = toLinear(c.getRed());
        double g = toLinear(c.getGreen());
        double b = toLinear(c.getBlue());
        double[] m = d.m;
        double r2 = m[0] * r + m[1] * g + m[2] * b;
        double g2 = m[3] * r + m[4] * g + m[5] * b;
        double b2 = m[6] * r + m[7] * g + m[8] * b;
        return new Color(toGamma(r2), toGamma(g2), toGamma(b2), c.getOpacity());
    }

    /** CIELAB (D65) of an sRGB colour: {L, a, b}. */
    public static double[] lab(Color c) {
        double r = toLinear(c.getRed());
        double g = toLinear(c.getGreen());
        double b = toLinear(c.getBlue());
        double x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
        double y = (0.2126729 * r + 0.7151522 * g + 0.0721750 * b);
        double z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[]{116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    /** CIE76 colour difference (Euclidean distance in CIELAB). */
    public static double deltaE76(Color c1, Color c2) {
        double[] a = lab(c1);
        double[] b = lab(c2);
        return Math.sqrt(sq(a[0] - b[0]) + sq(a[1] - b[1]) + sq(a[2] - b[2]));
    }

    /** CIEDE2000 colour difference; about 2.3 is a just-noticeable difference, 10+ reads as different. */
    public static double deltaE2000(Color c1, Color c2) {
        double[] p = lab(c1);
        double[] q = lab(c2);
        double l1 = p[0], a1 = p[1], b1 = p[2];
        double l2 = q[0], a2 = q[1], b2 = q[2];
        double c1ab = Math.hypot(a1, b1);
        double c2ab = Math.hypot(a2, b2);
        double cMean = (c1ab + c2ab) / 2;
        double g = 0.5 * (1 - Math.sqrt(Math.pow(cMean, 7) / (Math.pow(cMean, 7) + Math.pow(25, 7))));
        double a1p = (1 + g) * a1;
        double a2p = (1 + g) * a2;
        double c1p = Math.hypot(a1p, b1);
        double c2p = Math.hypot(a2p, b2);
        double h1p = hueAngle(a1p, b1);
        double h2p = hueAngle(a2p, b2);
        double dLp = l2 - l1;
        double dCp = c2p - c1p;
        double dhp;
        if (c1p * c2p == 0) {
            dhp = 0;
        } else if (Math.abs(h2p - h1p) <= 180) {
            dhp = h2p - h1p;
        } else if (h2p - h1p > 180) {
            dhp = h2p - h1p - 360;
        } else {
            dhp = h2p - h1p + 360;
        }
        double dHp = 2 * Math.sqrt(c1p * c2p) * Math.sin(Math.toRadians(dhp / 2));
        double lMean = (l1 + l2) / 2;
        double cpMean = (c1p + c2p) / 2;
        double hpMean;
        if (c1p * c2p == 0) {
            hpMean = h1p + h2p;
        } else if (Math.abs(h1p - h2p) <= 180) {
            hpMean = (h1p + h2p) / 2;
        } else if (h1p + h2p < 360) {
            hpMean = (h1p + h2p + 360) / 2;
        } else {
            hpMean = (h1p + h2p - 360) / 2;
        }
        double t = 1 - 0.17 * Math.cos(Math.toRadians(hpMean - 30)) + 0.24 * Math.cos(Math.toRadians(2 * hpMean))
                + 0.32 * Math.cos(Math.toRadians(3 * hpMean + 6)) - 0.20 * Math.cos(Math.toRadians(4 * hpMean - 63));
        double dTheta = 30 * Math.exp(-sq((hpMean - 275) / 25));
        double rc = 2 * Math.sqrt(Math.pow(cpMean, 7) / (Math.pow(cpMean, 7) + Math.pow(25, 7)));
        double sl = 1 + 0.015 * sq(lMean - 50) / Math.sqrt(20 + sq(lMean - 50));
        double sc = 1 + 0.045 * cpMean;
        double sh = 1 + 0.015 * cpMean * t;
        double rt = -Math.sin(Math.toRadians(2 * dTheta)) * rc;
        return Math.sqrt(sq(dLp / sl) + sq(dCp / sc) + sq(dHp / sh) + rt * (dCp / sc) * (dHp / sh));
    }

    /** The smallest CIEDE2000 difference between any two colours of {@code colors} as seen with {@code d}. */
    public static double minPairwiseDeltaE(java.util.List<Color> colors, Deficiency d) {
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < colors.size(); i++) {
            for (int j = i + 1; j < colors.size(); j++) {
                min = Math.min(min, deltaE2000(simulate(colors.get(i), d), simulate(colors.get(j), d)));
            }
        }
        return min;
    }

    /**
     * WCAG 2 contrast ratio of two opaque sRGB colours, 1 (same luminance) to 21 (black on white);
     * 3 is the least WCAG asks of graphics such as map marks against their background.
     */
    public static double contrastRatio(Color c1, Color c2) {
        double l1 = luminance(c1);
        double l2 = luminance(c2);
        return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * toLinear(c.getRed()) + 0.7152 * toLinear(c.getGreen()) + 0.0722 * toLinear(c.getBlue());
    }

    private static double hueAngle(double a, double b) {
        if (a == 0 && b == 0) {
            return 0;
        }
        double h = Math.toDegrees(Math.atan2(b, a));
        return h < 0 ? h + 360 : h;
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    private static double toLinear(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static double toGamma(double v) {
        double c = Math.max(0, Math.min(1, v));
        return c <= 0.0031308 ? 12.92 * c : 1.055 * Math.pow(c, 1 / 2.4) - 0.055;
    }

    private static double sq(double v) {
        return v * v;
    }
}
