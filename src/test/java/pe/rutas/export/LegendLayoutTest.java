package pe.rutas.export;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

class LegendLayoutTest {
    /** 7 px per character, like a monospaced 12 px font. */
    static double width(String s) { return 7 * s.length(); }

    static List<LegendItem> items(int n) {
        List<LegendItem> l = new ArrayList<>();
        for (int i = 0; i < n; i++) l.add(new LegendItem("item " + i, Color.RED, LegendItem.Swatch.LINE));
        return l;
    }

    @Test
    void singleColumnWhenEverythingFits() {
        var r = LegendLayout.layout(items(5), LegendLayoutTest::width, 20, 200, 500);
        assertEquals(1, r.columns());
        assertEquals(100, r.height());
        assertEquals(LegendLayout.SWATCH_W + LegendLayout.GAP + 7 * 6, r.width());
        assertEquals(0, r.overflow());
        assertEquals(80, r.placed().get(4).y());
    }

    @Test
    void wrapsIntoColumnsAtMaxHeight() {
        var r = LegendLayout.layout(items(10), LegendLayoutTest::width, 20, 85, 1000);
        assertEquals(3, r.columns(), "4 + 4 + 2 rows");
        assertEquals(80, r.height());
        assertEquals(0, r.placed().get(4).y());
        assertTrue(r.placed().get(4).x() > r.placed().get(3).x());
        for (var p : r.placed()) assertTrue(p.y() + p.height() <= 85);
        // columns do not overlap
        var c0 = r.placed().get(0);
        assertTrue(r.placed().get(4).x() >= c0.x() + c0.width() + LegendLayout.COLUMN_GAP - 1e-9);
    }

    @Test
    void headingIsNotLeftAloneAtTheBottomOfAColumn() {
        List<LegendItem> l = new ArrayList<>(items(3));
        l.add(LegendItem.heading("Hotspots"));
        l.add(new LegendItem("mine", Color.BLUE, LegendItem.Swatch.POINT));
        var r = LegendLayout.layout(l, LegendLayoutTest::width, 20, 80, 1000); // 4 rows per column
        var heading = r.placed().get(3);
        assertEquals(1, heading.column());
        assertEquals(0, heading.y());
        assertEquals(1, r.placed().get(4).column());
    }

    @Test
    void columnsBeyondMaxWidthAreCountedAsOverflow() {
        var r = LegendLayout.layout(items(10), LegendLayoutTest::width, 20, 40, 150);
        assertEquals(1, r.columns());
        assertEquals(8, r.overflow());
        assertTrue(r.width() <= 150);
    }

    @Test
    void emptyLegendHasNoSize() {
        var r = LegendLayout.layout(List.of(), LegendLayoutTest::width, 20, 100, 100);
        assertEquals(0, r.width());
        assertEquals(0, r.height());
        assertTrue(r.placed().isEmpty());
    }
}
