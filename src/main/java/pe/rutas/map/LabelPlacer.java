package pe.rutas.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Places map labels without collisions: candidates are taken by descending priority, each tries its
 * positions around its anchor in order and takes the first one that stays inside the view and overlaps
 * neither an earlier label nor an obstacle (e.g. a hotspot symbol); a candidate with no free position
 * is dropped. Screen pixels, y down. Pure and thread-safe; O(n²), fine for the ~100 labels of a map.
 */
public final class LabelPlacer {

    /** Where a label may sit relative to its anchor. */
    public enum Position {
        /** Centred on the anchor (area labels). */
        CENTER,
        /** Right of a point symbol, vertically centred. */
        RIGHT,
        LEFT,
        ABOVE,
        BELOW
    }

    /**
     * A label to place.
     *
     * @param gap distance in pixels kept between a point anchor and the label (e.g. the symbol radius)
     */
    public record Candidate(String key, double anchorX, double anchorY, double width, double height, double priority,
                            double gap, List<Position> positions) {
        public Candidate {
            positions = List.copyOf(positions);
        }
    }

    /** An axis-aligned box; x, y is the top-left corner. */
    public record Box(double x, double y, double width, double height) {
        boolean intersects(Box o, double pad) {
            return x < o.x + o.width + pad && o.x < x + width + pad && y < o.y + o.height + pad
                    && o.y < y + height + pad;
        }
    }

    /** A placed label: its key and box. */
    public record Placement(String key, Box box, Position position) {
    }

    private final double padding;

    /** @param padding minimum free space between two labels, in pixels */
    public LabelPlacer(double padding) {
        this.padding = padding;
    }

    /**
     * @param viewWidth  labels must lie inside [0, viewWidth] × [0, viewHeight]
     * @param obstacles  boxes labels must not cover
     */
    public List<Placement> place(List<Candidate> candidates, List<Box> obstacles, double viewWidth,
                                 double viewHeight) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingDouble(Candidate::priority).reversed().thenComparing(Candidate::key));
        List<Placement> placed = new ArrayList<>();
        for (Candidate c : sorted) {
            for (Position p : c.positions()) {
                Box b = boxAt(c, p);
                if (b.x() < 0 || b.y() < 0 || b.x() + b.width() > viewWidth || b.y() + b.height() > viewHeight) {
                    continue;
                }
                if (collides(b, placed, obstacles)) {
                    continue;
                }
                placed.add(new Placement(c.key(), b, p));
                break;
            }
        }
        return placed;
    }

    private boolean collides(Box b, List<Placement> placed, List<Box> obstacles) {
        for (Placement q : placed) {
            if (b.intersects(q.box(), padding)) {
                return true;
            }
        }
        for (Box o : obstacles) {
            if (b.intersects(o, 0)) {
                return true;
            }
        }
        return false;
    }

    static Box boxAt(Candidate c, Position p) {
        double w = c.width();
        double h = c.height();
        double g = c.gap();
        return switch (p) {
            case CENTER -> new Box(c.anchorX() - w / 2, c.anchorY() - h / 2, w, h);
            case RIGHT -> new Box(c.anchorX() + g, c.anchorY() - h / 2, w, h);
            case LEFT -> new Box(c.anchorX() - g - w, c.anchorY() - h / 2, w, h);
            case ABOVE -> new Box(c.anchorX() - w / 2, c.anchorY() - g - h, w, h);
            case BELOW -> new Box(c.anchorX() - w / 2, c.anchorY() + g, w, h);
        };
    }
}
