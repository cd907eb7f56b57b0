package pe.rutas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import pe.rutas.io.CatalogLoad;
import pe.rutas.io.CatalogLoader;
import pe.rutas.io.ProseFixture;
import pe.rutas.model.BilingualCatalog;
import pe.rutas.model.Catalog;
import pe.rutas.model.Citation;
import pe.rutas.model.Figure;
import pe.rutas.model.Hotspot;
import pe.rutas.style.ChoroplethClassifier;
import pe.rutas.style.Classification;
import pe.rutas.style.HotspotStyle;
import pe.rutas.style.LegendSection;

/** The map legend prints data prose (table period, unit, base, locator; the size unit) in the map's language. */
class LegendLanguageTest {
    static final Locale ES = Locale.forLanguageTag("es");
    @TempDir
    Path dir;

    private static Map<LayerId, Boolean> only(LayerId... on) {
        Map<LayerId, Boolean> m = new EnumMap<>(LayerId.class);
        for (LayerId id : LayerId.values()) m.put(id, List.of(on).contains(id));
        return m;
    }

    @Test
    void choroplethCaptionTakesTheTablesProseFromTheSpanishCatalog() throws Exception {
        CatalogLoad load = new CatalogLoader().load(ProseFixture.directory(dir));
        Classification c = new ChoroplethClassifier().classify(load.catalog().table("t1").orElseThrow(), 3);
        LegendSection es = new LegendBuilder(load.bilingual(), ES)
                .build(only(LayerId.CHOROPLETH), c, List.of(), null).sections().get(0);
        assertEquals("Denuncias (denuncias)", es.title());
        assertTrue(es.caption().contains("año 2010") && es.caption().contains("las 2 filas listadas")
                && es.caption().contains("Cuadro 1"), es.caption());
        LegendSection en = new LegendBuilder(load.bilingual(), Locale.ENGLISH)
                .build(only(LayerId.CHOROPLETH), c, List.of(), null).sections().get(0);
        assertEquals("Complaints (complaints)", en.title());
        assertTrue(en.caption().contains("the 2 listed rows") && en.caption().contains("Table 1"), en.caption());
        assertEquals(en.entries(), new LegendBuilder(load.bilingual(), Locale.ENGLISH)
                .build(only(LayerId.CHOROPLETH), c, List.of(), null).sections().get(0).entries());
    }

    @Test
    void sizeCaptionNamesTheSizeUnitAsTheSpanishCatalogWritesIt() {
        GeometryFactory gf = new GeometryFactory();
        Citation cite = new Citation("s", "p. 1", "");
        List<Hotspot> en = List.of(hotspot(gf, "a", "people", cite), hotspot(gf, "b", "people", cite));
        List<Hotspot> es = List.of(hotspot(gf, "a", "personas", cite), hotspot(gf, "b", "personas", cite));
        Catalog cen = new Catalog(List.of(), List.of(), List.of(), en, List.of(), List.of());
        Catalog ces = new Catalog(List.of(), List.of(), List.of(), es, List.of(), List.of());
        String unit = HotspotStyle.sizeUnit(en).orElseThrow();
        assertEquals("people", unit);
        LegendSection s = new LegendBuilder(new BilingualCatalog(cen, ces), ES).build(only(LayerId.HOTSPOTS), null, en, unit).sections().get(0);
        assertTrue(s.caption().endsWith(": personas") && !s.caption().contains("people"), s.caption());
        LegendSection e = new LegendBuilder(new BilingualCatalog(cen, ces), Locale.ENGLISH).build(only(LayerId.HOTSPOTS), null, en, unit).sections().get(0);
        assertTrue(e.caption().endsWith(": people"), e.caption());
    }

    private static Hotspot hotspot(GeometryFactory gf, String id, String unit, Citation cite) {
        return new Hotspot(id, id, id, "PE-LIM", "urban", "sexual", gf.createPoint(new Coordinate(-77, -12)),
                List.of(new Figure(10, "victims", "víctimas", unit, "2013", cite, "")), List.of(cite), List.of());
    }
}
