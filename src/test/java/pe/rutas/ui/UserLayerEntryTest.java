package pe.rutas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import pe.rutas.io.UserLayerLoad;
import pe.rutas.model.GeoFeature;
import pe.rutas.style.LayerStyle;

class UserLayerEntryTest {
    private static final GeometryFactory GF = new GeometryFactory();

    private static GeoFeature point(int i, double lon, double lat) {
        return new GeoFeature(i, "p" + i, GF.createPoint(new Coordinate(lon, lat)), Map.of());
    }

    private static GeoFeature line(int i) {
        return new GeoFeature(i, "l" + i, GF.createLineString(new Coordinate[]{new Coordinate(-76, -10), new Coordinate(-74, -8)}), Map.of());
    }

    @Test
    void aPointLayersColourIsItsFillAndItsSizeTheRadius() {
        UserLayerEntry e = new UserLayerEntry("p", List.of(point(0, -77, -12)), new LayerStyle("#FFFFFF", 1.5, "#6A3D9A", 1, 5), List.of());
        assertTrue(e.pointsOnly());
        e.setColour("#112233");
        assertEquals("#112233", e.styleProperty().get().fill());
        assertEquals("#FFFFFF", e.styleProperty().get().stroke(), "the white ring stays");
        e.setSize(8);
        assertEquals(8, e.styleProperty().get().pointRadius());
        assertEquals(1.5, e.styleProperty().get().strokeWidth());
    }

    @Test
    void aLineLayersColourIsItsStrokeAndItsSizeTheWidthWithinLimits() {
        UserLayerEntry e = new UserLayerEntry("l", List.of(line(0), point(1, -77, -12)), new LayerStyle("#6A3D9A", 2, "#6A3D9A", 0.25, 5), List.of());
        assertFalse(e.pointsOnly());
        e.setColour("#B15928");
        assertEquals("#B15928", e.styleProperty().get().stroke());
        assertEquals("#B15928", e.styleProperty().get().fill());
        assertEquals(0.25, e.styleProperty().get().fillOpacity(), "areas keep their transparency");
        e.setSize(100);
        assertEquals(UserLayerEntry.MAX_WIDTH, e.size());
        assertEquals(-77, e.bounds().getMinX());
        assertEquals(-74, e.bounds().getMaxX());
    }

    @Test
    void modelAddsOnlyLoadsWithFeaturesNamedAfterTheFileInDifferentColours() {
        UserLayersModel m = new UserLayersModel();
        assertEquals(null, m.add(new UserLayerLoad("/x/empty.geojson", UserLayerLoad.Status.UNUSABLE, List.of(), List.of())));
        UserLayerEntry a = m.add(new UserLayerLoad("/x/rivers.geojson", UserLayerLoad.Status.CLEAN, List.of(line(0)), List.of()));
        UserLayerEntry b = m.add(new UserLayerLoad("/x/roads.geojson", UserLayerLoad.Status.CLEAN, List.of(line(0)), List.of()));
        assertEquals("rivers.geojson", a.name());
        assertEquals(List.of(a, b), m.layers());
        assertFalse(a.colour().equals(b.colour()), "successive layers differ in colour");
        m.remove(a);
        assertEquals(List.of(b), m.layers());
    }

    @Test
    void recognisesGeoJsonFileNames() {
        assertTrue(UserLayerOpener.isGeoJsonName(java.nio.file.Path.of("/a/Rios.GeoJSON")));
        assertTrue(UserLayerOpener.isGeoJsonName(java.nio.file.Path.of("b.json")));
        assertFalse(UserLayerOpener.isGeoJsonName(java.nio.file.Path.of("c.shp")));
    }
}
