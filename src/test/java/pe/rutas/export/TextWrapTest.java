package pe.rutas.export;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextWrapTest {
    @Test
    void wrapsAtWordBoundariesWithinWidth() {
        List<String> lines = TextWrap.wrap("Sources: PUCP Legal Clinic 2011 (six routes); InSight Crime 2013", 200, s -> 7 * s.length());
        assertTrue(lines.size() > 1);
        for (String l : lines) assertTrue(7 * l.length() <= 200, l);
        assertEquals("Sources: PUCP Legal Clinic 2011 (six routes); InSight Crime 2013", String.join(" ", lines));
    }

    @Test
    void overlongWordGetsItsOwnLine() {
        assertEquals(List.of("a", "bbbbbbbbbb", "c"), TextWrap.wrap("a bbbbbbbbbb c", 30, s -> 7 * s.length()));
    }

    @Test
    void blankGivesNoLines() {
        assertTrue(TextWrap.wrap("  ", 100, String::length).isEmpty());
    }
}
