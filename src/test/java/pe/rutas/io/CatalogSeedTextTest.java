package pe.rutas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pe.rutas.model.Catalog;
import pe.rutas.model.Citation;
import pe.rutas.model.Figure;
import pe.rutas.model.Flow;
import pe.rutas.model.Hotspot;
import pe.rutas.model.Place;
import pe.rutas.model.Source;
import pe.rutas.model.StatRow;
import pe.rutas.model.StatTable;

/**
 * Checks the catalog against the seed texts: every number is printed in the seed it cites, every
 * flow's ends and every place are named there, and primary sources' URLs and dates are as printed.
 * Skips (with a message) when the seeds are not present next to the checkout.
 */
class CatalogSeedTextTest {
    /** How each foreign end is named in the seeds (our reading, kept apart from the data). */
    static final Map<String, String> FOREIGN = Map.of("JP", "Japan", "US", "United States", "region:europe", "Europe",
            "region:latin-america", "Latin America", "EC", "Ecuador", "AR", "Argentina", "BR", "Brazil", "CL", "Chile",
            "BO", "Bolivia", "PE", "Peru");
    /** Spellings the seeds use for places whose map name differs. */
    static final Map<String, String> PRINTED_AS = Map.of("cusco", "Cuzco", "majes-el-pedregal", "Majes y Pedregal",
            "san-martin", "San Martin", "lake-titicaca", "Lake Titicaca");
    /** Hotspots that are not a gazetteer place, and the name the seeds use for them. */
    static final Map<String, String> HOTSPOT_NAMES = Map.of("madre-de-dios", "Madre de Dios", "tambopata-madre-de-dios-rivers",
            "Tambopata", "junin", "Junín", "huanuco", "Huánuco", "la-libertad", "La Libertad", "lambayeque-region", "Lambayeque");

    static SeedTexts seeds;
    static Catalog catalog;

    @BeforeAll
    static void load() throws IOException {
        Path dir = SeedTexts.directory();
        Assumptions.assumeTrue(dir != null, "seed documents not found (system property rutas.seeds = "
                + System.getProperty("rutas.seeds") + "); skipping the checks against the seed texts");
        seeds = SeedTexts.load(dir);
        CatalogLoad load = new CatalogLoader().load(CatalogDataTest.geodata());
        assertEquals(List.of(), load.problems());
        catalog = load.catalog();
    }

    @Test
    void indexListsExactlyTheFiveSeedSources() {
        assertEquals(CatalogDataTest.SEEDS, new java.util.TreeSet<>(seeds.keys()).stream().collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void numberFormsCoverThePrintedStyles() {
        assertTrue(SeedTexts.numberForms(1548).contains("1,548"));
        assertTrue(SeedTexts.numberForms(14.0).contains("14.0"));
        assertTrue(SeedTexts.numberForms(0.4).contains("0.40"));
        assertTrue(SeedTexts.numberForms(3).contains("three"));
        assertTrue(seeds.printsNumber("pucp-cescr-2011", 59.44));
        assertFalse(seeds.printsNumber("pucp-cescr-2011", 59.4), "59.4 must not match inside 59.44");
        assertFalse(seeds.printsNumber("infosurhoy-2013", 548), "548 must not match inside 1,548");
    }

    @Test
    void everyTableFigureIsPrintedInTheCitedSeed() {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (StatTable t : catalog.statistics()) {
            String seed = seedOf(t.citation());
            for (StatRow r : t.rows()) {
                for (Double n : new Double[] {r.value(), r.percent()}) {
                    if (n == null) continue;
                    checked++;
                    if (!seeds.printsNumber(seed, n)) missing.add(t.id() + "/" + r.key() + ": " + n + " not in " + seed);
                }
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(checked > 60, "checked " + checked);
    }

    @Test
    void everyHotspotFigureIsPrintedInTheCitedSeed() {
        List<String> missing = new ArrayList<>();
        for (Hotspot h : catalog.hotspots()) {
            for (Figure f : h.figures()) {
                String seed = seedOf(f.citation());
                if (!seeds.printsNumber(seed, f.value())) missing.add(h.id() + ": " + f.value() + " not in " + seed);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyFlowIsStatedInACitedSeed() {
        for (Flow f : catalog.flows()) {
            for (String end : List.of(f.from(), f.to())) {
                String name = catalog.place(end).map(Place::name).orElse(FOREIGN.get(end));
                assertTrue(name != null, f.id() + ": no name for " + end);
                boolean stated = f.citations().stream().map(Citation::source).filter(seeds.keys()::contains)
                        .anyMatch(s -> seeds.mentions(s, name));
                assertTrue(stated, f.id() + ": '" + name + "' is not in any seed it cites");
            }
        }
    }

    @Test
    void everyPlaceAndHotspotIsNamedInASeedItCites() {
        for (Place p : catalog.places()) {
            String name = PRINTED_AS.getOrDefault(p.id(), p.name());
            assertTrue(p.citations().stream().map(Citation::source).filter(seeds.keys()::contains).anyMatch(s -> seeds.mentions(s, name)),
                    p.id() + ": '" + name + "' not found in its cited seeds");
        }
        for (Hotspot h : catalog.hotspots()) {
            String name = catalog.place(h.id()).map(p -> PRINTED_AS.getOrDefault(p.id(), p.name())).orElse(HOTSPOT_NAMES.get(h.id()));
            assertTrue(name != null, h.id() + ": add the name the seeds use to HOTSPOT_NAMES");
            assertTrue(h.citations().stream().map(Citation::source).filter(seeds.keys()::contains).anyMatch(s -> seeds.mentions(s, name)),
                    h.id() + ": '" + name + "' not found in its cited seeds");
        }
    }

    @Test
    void seedTitlesArePrintedInTheirOwnText() {
        for (Source s : catalog.sources()) {
            if (s.isSeed() && !s.title().startsWith("[")) {
                assertTrue(seeds.mentions(s.id(), s.title()), s.id() + ": title not in its text");
            }
        }
    }

    @Test
    void primaryTitlesUrlsAndDatesAreAsPrintedByACitingSeed() {
        for (Source s : catalog.sources()) {
            if (s.isSeed()) continue;
            List<String> citing = s.citedBy().stream().map(Citation::source).filter(seeds.keys()::contains).distinct().toList();
            assertFalse(citing.isEmpty(), s.id());
            if (!s.title().startsWith("[")) {
                assertTrue(citing.stream().anyMatch(k -> seeds.mentions(k, s.title())), s.id() + ": title not printed");
            }
            if (!s.url().isEmpty()) {
                assertTrue(citing.stream().anyMatch(k -> seeds.containsIgnoringWhitespace(k, s.url())), s.id() + ": URL not as printed");
            }
            if (!s.date().isEmpty()) {
                assertTrue(citing.stream().anyMatch(k -> seeds.mentions(k, s.date())), s.id() + ": date not as printed");
            }
            if (s.year() != null && s.date().isEmpty()) {
                assertTrue(citing.stream().anyMatch(k -> seeds.printsNumber(k, s.year())), s.id() + ": year not printed");
            }
        }
    }

    private String seedOf(Citation c) {
        assertTrue(seeds.keys().contains(c.source()), "figures must cite a seed directly, found " + c.source());
        return c.source();
    }
}
