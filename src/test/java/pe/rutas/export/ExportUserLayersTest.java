package pe.rutas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import pe.rutas.model.FeatureRef;
import pe.rutas.model.GeoFeature;
import pe.rutas.style.LayerStyle;

/**
 * The user's own layers in an export: an area, a line and points are painted where their
 * coordinates fall, in their colours, and named under "Your layers" in the legend; a hidden
 * layer leaves no trace. Pixels are compared with the same export without the layers.
 */
class ExportUserLayersTest {
    static final LayerStyle AREA = new LayerStyle("#E31A1C", 2, "#E31A1C", 0.6, 0);
    static final LayerStyle LINE = new LayerStyle("#1F78B4", 5, "#1F78B4", 0, 0);
    static final LayerStyle POINTS = new LayerStyle("#FFFFFF", 1.5, "#33A02C", 1, 7);
    static final LayerStyle HIDDEN = new LayerStyle("#FF7F00", 2, "#FF7F00", 0.9, 6);

    @BeforeAll
    static void toolkit() throws Exception {
        FxRuntime.ensureStarted();
        java.nio.file.Files.createDirectories(ExportRendererTest.OUT);
    }

    static GeoFeature feature(int i, Geometry g) {
        return new GeoFeature(i, null, g, Map.of());
    }

    static List<ExportUserLayer> layers() {
        Geometry box = SampleData.box(-79.6, -9.6, -78.2, -8.2);
        Geometry line = SampleData.GF.createLineString(new Coordinate[] {new Coordinate(-75, -17), new Coordinate(-70, -17)});
        return List.of(
                new ExportUserLayer("shelters area.geojson", List.of(feature(0, box)), AREA, 1, true),
                new ExportUserLayer("river.geojson", List.of(feature(0, line)), LINE, 1, true),
                new ExportUserLayer("offices.geojson", List.of(feature(0, SampleData.pt(-74, -3)), feature(1, SampleData.pt(-75.5, -4))), POINTS, 1, true),
                new ExportUserLayer("hidden.geojson", List.of(feature(0, SampleData.box(-73.5, -6.5, -71.5, -4.5))), HIDDEN, 1, false));
    }

    static ExportRequest request(Locale locale) {
        return ExportRequest.of(1200, 800, locale).withScale(1).withExportDate(LocalDate.of(2026, 11, 26));
    }

    private static int at(ExportRendererTest.Rendered r, double lon, double lat) {
        Rect map = r.c().layout().map();
        int x = (int) Math.round(map.x() + r.c().frame().x(lon)), y = (int) Math.round(map.y() + r.c().frame().y(lat));
        return r.img().getRGB(x, y);
    }

    private static int blend(int over, double alpha, int under) {
        int out = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            double c = alpha * ((over >> shift) & 255) + (1 - alpha) * ((under >> shift) & 255);
            out |= ((int) Math.round(c)) << shift;
        }
        return out;
    }

    @Test
    void areaLineAndPointsArePaintedWhereTheyLieAndAHiddenLayerIsNot() throws Exception {
        ExportRendererTest.Rendered without = ExportRendererTest.render(request(Locale.ENGLISH), "user-layers-without");
        ExportRendererTest.Rendered with = ExportRendererTest.render(request(Locale.ENGLISH).withUserLayers(layers()), "user-layers");
        assertEquals(without.c().frame(), with.c().frame(), "the same frame, so pixels compare");
        assertEquals(without.c().layout().map(), with.c().layout().map());

        int base = at(without, -78.9, -8.9), area = at(with, -78.9, -8.9);
        int expected = blend(0xE31A1C, 0.6, base);
        assertTrue(ImageStats.distance(area, expected) <= 8, "area tinted red at 60 %: " + Integer.toHexString(area)
                + ", expected ~" + Integer.toHexString(expected));
        int edge = at(with, -79.6, -8.9);
        assertTrue(ImageStats.distance(edge, 0xE31A1C) <= 40, "area outlined in its colour: " + Integer.toHexString(edge));

        int river = at(with, -72.5, -17);
        assertTrue(ImageStats.distance(river, 0x1F78B4) <= 12, "line in its colour: " + Integer.toHexString(river));
        int beside = at(with, -72.5, -16.4);
        assertTrue(ImageStats.distance(beside, at(without, -72.5, -16.4)) <= 4, "and only along the line");

        for (double[] p : new double[][] {{-74, -3}, {-75.5, -4}}) {
            int mark = at(with, p[0], p[1]);
            assertTrue(ImageStats.distance(mark, 0x33A02C) <= 12, "point mark filled in its colour: " + Integer.toHexString(mark));
        }

        int hiddenSpot = at(with, -72.5, -5.5);
        assertTrue(ImageStats.distance(hiddenSpot, at(without, -72.5, -5.5)) <= 4,
                "the hidden layer leaves no trace: " + Integer.toHexString(hiddenSpot));
    }

    @Test
    void userLayersLieUnderTheEvidenceMarks() throws Exception {
        // an opaque area over the test hotspot (-71, -13): the hotspot's mark is still drawn on top
        LayerStyle opaque = new LayerStyle("#E31A1C", 1, "#E31A1C", 1, 0);
        ExportUserLayer cover = new ExportUserLayer("cover.geojson", List.of(feature(0, SampleData.box(-72, -14, -70, -12))), opaque, 1, true);
        ExportRendererTest.Rendered r = ExportRendererTest.render(request(Locale.ENGLISH).withUserLayers(List.of(cover)), "user-layers-under");
        int centre = at(r, -71, -13);
        assertTrue(ImageStats.distance(centre, 0xE31A1C) > 60, "the hotspot mark covers the area at its centre: " + Integer.toHexString(centre));
        int nearby = at(r, -70.3, -12.3);
        assertTrue(ImageStats.distance(nearby, 0xE31A1C) <= 8, "the area is drawn around it: " + Integer.toHexString(nearby));
    }

    @Test
    void theLegendHasAYourLayersSectionWithNameColourAndSymbolOfEachVisibleLayer() throws Exception {
        ExportRendererTest.Rendered r = ExportRendererTest.render(request(Locale.ENGLISH).withUserLayers(layers()), "user-layers-legend");
        List<LegendItem> items = r.c().legend().placed().stream().map(LegendLayout.Placed::item).toList();
        int head = items.indexOf(LegendItem.heading("Your layers"));
        assertTrue(head >= 0, "section heading: " + items);
        List<LegendItem> rows = items.subList(head + 1, items.size());
        assertEquals(List.of("shelters area.geojson", "river.geojson", "offices.geojson"), rows.stream().map(LegendItem::label).toList(),
                "visible layers in drawing order; the hidden one is left out");
        assertEquals(List.of(LegendItem.Swatch.AREA, LegendItem.Swatch.LINE, LegendItem.Swatch.POINT),
                rows.stream().map(LegendItem::swatch).toList());
        assertEquals(javafx.scene.paint.Color.web("#1F78B4"), rows.get(1).color());
        assertEquals(javafx.scene.paint.Color.web("#33A02C"), rows.get(2).color(), "a mark's fill, not its white ring");
        assertEquals("#E31A1C", String.format("#%02X%02X%02X", Math.round(rows.get(0).color().getRed() * 255),
                Math.round(rows.get(0).color().getGreen() * 255), Math.round(rows.get(0).color().getBlue() * 255)));

        // the point layer's swatch is drawn in the legend box, in its colour
        LegendLayout.Placed offices = r.c().legend().placed().stream().filter(p -> p.item().label().equals("offices.geojson")).findFirst().orElseThrow();
        Rect box = r.c().layout().legend();
        int sx = (int) Math.round(box.x() + ChromeLayout.LEGEND_PAD + offices.x() + LegendLayout.SWATCH_W / 2);
        int sy = (int) Math.round(box.y() + ChromeLayout.LEGEND_PAD + offices.y() + offices.height() / 2);
        assertTrue(ImageStats.distance(r.img().getRGB(sx, sy), 0x33A02C) <= 12, "swatch: " + Integer.toHexString(r.img().getRGB(sx, sy)));
    }

    @Test
    void theSectionIsInSpanishAndListsOnlyLayersInTheFrame() throws Exception {
        Composition es = new Exporter(SampleData.data()).compose(request(Locale.forLanguageTag("es")).withUserLayers(layers()));
        List<String> labels = es.legend().placed().stream().map(p -> p.item().label()).toList();
        assertTrue(labels.contains("Sus capas"), labels.toString());

        // framing the test hotspot (±1.2°) shows neither the area in the north-west nor the points
        Composition framed = new Exporter(SampleData.data()).compose(request(Locale.ENGLISH).withUserLayers(layers())
                .withTarget(FeatureRef.hotspot("mine")));
        List<String> framedLabels = framed.legend().placed().stream().map(p -> p.item().label()).toList();
        assertFalse(framedLabels.contains("shelters area.geojson"), framedLabels.toString());
        assertFalse(framedLabels.contains("offices.geojson"), framedLabels.toString());

        Composition none = new Exporter(SampleData.data()).compose(request(Locale.ENGLISH).withUserLayers(List.of(layers().get(3))));
        assertFalse(none.legend().placed().stream().anyMatch(p -> p.item().label().equals("Your layers")),
                "no section when every user layer is hidden");
    }
}
