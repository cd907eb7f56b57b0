package pe.rutas.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Lays legend items out in columns: top to bottom, starting a new column when the next row would
 * pass {@code maxHeight}. A heading never ends a column (it moves to the next column with the
 * row it introduces). Pure arithmetic in logical pixels, origin at the legend box's top-left
 * corner (inside its padding); text is measured by the caller's function so that the layout can
 * be tested without a toolkit.
 */
public final class LegendLayout {
    /** Width of a swatch and the gap between swatch and label, in logical pixels. */
    public static final double SWATCH_W = 28, GAP = 8, COLUMN_GAP = 18;

    /** Where one item goes: row box (x, y, w, h) and whether it is a heading. */
    public record Placed(LegendItem item, double x, double y, double width, double height, int column) {}

    /** The result: placed items and the size of their bounding box; {@code overflow} items did not fit. */
    public record Result(List<Placed> placed, double width, double height, int columns, int overflow) {}

    private LegendLayout() {}

    /**
     * @param items     items in display order
     * @param textWidth width of a label in logical pixels
     * @param rowHeight height of one row
     * @param maxHeight the height the legend may use; a row never exceeds it
     * @param maxWidth  the width the legend may use; columns that would pass it are dropped and
     *                  counted as overflow
     */
    public static Result layout(List<LegendItem> items, ToDoubleFunction<String> textWidth,
                                double rowHeight, double maxHeight, double maxWidth) {
        if (rowHeight <= 0) throw new IllegalArgumentException("rowHeight must be > 0");
        int rowsPerColumn = Math.max(1, (int) Math.floor(maxHeight / rowHeight));
        List<List<LegendItem>> columns = new ArrayList<>();
        List<LegendItem> current = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            LegendItem it = items.get(i);
            boolean full = current.size() >= rowsPerColumn;
            // keep a heading with its first row: if only the heading would fit, wrap before it
            boolean orphanHeading = it.isHeading() && current.size() == rowsPerColumn - 1
                    && i + 1 < items.size() && rowsPerColumn > 1;
            if (!current.isEmpty() && (full || orphanHeading)) {
                columns.add(current);
                current = new ArrayList<>();
            }
            current.add(it);
        }
        if (!current.isEmpty()) columns.add(current);

        List<Placed> placed = new ArrayList<>();
        double x = 0, height = 0, width = 0;
        int overflow = 0, used = 0;
        for (int c = 0; c < columns.size(); c++) {
            List<LegendItem> col = columns.get(c);
            double colW = 0;
            for (LegendItem it : col) colW = Math.max(colW, rowWidth(it, textWidth));
            if (c > 0 && x + colW > maxWidth) {
                for (int k = c; k < columns.size(); k++) overflow += columns.get(k).size();
                break;
            }
            double y = 0;
            for (LegendItem it : col) {
                placed.add(new Placed(it, x, y, colW, rowHeight, c));
                y += rowHeight;
            }
            height = Math.max(height, y);
            width = x + colW;
            x += colW + COLUMN_GAP;
            used++;
        }
        return new Result(List.copyOf(placed), width, height, used, overflow);
    }

    static double rowWidth(LegendItem it, ToDoubleFunction<String> textWidth) {
        double text = textWidth.applyAsDouble(it.label());
        return it.isHeading() ? text : SWATCH_W + GAP + text;
    }
}
