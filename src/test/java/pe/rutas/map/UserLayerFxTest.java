package pe.rutas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import pe.rutas.io.BoundaryLoader;
import pe.rutas.model.Country;
import pe.rutas.model.Department;
import pe.rutas.model.FeatureRef;
import pe.rutas.model.MapFrame;

/** User layers on the map itself: loaded from a file, simplified per zoom band, removed. */
@ExtendWith(ApplicationExtension.class)
class UserLayerFxTest {
    private static List<Department> departments;
    private static List<Country> countries;
    @TempDir Path dir;
    private RutasMap map;

    @BeforeAll
    static void loadBoundaries() throws Exception {
        BoundaryLoader loader = new BoundaryLoader();
        departments = loader.departments();
        countries = loader.countries();
    }

    @Start
    void start(Stage stage) {
        map = new RutasMap(departments, countries, RutasMapFxTest.catalog(), new SimpleObjectProperty<FeatureRef>(),
                (z, x, y) -> { throw new java.io.IOException("no network in tests"); }, null);
        map.animateProperty().set(false);
        stage.setScene(new Scene(map, 1000, 800));
        stage.show();
    }

    /** A line of {@code n} vertices zig-zagging across southern Peru. */
    private Path denseLine(int n) throws Exception {
        StringBuilder sb = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},"
                + "\"geometry\":{\"type\":\"LineString\",\"coordinates\":[");
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(',');
            sb.append('[').append(-76 + 6.0 * i / n).append(',').append(-14 + 0.01 * (i % 2)).append(']');
        }
        sb.append("]}},{\"type\":\"Feature\",\"properties\":{},\"geometry\":null}]}");
        Path f = dir.resolve("dense.geojson");
        Files.writeString(f, sb);
        return f;
    }

    @Test
    void aFileLayerKeepsItsGoodFeaturesDrawsFewerVerticesThanItHasAndCanBeRemoved(FxRobot robot) throws Exception {
        Path file = denseLine(20_000);
        UserLayerHandle[] h = new UserLayerHandle[1];
        robot.interact(() -> h[0] = map.addUserLayer(file));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, h[0].featureCount());
        assertEquals(1, h[0].problems().size(), "the feature without geometry is reported: " + h[0].problems());
        assertEquals(20_000, h[0].vertexCount());
        assertTrue(h[0].drawnVertexCount() > 0 && h[0].drawnVertexCount() < 2_000,
                "simplified at the country's zoom: " + h[0].drawnVertexCount());
        Node layer = robot.lookup("#" + h[0].id()).query();
        assertTrue(layer.isVisible() && layer.getScene() != null);
        assertTrue(legendNames().contains(h[0].name()), "the legend names the layer: " + legendNames());
        robot.interact(() -> h[0].visibleProperty().set(false));
        assertFalse(layer.isVisible());
        assertFalse(legendNames().contains(h[0].name()), "a hidden layer leaves the legend");
        robot.interact(() -> h[0].visibleProperty().set(true));
        robot.interact(() -> map.removeUserLayer(h[0]));
        assertNull(layer.getScene(), "removed from the map");
        assertFalse(legendNames().contains(h[0].name()), "a removed layer leaves the legend");
    }

    @Test
    void aFileWithNothingToDrawIsRefusedWithTheReason() throws Exception {
        Path file = dir.resolve("not.geojson");
        Files.writeString(file, "{\"type\": \"Topology\"}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> map.addUserLayer(file));
        assertTrue(e.getMessage().contains("not.geojson"), e.getMessage());
    }

    @Test
    void goToShowsTheCentreAndZoomAsked(FxRobot robot) {
        robot.interact(() -> map.goTo(-69.45, -14.6, 8));
        WaitForAsyncUtils.waitForFxEvents();
        MapFrame f = map.currentFrame();
        assertEquals(8, f.zoom(), 0.01);
        assertEquals(-69.45, f.centerLon(), 0.01);
        assertEquals(-14.6, f.centerLat(), 0.01);
    }

    private java.util.List<String> legendNames() {
        return map.legend().entries().stream().map(pe.rutas.style.LegendEntry::label).toList();
    }
}
