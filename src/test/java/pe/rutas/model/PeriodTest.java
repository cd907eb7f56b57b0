package pe.rutas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PeriodTest {
    @Test
    void readsTheYearsOutOfThePeriodTextsTheDataUses() {
        assertEquals(Optional.of(new Period(2009, 2010)), Period.parse("Dec 2009 – Dec 2010"));
        assertEquals(Optional.of(new Period(2004, 2011)), Period.parse("Jan 2004 – Jul 2011"));
        assertEquals(Optional.of(Period.of(2012)), Period.parse("2012 (the article's 'last year')"));
        assertEquals(Optional.of(Period.of(2013)), Period.parse("two years to June 2013"));
        assertEquals(Optional.empty(), Period.parse("not stated"));
        assertEquals(Optional.empty(), Period.parse(null));
    }

    @Test
    void doesNotTakeOtherNumbersForYears() {
        assertEquals(Optional.empty(), Period.parse("350000 miners, 12 percent"));
        assertEquals(Optional.of(Period.of(2010)), Period.parse("about 20100 people in 2010"));
    }

    @Test
    void overlapAndText() {
        assertTrue(new Period(2009, 2010).overlaps(Period.of(2010)));
        assertFalse(new Period(2009, 2010).overlaps(Period.of(2013)));
        assertEquals("2009–2010", new Period(2009, 2010).toString());
        assertEquals("2013", Period.of(2013).toString());
        assertThrows(IllegalArgumentException.class, () -> new Period(2013, 2010));
    }
}
