package pe.rutas.export;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import pe.rutas.model.FeatureRef;

class ComposerTest {
    final ExportData data = SampleData.data();
    final Composer composer = new Composer(data, new SourceShortNames(new Properties()), TextMeasure.approximate());

    ExportRequest req() {
        return ExportRequest.of(1600, 1000, Locale.ENGLISH).withExportDate(LocalDate.of(2026, 11, 26));
    }

    @Test
    void overviewCitesEverythingInFrameAndDatesTheEvidence() {
        Composition c = composer.compose(req());
        assertEquals("Human-trafficking routes in Peru", c.title());
        assertTrue(c.sourceLine().startsWith("Sources: Publisher A 2011 (one route, one flow); News B 2013"), c.sourceLine());
        assertEquals("Evidence dated 2003–2013", c.subtitle());
        assertTrue(c.footer().stream().anyMatch(l -> l.contains("Natural Earth") && l.contains("2026-11-26")));
        assertFalse(String.join(" ", c.footer()).contains("OpenStreetMap"));
    }

    @Test
    void onlineBasemapAddsOsmAttribution() {
        Composition c = composer.compose(req().withOnlineBasemap(true));
        assertTrue(String.join(" ", c.footer()).contains("OpenStreetMap"));
    }

    @Test
    void framingAHotspotLeavesTheRouteOutOfTheLegendWhenOffFrame() {
        Composition c = composer.compose(req().withTarget(FeatureRef.hotspot("mine")));
        assertEquals("Test mine: place of exploitation", c.title());
        var extent = c.frame().extent();
        assertTrue(extent.contains(-71, -13));
        assertTrue(c.frame().zoom() > 6, "zoomed in: " + c.frame().zoom());
        assertTrue(c.legend().placed().stream().anyMatch(p -> p.item().label().equals("Mining")));
    }

    @Test
    void unknownIdsAreReportedWithTheKnownOnes() {
        var e = assertThrows(Composer.UnknownFeatureException.class, () -> composer.compose(req().withTarget(FeatureRef.route("nope"))));
        assertEquals("unknown route 'nope' (known: north-coast)", e.getMessage());
        assertThrows(Composer.UnknownFeatureException.class, () -> composer.compose(req().withStatTable("nope")));
        assertThrows(Composer.UnknownFeatureException.class, () -> composer.compose(req().withTarget(FeatureRef.department("PE-ZZZ"))));
    }

    @Test
    void tableShadingAddsClassesNoDataAndBaseToTheLegendAndIsCited() {
        Composition c = composer.compose(req().withStatTable("tab"));
        var labels = c.legend().placed().stream().map(p -> p.item().label()).toList();
        assertTrue(labels.contains("Test table, 2010"), labels.toString());
        assertTrue(labels.contains("Base: listed rows"));
        assertTrue(labels.contains("no data"));
        assertTrue(c.sourceLine().contains("map shading"), c.sourceLine());
        assertEquals("Human-trafficking routes in Peru — Test table", c.title());
    }

    @Test
    void periodFilterFadesOlderEvidenceDropsItFromTheSourcesAndSaysSo() {
        Composition c = composer.compose(req().withPeriod(new YearRange(2013, 2013)));
        assertTrue(c.faded().contains(FeatureRef.route("north-coast")));
        assertFalse(c.faded().contains(FeatureRef.hotspot("mine")));
        // the hotspot stays (it has 2013 evidence) but only its 2013 source is credited
        assertEquals("Source: News B 2013", c.sourceLine());
        assertTrue(c.subtitle().contains("Period shown: 2013"), c.subtitle());
        assertTrue(composer.compose(req()).sourceLine().contains("Publisher A"));
    }

    @Test
    void spanishUsesSpanishNamesAndWords() {
        Composition c = composer.compose(ExportRequest.of(1600, 1000, Locale.forLanguageTag("es")).withTarget(FeatureRef.route("north-coast")));
        assertEquals("Ruta de prueba: ruta de trata", c.title());
        assertTrue(c.sourceLine().startsWith("Fuentes: "), c.sourceLine());
    }

    @Test
    void withoutLayersNothingIsCitedAndTheLegendIsEmpty() {
        Composition c = composer.compose(req().withLayers(EnumSet.of(ExportLayer.DEPARTMENTS)));
        assertEquals("", c.sourceLine());
        assertTrue(c.legend().placed().isEmpty());
    }

    @Test
    void highlightEmphasisesWithoutReframing() {
        Composition plain = composer.compose(req());
        Composition lit = composer.compose(req().withHighlight(FeatureRef.hotspot("mine")));
        assertEquals(plain.frame(), lit.frame());
        assertEquals(FeatureRef.hotspot("mine"), lit.highlight());
        assertNull(plain.highlight());
        assertEquals(FeatureRef.route("north-coast"),
                composer.compose(req().withHighlight(FeatureRef.hotspot("mine")).withTarget(FeatureRef.route("north-coast"))).highlight());
    }

    @Test
    void explicitTitleWins() {
        assertEquals("My brief", composer.compose(req().withTitle("  My brief ")).title());
    }
}
