package pe.rutas.export;

import java.util.Objects;
import javafx.scene.paint.Color;

/**
 * One row of the export legend: a swatch drawn in {@code color} and a label, or a heading
 * (no swatch) that starts a group. Plain value; {@link Color} is used as a value only, no
 * toolkit is needed.
 */
public record LegendItem(String label, Color color, Swatch swatch) {
    /** How the swatch is drawn. */
    public enum Swatch { HEADING, NOTE, LINE, DASHED_LINE, ARROW, POINT, TRIANGLE, SQUARE, DIAMOND, STAR, HEXAGON, RING, AREA }

    public LegendItem {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(swatch, "swatch");
        color = color == null ? Color.GRAY : color;
    }

    public static LegendItem heading(String label) {
        return new LegendItem(label, Color.BLACK, Swatch.HEADING);
    }

    /** A line of explanatory text (e.g. what a percentage is a share of), drawn without a swatch. */
    public static LegendItem note(String label) {
        return new LegendItem(label, Color.BLACK, Swatch.NOTE);
    }

    /** Headings and notes are text rows without a swatch. */
    public boolean isHeading() {
        return swatch == Swatch.HEADING || swatch == Swatch.NOTE;
    }
}
