package pe.rutas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import pe.rutas.model.FeatureRef;

class SearchIndexTest {
    private final SearchIndex index = new SearchIndex(List.of(
            new SearchEntry(FeatureRef.department("PE-JUN"), "Junín", "Junín"),
            new SearchEntry(FeatureRef.department("PE-SAM"), "San Martín", "San Martín"),
            new SearchEntry(FeatureRef.place("iquitos"), "Iquitos", "Iquitos"),
            new SearchEntry(FeatureRef.hotspot("la-rinconada"), "La Rinconada", "La Rinconada"),
            new SearchEntry(FeatureRef.route("north-coast"), "North coast route", "Ruta de la costa norte"),
            new SearchEntry(FeatureRef.department("PE-LIM"), "Lima", "Lima"),
            new SearchEntry(FeatureRef.place("lima-city"), "Lima (city)", "Lima (ciudad)")));

    @Test
    void matchesWithoutAccents() {
        assertEquals(FeatureRef.department("PE-JUN"), index.suggest("junin", 5).get(0).ref());
        assertEquals(FeatureRef.department("PE-SAM"), index.suggest("SAN MARTIN", 5).get(0).ref());
    }

    @Test
    void matchesAccentedQueryAgainstPlainName() {
        assertEquals(FeatureRef.place("iquitos"), index.suggest("Íquitos", 5).get(0).ref());
    }

    @Test
    void matchesSpanishAndEnglishNames() {
        assertEquals(FeatureRef.route("north-coast"), index.suggest("costa norte", 5).get(0).ref());
        assertEquals(FeatureRef.route("north-coast"), index.suggest("north", 5).get(0).ref());
    }

    @Test
    void exactBeforePrefixBeforeWordBeforeSubstring() {
        List<SearchEntry> lima = index.suggest("lima", 5);
        assertEquals(FeatureRef.department("PE-LIM"), lima.get(0).ref(), "exact name first");
        assertEquals(FeatureRef.place("lima-city"), lima.get(1).ref());
        List<SearchEntry> rin = index.suggest("rinc", 5);
        assertEquals(List.of(FeatureRef.hotspot("la-rinconada")), rin.stream().map(SearchEntry::ref).toList());
    }

    @Test
    void blankOrUnknownQueriesGiveNothing() {
        assertTrue(index.suggest("  ", 5).isEmpty());
        assertTrue(index.suggest("zzzz", 5).isEmpty());
    }

    @Test
    void limitIsRespected() {
        assertEquals(2, index.suggest("a", 2).size());
    }

    @Test
    void foldRemovesAccentsCaseAndPunctuation() {
        assertEquals("apurimac", TextFold.fold("Apurímac"));
        assertEquals("madre de dios", TextFold.fold("  Madre-de  Dios "));
        assertEquals("nino", TextFold.fold("NIÑO"));
    }
}
