package pe.rutas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CitationTextTest {
    private final CardCitation full = new CardCitation("pucp-cescr-2011", "Report to the CESCR", "Table 1",
            "Percentages of the listed rows only", "Lima, 29 November 2011", "2011", "2009–2010", "http://example.org/r.pdf",
            "as printed", List.of(new CardCitation.Link("RETA/PNP registry (Table 1)", "http://example.org/reta", "")));
    private final CardCitation bare = new CardCitation("borders-essay", "Essay on borders", "", "", "", "", "", "", "", List.of());

    @Test
    void plainTextHasTitleDateLocatorNotePeriodChainAndUrl() {
        String text = new CitationText(new I18n(Locale.ENGLISH)).plain(full);
        assertEquals("Report to the CESCR (Lima, 29 November 2011), Table 1. Percentages of the listed rows only. "
                + "Figures for 2009–2010. Taken from RETA/PNP registry (Table 1), http://example.org/reta. http://example.org/r.pdf", text);
    }

    @Test
    void plainTextLeavesOutEmptyParts() {
        assertEquals("Essay on borders.", new CitationText(new I18n(Locale.ENGLISH)).plain(bare));
    }

    @Test
    void ageShowsPeriodAndSourceDate() {
        CitationText en = new CitationText(new I18n(Locale.ENGLISH));
        assertEquals("2009–2010 · source of 2011", en.age(full));
        assertEquals("undated source", en.age(bare));
        CitationText es = new CitationText(new I18n(I18n.SPANISH));
        assertEquals("2009–2010 · fuente de 2011", es.age(full));
    }

    @Test
    void ageWithoutPeriodOrYearShowsTheSourceDate() {
        CardCitation noPeriod = new CardCitation("x", "X", "", "", "24 SEP 2013", "", "", "", "", List.of());
        assertEquals("source of 24 SEP 2013", new CitationText(new I18n(Locale.ENGLISH)).age(noPeriod));
    }
}
