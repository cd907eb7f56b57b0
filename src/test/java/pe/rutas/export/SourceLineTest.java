package pe.rutas.export;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import pe.rutas.model.FeatureRef;

class SourceLineTest {
    static final Map<String, SourceInfo> SOURCES = Map.of(
            "pucp-cescr-2011", new SourceInfo("pucp-cescr-2011", "PUCP Legal Clinic", 2011),
            "insightcrime-2013", new SourceInfo("insightcrime-2013", "InSight Crime", 2013),
            "borders-essay", new SourceInfo("borders-essay", "Borders essay", null),
            "iom-family-2011", new SourceInfo("iom-family-2011", "IOM via El Comercio", 2011));
    static final Function<String, Optional<SourceInfo>> RESOLVER = id -> Optional.ofNullable(SOURCES.get(id));

    static List<CitedFeature> sixRoutesAndAHotspot() {
        List<CitedFeature> l = new ArrayList<>();
        for (String r : List.of("north-coast", "north-selva", "lima", "south-selva", "south-sierra", "south-coast"))
            l.add(new CitedFeature(FeatureRef.route(r), List.of("pucp-cescr-2011")));
        l.add(new CitedFeature(FeatureRef.hotspot("madre-de-dios-mining"), List.of("insightcrime-2013")));
        return l;
    }

    @Test
    void printsTheBriefsExample() {
        assertEquals("Sources: PUCP Legal Clinic 2011 (six routes); InSight Crime 2013",
                new SourceLine(Locale.ENGLISH).build(sixRoutesAndAHotspot(), RESOLVER));
    }

    @Test
    void printsSpanish() {
        assertEquals("Fuentes: PUCP Legal Clinic 2011 (seis rutas); InSight Crime 2013",
                new SourceLine(Locale.forLanguageTag("es")).build(sixRoutesAndAHotspot(), RESOLVER));
    }

    @Test
    void singleSourceSingularAndGender() {
        var one = List.of(new CitedFeature(FeatureRef.route("lima"), List.of("pucp-cescr-2011")),
                new CitedFeature(FeatureRef.flow("callao-japan"), List.of("pucp-cescr-2011")));
        assertEquals("Source: PUCP Legal Clinic 2011 (one route, one flow)", new SourceLine(Locale.ENGLISH).build(one, RESOLVER));
        assertEquals("Fuente: PUCP Legal Clinic 2011 (una ruta, un flujo)",
                new SourceLine(Locale.forLanguageTag("es")).build(one, RESOLVER));
    }

    @Test
    void mostCitedFirstThenByYearAndUnknownYearLast() {
        var l = List.of(
                new CitedFeature(FeatureRef.hotspot("a"), List.of("borders-essay")),
                new CitedFeature(FeatureRef.hotspot("b"), List.of("insightcrime-2013")),
                new CitedFeature(FeatureRef.hotspot("c"), List.of("iom-family-2011")),
                new CitedFeature(FeatureRef.hotspot("d"), List.of("insightcrime-2013", "insightcrime-2013")));
        assertEquals("Sources: InSight Crime 2013; IOM via El Comercio 2011; Borders essay n.d.",
                new SourceLine(Locale.ENGLISH).build(l, RESOLVER));
    }

    @Test
    void choroplethTableIsAnnotatedAsShading() {
        var l = List.of(new CitedFeature(FeatureRef.department(SourceLine.CHOROPLETH), List.of("pucp-cescr-2011")));
        assertEquals("Source: PUCP Legal Clinic 2011 (map shading)", new SourceLine(Locale.ENGLISH).build(l, RESOLVER));
    }

    @Test
    void unknownSourceIdIsPrintedNotDropped() {
        var l = List.of(new CitedFeature(FeatureRef.place("x"), List.of("mystery-source")));
        assertEquals("Source: mystery-source n.d.", new SourceLine(Locale.ENGLISH).build(l, RESOLVER));
    }

    @Test
    void nothingCitedGivesEmptyLine() {
        assertEquals("", new SourceLine(Locale.ENGLISH).build(List.of(), RESOLVER));
    }

    @Test
    void countsAboveTwelveUseDigits() {
        List<CitedFeature> l = new ArrayList<>();
        for (int i = 0; i < 13; i++) l.add(new CitedFeature(FeatureRef.route("r" + i), List.of("pucp-cescr-2011")));
        assertEquals("Source: PUCP Legal Clinic 2011 (13 routes)", new SourceLine(Locale.ENGLISH).build(l, RESOLVER));
    }
}
