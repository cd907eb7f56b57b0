package pe.rutas.export;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class YearRangeTest {
    @Test
    void spansPeriodsAndSourceYears() {
        var r = YearRange.of(List.of("Dec 2009 – Dec 2010", "2004-2011"), Arrays.asList(2013, null));
        assertEquals(new YearRange(2004, 2013), r.orElseThrow());
        assertEquals("2004–2013", r.get().toString());
    }

    @Test
    void singleYearPrintsOnce() {
        assertEquals("2012", YearRange.of(List.of("2012"), List.of()).orElseThrow().toString());
    }

    @Test
    void ignoresNumbersThatAreNotYears() {
        assertTrue(YearRange.of(List.of("2,000 victims", "12345", "1850"), List.of()).isEmpty());
    }
}
