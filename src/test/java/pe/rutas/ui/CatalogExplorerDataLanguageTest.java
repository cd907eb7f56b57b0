package pe.rutas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.rutas.io.CatalogLoad;
import pe.rutas.io.CatalogLoader;
import pe.rutas.io.ProseFixture;
import pe.rutas.model.FeatureRef;

/**
 * Cards, sources and tables take data prose from the catalog of the current language, chosen at
 * call time; what is keyed by citations (features citing a source, primary sources behind a
 * citation) is the same in both languages.
 */
class CatalogExplorerDataLanguageTest {
    @TempDir
    Path dir;
    final I18n i18n = new I18n(Locale.ENGLISH);
    CatalogExplorerData data;

    @BeforeEach
    void load() throws Exception {
        CatalogLoad load = new CatalogLoader().load(ProseFixture.directory(dir));
        assertEquals(List.of(), load.problems());
        data = new CatalogExplorerData(List.of(), load.bilingual(), i18n);
    }

    private SourceItem source(String id) {
        return data.sources().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void sourcesShowUrlNotesAndCitedByLocatorsInTheCurrentLanguage() {
        assertEquals("as printed; may be dead", source("s1").urlNote());
        assertEquals(List.of("Seed one, Table 1"), source("p1").citedIn());
        i18n.setLocale(I18n.SPANISH);
        assertEquals("tal como se imprime; puede no existir", source("s1").urlNote());
        assertEquals(List.of("Seed one, Cuadro 1"), source("p1").citedIn());
    }

    @Test
    void featuresCitingASourceAreTheSameInBothLanguages() {
        List<FeatureRef> en = source("s1").citers().stream().map(SourceItem.Citer::ref).toList();
        i18n.setLocale(I18n.SPANISH);
        List<FeatureRef> es = source("s1").citers().stream().map(SourceItem.Citer::ref).toList();
        assertEquals(en, es);
        assertTrue(es.contains(FeatureRef.hotspot("iquitos")), es.toString());
    }

    @Test
    void hotspotCardTracesTheSamePrimarySourcesThroughSpanishLocators() {
        DetailCard en = data.card(FeatureRef.hotspot("iquitos")).orElseThrow();
        i18n.setLocale(I18n.SPANISH);
        DetailCard es = data.card(FeatureRef.hotspot("iquitos")).orElseThrow();
        assertEquals(en.citations().stream().map(c -> c.chain().stream().map(CardCitation.Link::text).toList()).toList(),
                es.citations().stream().map(c -> c.chain().stream().map(CardCitation.Link::text).toList()).toList());
        assertTrue(es.citations().stream().anyMatch(c -> c.locator().equals("Cuadro 1") && !c.chain().isEmpty()),
                es.citations().toString());
        assertEquals("dic 2009 – dic 2010", es.figures().get(0).period());
        assertEquals("Seed one, Cuadro 1", es.figures().get(0).source());
    }

    @Test
    void tableChoiceShowsThePeriodInTheCurrentLanguage() {
        assertEquals("2010", data.tables().get(0).period());
        i18n.setLocale(I18n.SPANISH);
        assertEquals("año 2010", data.tables().get(0).period());
        assertEquals("Seed one, Cuadro 1", data.tables().get(0).source());
    }
}
