package pe.rutas.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.text.TextAlignment;
import org.junit.jupiter.api.Test;

/** A flow's country name near the frame's edge is moved inside, whole, as little as needed. */
class LabelInsideFrameTest {
    @Test
    void aRightAlignedNamePastTheLeftEdgeMovesRightUntilItFits() {
        double[] at = MapPainter.insideFrame(30, 400, 100, 14, TextAlignment.RIGHT, 1600, 1000, 4);
        assertEquals(104, at[0], 1e-9, "the text's left end lands on the margin");
        assertEquals(400, at[1], 1e-9);
    }

    @Test
    void aLeftAlignedNamePastTheRightEdgeMovesLeft() {
        double[] at = MapPainter.insideFrame(1550, 400, 100, 14, TextAlignment.LEFT, 1600, 1000, 4);
        assertEquals(1496, at[0], 1e-9);
    }

    @Test
    void aCentredNameAboveTheTopMovesDown() {
        double[] at = MapPainter.insideFrame(800, 2, 100, 14, TextAlignment.CENTER, 1600, 1000, 4);
        assertEquals(11, at[1], 1e-9, "top of the text on the margin");
    }

    @Test
    void aNameInsideStaysPut() {
        assertArrayEquals(new double[]{500, 500}, MapPainter.insideFrame(500, 500, 100, 14, TextAlignment.LEFT, 1600, 1000, 4));
    }
}
