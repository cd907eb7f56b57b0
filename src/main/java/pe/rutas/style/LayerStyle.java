package pe.rutas.style;

/**
 * How a user's own layer is drawn, as plain values so it can be saved and edited.
 * Colours are {@code #RRGGBB}; widths and radii are screen pixels; opacities 0..1.
 */
public record LayerStyle(String stroke, double strokeWidth, String fill, double fillOpacity, double pointRadius) {
    public LayerStyle {
        if (!stroke.matches("#[0-9A-Fa-f]{6}") || !fill.matches("#[0-9A-Fa-f]{6}")) {
            throw new IllegalArgumentException("colours must be #RRGGBB");
        }
        if (!(strokeWidth >= 0) || !(pointRadius >= 0) || !(fillOpacity >= 0 && fillOpacity <= 1)) {
            throw new IllegalArgumentException("widths must be >= 0 and opacity within 0..1");
        }
    }

    public LayerStyle withStroke(String colour) {
        return new LayerStyle(colour, strokeWidth, fill, fillOpacity, pointRadius);
    }

    public LayerStyle withFill(String colour, double opacity) {
        return new LayerStyle(stroke, strokeWidth, colour, opacity, pointRadius);
    }

    public LayerStyle withStrokeWidth(double width) {
        return new LayerStyle(stroke, width, fill, fillOpacity, pointRadius);
    }

    public LayerStyle withPointRadius(double radius) {
        return new LayerStyle(stroke, strokeWidth, fill, fillOpacity, radius);
    }
}
