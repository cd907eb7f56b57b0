package pe.rutas.export;

/** An axis-aligned rectangle in logical pixels, y down. */
public record Rect(double x, double y, double width, double height) {
    public double maxX() { return x + width; }
    public double maxY() { return y + height; }
    public double centerX() { return x + width / 2; }
    public double centerY() { return y + height / 2; }

    public boolean contains(Rect r) {
        return r.x >= x - 1e-9 && r.y >= y - 1e-9 && r.maxX() <= maxX() + 1e-9 && r.maxY() <= maxY() + 1e-9;
    }

    public boolean intersects(Rect r) {
        return r.x < maxX() && r.maxX() > x && r.y < maxY() && r.maxY() > y;
    }
}
