package pe.rutas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import pe.rutas.model.Basis;
import pe.rutas.model.Catalog;
import pe.rutas.model.Citation;
import pe.rutas.model.Department;
import pe.rutas.model.FeatureRef;
import pe.rutas.model.Figure;
import pe.rutas.model.Flow;
import pe.rutas.model.Hotspot;
import pe.rutas.model.Place;
import pe.rutas.model.Route;
import pe.rutas.model.RouteSegment;
import pe.rutas.model.Source;
import pe.rutas.model.StatRow;
import pe.rutas.model.StatTable;

class CatalogExplorerDataTest {
    private static final GeometryFactory GF = new GeometryFactory();
    private final I18n i18n = new I18n(Locale.ENGLISH);
    private final CatalogExplorerData data = new CatalogExplorerData(List.of(puno()), catalog(), i18n);

    private static Department puno() {
        return new Department("PE-PUN", "Puno", "Puno", "Puno", GF.createPoint(new Coordinate(-70.02, -15.84)), "PER-1",
                GF.createPoint(new Coordinate(-70, -15)).buffer(1));
    }

    private static Catalog catalog() {
        Citation table1 = new Citation("pucp-cescr-2011", "Table 1", "");
        Source pucp = new Source("pucp-cescr-2011", "seed", "Report to the CESCR", "", "PUCP", "29 November 2011", 2011,
                "http://example.org/pucp.pdf", "as printed; may be dead", List.of(), "");
        Source info = new Source("infosurhoy-2013", "seed", "Human-trafficking groups target women", "", "Infosurhoy", "",
                2013, "", "", List.of(), "");
        Source reta = new Source("reta-pnp", "primary", "RETA registry of the National Police", "", "", "", null,
                "https://example.org/reta", "",
                List.of(table1), "");
        Hotspot rinconada = new Hotspot("la-rinconada", "La Rinconada", "La Rinconada", "PE-PUN", "mining", "both",
                GF.createPoint(new Coordinate(-69.45, -14.63)),
                List.of(new Figure(1000, "Victims", "Víctimas", "people", "2009–2010", table1, "")),
                List.of(new Citation("infosurhoy-2013", "Mining towns", "")), List.of("Gold mining at 5,000 m."));
        Place iquitos = new Place("iquitos", "Iquitos", "Iquitos", "PE-LOR", GF.createPoint(new Coordinate(-73.25, -3.75)),
                List.of(table1), "");
        Place lima = new Place("lima", "Lima", "Lima", "PE-LIM", GF.createPoint(new Coordinate(-77.03, -12.05)), List.of(), "");
        RouteSegment leg = new RouteSegment(GF.createLineString(new Coordinate[] {new Coordinate(-73.25, -3.75),
                new Coordinate(-77.03, -12.05)}), Basis.SCHEMATIC, "iquitos", "lima", List.of(), "no road");
        Route route = new Route("amazon", "Amazon route", "Ruta amazónica", "Amazon Route", List.of("lima"),
                List.of("iquitos"), List.of(leg), List.of(new Citation("pucp-cescr-2011", "Routes", "")), List.of());
        StatTable complaints = new StatTable("complaints", "Complaints", "Denuncias", "2004–2010", "complaints",
                "117 listed rows", table1, List.of(new StatRow("PE-PUN", "Puno", 12.0, 5.1, "")), "");
        Flow japan = new Flow("callao-japan", "lima", "JP", "outbound", "sexual", "2003", "Lima to Japan", "Lima a Japón",
                List.of(new Citation("borders-essay", "Ports", "")), "");
        return new Catalog(List.of(pucp, info, reta), List.of(iquitos, lima), List.of(route), List.of(rinconada),
                List.of(complaints), List.of(japan));
    }

    @Test
    void hotspotCardShowsFigurePeriodAndSourceAges() {
        DetailCard card = data.card(FeatureRef.hotspot("la-rinconada")).orElseThrow();
        assertEquals("La Rinconada", card.title());
        assertEquals("Hotspot · mining", card.kindLabel());
        assertEquals("1,000 people", card.figures().get(0).value());
        assertEquals("2009–2010", card.figures().get(0).period());
        assertEquals("Report to the CESCR, Table 1", card.figures().get(0).source());
        assertEquals(2, card.citations().size());
        CardCitation info = card.citations().get(0);
        assertEquals("2013", info.sourceDate());
        assertEquals("", info.period(), "no figure cites infosurhoy here");
        CardCitation pucp = card.citations().get(1);
        assertEquals("2009–2010", pucp.period());
        assertEquals("29 November 2011", pucp.sourceDate());
        assertEquals("2011", pucp.sourceYear());
        assertEquals(List.of(new CardCitation.Link("RETA registry of the National Police", "https://example.org/reta", "")),
                pucp.chain());
        assertTrue(card.facts().contains(new DetailCard.Fact("Exploitation", "sexual and labour")));
    }

    @Test
    void routeCardMarksSchematicLegsAndNamesEnds() {
        DetailCard card = data.card(FeatureRef.route("amazon")).orElseThrow();
        assertEquals(List.of(new DetailCard.Segment("Iquitos", "Lima", false, "no road")), card.segments());
        assertEquals("Ruta amazónica", card.otherName());
        assertTrue(card.facts().contains(new DetailCard.Fact("Name in the source", "“Amazon Route”")));
    }

    @Test
    void departmentCardTakesFiguresFromTablesWithPeriodAndBase() {
        DetailCard card = data.card(FeatureRef.department("PE-PUN")).orElseThrow();
        DetailCard.Figure f = card.figures().get(0);
        assertEquals("Complaints", f.label());
        assertEquals("12 complaints · 5.1 %", f.value());
        assertEquals("2004–2010", f.period());
        assertTrue(f.note().contains("117 listed rows"), f.note());
        assertEquals("2004–2010", card.citations().get(0).period());
        assertTrue(card.facts().contains(new DetailCard.Fact("Hotspots here", "La Rinconada")));
    }

    @Test
    void flowCardNamesTheCountryInTheUiLanguage() {
        DetailCard card = data.card(FeatureRef.flow("callao-japan")).orElseThrow();
        assertTrue(card.facts().contains(new DetailCard.Fact("To", "Japan")), card.facts().toString());
        i18n.setLocale(I18n.SPANISH);
        DetailCard es = data.card(FeatureRef.flow("callao-japan")).orElseThrow();
        assertEquals("Lima a Japón", es.title());
        assertTrue(es.facts().contains(new DetailCard.Fact("Hacia", "Japón")), es.facts().toString());
    }

    @Test
    void sourcesListWhatCitesThemSeedsFirst() {
        List<SourceItem> sources = data.sources();
        assertEquals(List.of("pucp-cescr-2011", "infosurhoy-2013", "reta-pnp"), sources.stream().map(SourceItem::id).toList());
        List<FeatureRef> pucpCiters = sources.get(0).citers().stream().map(SourceItem.Citer::ref).toList();
        assertEquals(List.of(FeatureRef.department("PE-PUN"), FeatureRef.route("amazon"),
                FeatureRef.hotspot("la-rinconada"), FeatureRef.place("iquitos")), pucpCiters);
        assertEquals(List.of("Report to the CESCR, Table 1"), sources.get(2).citedIn());
    }

    @Test
    void searchCoversEveryKindInBothLanguages() {
        var kinds = data.searchEntries().stream().map(e -> e.ref().kind()).collect(java.util.stream.Collectors.toSet());
        assertEquals(java.util.Set.of(FeatureRef.Kind.values()), kinds);
        assertEquals(FeatureRef.route("amazon"),
                new SearchIndex(data.searchEntries()).suggest("amazonica", 3).get(0).ref());
    }

    @Test
    void unknownReferencesGiveNoCardAndTheirIdAsName() {
        assertTrue(data.card(FeatureRef.hotspot("nowhere")).isEmpty());
        assertEquals("nowhere", data.name(FeatureRef.hotspot("nowhere")));
    }

    @Test
    void tablesOfferedForTheChoropleth() {
        assertEquals(List.of("complaints"), data.tables().stream().map(TableChoice::id).toList());
    }
}
