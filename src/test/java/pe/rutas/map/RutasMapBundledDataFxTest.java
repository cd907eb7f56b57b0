package pe.rutas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import pe.rutas.io.BoundaryLoader;
import pe.rutas.io.CatalogLoad;
import pe.rutas.io.CatalogLoader;
import pe.rutas.model.Catalog;
import pe.rutas.model.FeatureRef;
import pe.rutas.model.Flow;
import pe.rutas.model.Hotspot;
import pe.rutas.model.Route;
import pe.rutas.model.StatTable;

/** The map with everything bundled in geodata/: every route, hotspot and drawable flow has its node. */
@ExtendWith(ApplicationExtension.class)
class RutasMapBundledDataFxTest {
    private Catalog catalog;
    private RutasMap map;

    @Start
    void start(Stage stage) throws Exception {
        BoundaryLoader boundaries = new BoundaryLoader();
        CatalogLoad load = new CatalogLoader().loadClasspath();
        catalog = load.catalog();
        map = new RutasMap(boundaries.departments(), boundaries.countries(), catalog, new SimpleObjectProperty<>(),
                (z, x, y) -> {
                    throw new java.io.IOException("no network in tests");
                }, null);
        map.animateProperty().set(false);
        stage.setScene(new Scene(map, 1200, 900));
        stage.show();
    }

    @Test
    void zoomedInTheNamesOfFlowsLeavingTheMapCarryAnArrowAndOnlyThen(FxRobot robot) {
        java.util.function.Supplier<List<String>> flowLabels = () -> robot.lookup((javafx.scene.Node n) ->
                        n instanceof javafx.scene.text.Text && n.getId() != null && n.getId().startsWith("label-flow-")
                                && n.isVisible())
                .queryAll().stream().map(n -> ((javafx.scene.text.Text) n).getText()).toList();
        java.util.function.Predicate<String> arrowed = t -> t.matches(".* [\u2190-\u2199]");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> whole = flowLabels.get();
        assertTrue(whole.stream().anyMatch(arrowed.negate()), "the whole-country view names flows at their countries: " + whole);
        // Cusco close up: the flows to neighbouring countries leave the map, Chile and Bolivia lie beyond its edge
        robot.interact(() -> map.goTo(-71.97, -13.53, 10));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(900, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> close = flowLabels.get();
        assertTrue(!close.isEmpty(), "flow names are shown close up");
        assertTrue(close.stream().allMatch(arrowed), "every name at the edge points off the map: " + close);
    }

    @Test
    void everyRouteHotspotAndFlowIsOnTheMap(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(6, catalog.routes().size(), "the six internal routes are bundled");
        for (Route r : catalog.routes()) {
            assertNotNull(robot.lookup("#route-" + r.id()).tryQuery().orElse(null), r.id());
        }
        assertTrue(catalog.hotspots().size() > 0);
        for (Hotspot h : catalog.hotspots()) {
            assertNotNull(robot.lookup("#hotspot-" + h.id()).tryQuery().orElse(null), h.id());
        }
        for (Flow f : catalog.flows()) {
            if (FlowLayer.endpoints(f, catalog) != null) {
                assertNotNull(robot.lookup("#flow-" + f.id()).tryQuery().orElse(null), f.id());
            }
        }
        List<FeatureRef> inFrame = map.featuresInFrame();
        assertTrue(inFrame.contains(FeatureRef.route("lima")), "the opening view shows the whole country");
    }

    @Test
    void everyMappableDepartmentTableGetsALegendWithItsPeriod(FxRobot robot) {
        int mapped = 0;
        for (StatTable t : catalog.statistics()) {
            robot.interact(() -> map.choroplethTableProperty().set(t));
            var sections = map.legend().sections();
            boolean shown = sections.get(sections.size() - 1).entries().stream()
                    .anyMatch(e -> e.symbol() == pe.rutas.style.Symbol.NO_DATA);
            assertEquals(t.byDepartment() && t.mappable(), shown, t.id());
            if (shown) {
                mapped++;
                assertTrue(sections.get(sections.size() - 1).caption().contains(t.period()), t.id());
            }
        }
        assertTrue(mapped > 0, "at least one bundled table is a department choropleth");
    }
}
