package pe.rutas.model;

import java.util.Objects;

/**
 * A user's own GeoJSON layer remembered between runs: where the file is, what it is called, how it
 * is drawn and whether it is shown. Only the reference is kept, never the features: the file is read
 * again at the next start (and may then be missing, e.g. on a USB stick that is not plugged in).
 *
 * @param file    the file's absolute path as text, in the platform's own form
 * @param name    the name shown in the layer list and legend; not blank, at most {@value #MAX_NAME} characters
 * @param look    colours, widths and mark radius
 * @param visible whether the layer is drawn
 * @param opacity of the whole layer, 0 (invisible) to 1 (opaque)
 */
public record UserLayerSetting(String file, String name, Look look, boolean visible, double opacity) {
    public static final int MAX_NAME = 200;
    /** Longer than any real path on the three desktop systems. */
    public static final int MAX_PATH = 4096;

    /**
     * How the layer is drawn, as plain values (the style package's {@code LayerStyle} has the same
     * meaning). Colours are {@code #RRGGBB}; widths and radius are screen pixels; fill opacity 0..1.
     */
    public record Look(String stroke, double strokeWidth, String fill, double fillOpacity, double pointRadius) {
        public static final double MAX_PIXELS = 100;

        public Look {
            Objects.requireNonNull(stroke, "stroke");
            Objects.requireNonNull(fill, "fill");
            if (!stroke.matches("#[0-9A-Fa-f]{6}") || !fill.matches("#[0-9A-Fa-f]{6}")) {
                throw new IllegalArgumentException("colours must be #RRGGBB, were " + stroke + " and " + fill);
            }
            if (!(strokeWidth >= 0 && strokeWidth <= MAX_PIXELS) || !(pointRadius >= 0 && pointRadius <= MAX_PIXELS)) {
                throw new IllegalArgumentException("width and radius must be within 0.." + MAX_PIXELS + " px");
            }
            if (!(fillOpacity >= 0 && fillOpacity <= 1)) {
                throw new IllegalArgumentException("fill opacity must be within 0..1, was " + fillOpacity);
            }
        }
    }

    public UserLayerSetting {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(look, "look");
        if (file.isBlank() || file.length() > MAX_PATH) {
            throw new IllegalArgumentException("file must have 1.." + MAX_PATH + " characters");
        }
        if (name.isBlank() || name.length() > MAX_NAME) {
            throw new IllegalArgumentException("name must have 1.." + MAX_NAME + " characters");
        }
        if (!(opacity >= 0 && opacity <= 1)) {
            throw new IllegalArgumentException("opacity must be within 0..1, was " + opacity);
        }
    }
}
