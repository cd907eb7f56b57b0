package pe.rutas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import pe.rutas.io.BoundaryLoader;
import pe.rutas.model.Basis;
import pe.rutas.model.Catalog;
import pe.rutas.model.Citation;
import pe.rutas.model.Country;
import pe.rutas.model.Department;
import pe.rutas.model.FeatureRef;
import pe.rutas.model.Figure;
import pe.rutas.model.Flow;
import pe.rutas.model.Hotspot;
import pe.rutas.model.MapFrame;
import pe.rutas.model.Place;
import pe.rutas.model.Route;
import pe.rutas.model.RouteSegment;
import pe.rutas.model.Source;
import pe.rutas.model.StatRow;
import pe.rutas.model.StatTable;
import pe.rutas.style.LegendSection;

/**
 * The map in a real (headless Monocle) stage with the bundled boundaries and a small hand-made
 * catalog, so the test does not depend on the evidence files' contents.
 */
@ExtendWith(ApplicationExtension.class)
class RutasMapFxTest {
    private static final GeometryFactory GF = new GeometryFactory();
    private static List<Department> departments;
    private static List<Country> countries;

    private final ObjectProperty<FeatureRef> selection = new SimpleObjectProperty<>();
    private final java.util.concurrent.atomic.AtomicInteger fetches = new java.util.concurrent.atomic.AtomicInteger();
    private RutasMap map;

    @BeforeAll
    static void loadBoundaries() throws Exception {
        BoundaryLoader loader = new BoundaryLoader();
        departments = loader.departments();
        countries = loader.countries();
    }

    static Catalog catalog() {
        Citation c = new Citation("pucp-cescr-2011", "six internal routes", "");
        Place juliaca = new Place("juliaca", "Juliaca", "Juliaca", "PE-PUN", GF.createPoint(new Coordinate(-70.13, -15.5)),
                List.of(c), "");
        Place cusco = new Place("cusco", "Cusco", "Cusco", "PE-CUS", GF.createPoint(new Coordinate(-71.97, -13.53)),
                List.of(c), "");
        Place lima = new Place("lima", "Lima", "Lima", "PE-LMA", GF.createPoint(new Coordinate(-77.03, -12.05)),
                List.of(c), "");
        RouteSegment documented = new RouteSegment(GF.createLineString(new Coordinate[]{new Coordinate(-71.97, -13.53),
                new Coordinate(-70.13, -15.5)}), Basis.DOCUMENTED, "cusco", "juliaca", List.of(c), "");
        RouteSegment schematic = new RouteSegment(GF.createLineString(new Coordinate[]{new Coordinate(-70.13, -15.5),
                new Coordinate(-69.45, -14.63)}), Basis.SCHEMATIC, "juliaca", "la-rinconada", List.of(c), "");
        Route route = new Route("south-sierra", "South Sierra Route", "Ruta de la Sierra Sur", "", List.of("juliaca"),
                List.of("cusco"), List.of(documented, schematic), List.of(c), List.of());
        Hotspot rinconada = new Hotspot("la-rinconada", "La Rinconada", "La Rinconada", "PE-PUN", "mining", "both",
                GF.createPoint(new Coordinate(-69.45, -14.63)),
                List.of(new Figure(1000, "Victims", "Víctimas", "people", "2012", c, "")), List.of(c), List.of());
        Flow japan = new Flow("lima-japan", "lima", "JP", "outbound", "sexual", "2003", "Lima to Japan", "Lima a Japón",
                List.of(c), "", GF.createLineString(new Coordinate[]{new Coordinate(-77.03, -12.05),
                new Coordinate(138, 36)}), "Japan", "Japón");
        Source pucp = new Source("pucp-cescr-2011", "seed", "Report to the CESCR", "", "PUCP", "2011", 2011, "", "",
                List.of(), "");
        StatTable complaints = new StatTable("complaints", "Complaints", "Denuncias", "Dec 2009–Dec 2010", "complaints",
                "all complaints", c, List.of(new StatRow("PE-PUN", "Puno", 12.0, null, ""),
                new StatRow("PE-CUS", "Cusco", 30.0, null, ""), new StatRow("PE-LMA", "Lima", 50.0, null, ""),
                new StatRow("PE-LOR", "Loreto", null, null, "not printed")), "");
        return new Catalog(List.of(pucp), List.of(juliaca, cusco, lima), List.of(route), List.of(rinconada),
                List.of(complaints), List.of(japan));
    }

    @Start
    void start(Stage stage) {
        map = new RutasMap(departments, countries, catalog(), selection, (z, x, y) -> {
            fetches.incrementAndGet();
            throw new java.io.IOException("no network in tests");
        }, null);
        map.animateProperty().set(false);
        stage.setScene(new Scene(map, 1000, 800));
        stage.show();
    }

    private Set<String> idsUnder(FxRobot robot, String layerId) {
        Node layer = robot.lookup("#" + layerId).query();
        return robot.from(layer).lookup((Node n) -> n.getId() != null).queryAll().stream().map(Node::getId)
                .collect(Collectors.toSet());
    }

    @Test
    void showsEveryDepartmentRouteHotspotPlaceAndFlowWithIds(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(26, departments.size());
        Set<String> depts = idsUnder(robot, "layer-departments");
        for (Department d : departments) {
            assertTrue(depts.contains("dept-" + d.iso()), d.iso());
        }
        assertNotNull(robot.lookup("#route-south-sierra").query());
        assertNotNull(robot.lookup("#dest-south-sierra-juliaca").query());
        assertNotNull(robot.lookup("#hotspot-la-rinconada").query());
        assertNotNull(robot.lookup("#place-cusco").query());
        assertNotNull(robot.lookup("#flow-lima-japan").query());
        long dashed = robot.lookup(".route-line.schematic").queryAll().size();
        long solid = robot.lookup(".route-line.documented").queryAll().size();
        assertEquals(1, dashed);
        assertEquals(1, solid);
        Path schematic = robot.lookup(".route-line.schematic").query();
        assertFalse(schematic.getStrokeDashArray().isEmpty(), "schematic segments are dashed");
        Path documented = robot.lookup(".route-line.documented").query();
        assertTrue(documented.getStrokeDashArray().isEmpty(), "documented segments are solid");
    }

    @Test
    void togglingALayerHidesItsNodes(FxRobot robot) {
        Node hotspot = robot.lookup("#hotspot-la-rinconada").query();
        assertTrue(hotspot.isVisible() && hotspot.getParent().getParent().isVisible());
        robot.interact(() -> map.visibleProperty(LayerId.HOTSPOTS).set(false));
        assertFalse(robot.lookup("#layer-hotspots").query().isVisible());
        assertFalse(treeVisible(hotspot));
        robot.interact(() -> map.visibleProperty(LayerId.HOTSPOTS).set(true));
        assertTrue(robot.lookup("#layer-hotspots").query().isVisible());
    }

    private static boolean treeVisible(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void clickingAHotspotSelectsItAndTheSelectionIsMarked(FxRobot robot) {
        robot.interact(() -> map.zoomTo(FeatureRef.hotspot("la-rinconada")));
        WaitForAsyncUtils.waitForFxEvents();
        Node hotspot = robot.lookup("#hotspot-la-rinconada").query();
        robot.clickOn(hotspot);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(FeatureRef.hotspot("la-rinconada"), selection.get());
        assertTrue(hotspot.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("selected")));
    }

    @Test
    void hoverIsSharedBothWays(FxRobot robot) {
        Node dept = robot.lookup("#dept-PE-CUS").query();
        robot.interact(() -> map.hoveredFeatureProperty().set(FeatureRef.department("PE-CUS")));
        assertTrue(dept.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("highlighted")));
        robot.interact(() -> map.hoveredFeatureProperty().set(null));
        assertFalse(dept.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("highlighted")));
    }

    @Test
    void flyToShowsTheBoxAndFrameFollows(FxRobot robot) {
        Envelope puno = map.boundsOf(FeatureRef.department("PE-PUN"));
        robot.interact(() -> map.flyTo(puno));
        WaitForAsyncUtils.waitForFxEvents();
        MapFrame f = map.currentFrame();
        Envelope shown = f.extent();
        assertTrue(shown.contains(puno), "frame " + shown + " shows " + puno);
        assertTrue(shown.getWidth() < 3 * puno.getWidth() + 3, "zoomed in, not the whole country: " + shown);
        assertTrue(map.featuresInFrame().contains(FeatureRef.department("PE-PUN")));
        assertTrue(map.featuresInFrame().contains(FeatureRef.hotspot("la-rinconada")));
        assertFalse(map.featuresInFrame().contains(FeatureRef.department("PE-TUM")));
        double z = f.zoom();
        robot.interact(() -> map.zoomIn());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Math.floor(z) + 1, map.currentFrame().zoom(), 1e-6);
        MapFrame before = map.currentFrame();
        robot.interact(() -> map.panBy(100, 0));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(map.currentFrame().centerLon() > before.centerLon(), "panning right shows what is east");
    }

    @Test
    void choroplethColoursDataAndHatchesNoData(FxRobot robot) {
        StatTable t = catalog().statistics().get(0);
        robot.interact(() -> map.choroplethTableProperty().set(t));
        Path puno = robot.lookup("#choro-PE-PUN").query();
        Path loreto = robot.lookup("#choro-PE-LOR").query();
        assertTrue(puno.isVisible());
        assertTrue(puno.getFill() instanceof javafx.scene.paint.Color, "data gets a class colour");
        assertFalse(loreto.getFill() instanceof javafx.scene.paint.Color, "no data gets the hatch, not a colour");
        LegendSection section = map.legend().sections().get(map.legend().sections().size() - 1);
        assertTrue(section.caption().contains("Dec 2009–Dec 2010"), section.caption());
        assertTrue(section.caption().contains("PUCP (2011)"), section.caption());
        robot.interact(() -> map.choroplethTableProperty().set(null));
        assertFalse(puno.isVisible());
        assertTrue(map.legend().sections().stream().noneMatch(s -> s.title().startsWith("Complaints")));
    }

    @Test
    void legendFollowsVisibleLayersAndLanguage(FxRobot robot) {
        assertTrue(map.legend().sections().stream().anyMatch(s -> s.title().equals("Internal routes")));
        robot.interact(() -> map.visibleProperty(LayerId.ROUTES).set(false));
        assertTrue(map.legend().sections().stream().noneMatch(s -> s.title().equals("Internal routes")));
        robot.interact(() -> map.localeProperty().set(Locale.forLanguageTag("es")));
        assertTrue(map.legend().sections().stream().anyMatch(s -> s.title().equals("Lugares de explotación")));
    }

    @Test
    void onlineBasemapIsOffByDefaultAndFallsBackToLocalTiles(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(map.onlineBasemapProperty().get());
        assertEquals("", map.attributionProperty().get());
        assertEquals(0, fetches.get(), "offline by default: no tile fetched");
        robot.interact(() -> map.onlineBasemapProperty().set(true));
        assertEquals(RutasMap.OSM_ATTRIBUTION, map.attributionProperty().get());
        javafx.scene.image.Image tile = OfflineTileRetriever.installed().loadTile(6, 18, 33)
                .get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(256, tile.getWidth(), "a failed fetch falls back to a locally painted tile");
        int tried = fetches.get();
        assertTrue(tried >= 1 && tried <= 2, "after the first failure (one per tile thread at most) the network is"
                + " left alone for a while, though a screenful of tiles was wanted: " + tried);
        robot.interact(() -> map.onlineBasemapProperty().set(false));
        assertEquals("", map.attributionProperty().get());
        assertFalse(OfflineTileRetriever.installed().isOnline());
    }

    @Test
    void basemapTilesArePaintedLocally(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.image.Image tile = OfflineTileRetriever.installed().loadTile(5, 9, 16)
                .get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(256, tile.getWidth());
        Bounds b = map.getLayoutBounds();
        assertTrue(b.getWidth() > 0);
    }

    @Test
    void zoomingToAFlowFramesItsPeruvianEndNotTheWorld(FxRobot robot) {
        robot.interact(() -> map.zoomTo(FeatureRef.flow("lima-japan")));
        WaitForAsyncUtils.waitForFxEvents();
        Envelope shown = map.currentFrame().extent();
        assertTrue(shown.contains(-77.03, -12.05), "Lima is in view: " + shown);
        assertTrue(shown.getWidth() < 30, "not zoomed out to show Japan: " + shown);
        assertTrue(robot.lookup("#flow-lima-japan").query().isVisible());
    }

    @Test
    void zoomInStopsAtTheLimit(FxRobot robot) {
        for (int i = 0; i < 14; i++) {
            robot.interact(() -> map.zoomIn());
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(RutasMap.MAX_ZOOM, map.currentFrame().zoom(), 1e-6);
    }

    @Test
    void opensOnTheWholeCountry(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Envelope peru = new Envelope();
        departments.forEach(d -> peru.expandToInclude(d.geometry().getEnvelopeInternal()));
        Envelope shown = map.currentFrame().extent();
        assertTrue(shown.contains(peru), "opening view " + shown + " shows Peru " + peru);
        assertTrue(shown.getWidth() < 3 * peru.getWidth(), "and not much more: " + shown);
        assertEquals(1000, map.currentFrame().width(), 1e-9);
    }

    @Test
    void marksCarryTheirNameAsAccessibleTextInTheMapLanguage(FxRobot robot) {
        Node hotspot = robot.lookup("#hotspot-la-rinconada").query();
        assertEquals("La Rinconada", hotspot.getAccessibleText());
        Node route = robot.lookup("#route-south-sierra").query();
        assertEquals("South Sierra Route", route.getAccessibleText());
        robot.interact(() -> map.localeProperty().set(Locale.forLanguageTag("es")));
        assertEquals("Ruta de la Sierra Sur", route.getAccessibleText());
        assertEquals("Lima a Japón", robot.lookup("#flow-lima-japan").query().getAccessibleText());
    }

    @Test
    void clickingInsideADepartmentAwayFromMarksSelectsTheDepartment(FxRobot robot) {
        robot.interact(() -> map.flyTo(map.boundsOf(FeatureRef.department("PE-PUN"))));
        WaitForAsyncUtils.waitForFxEvents();
        MapFrame f = map.currentFrame();
        javafx.geometry.Point2D inPuno = map.localToScreen(f.x(-69.7), f.y(-13.9));
        robot.moveTo(inPuno);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(FeatureRef.department("PE-PUN"), map.hoveredFeatureProperty().get(), "hover follows the pointer");
        robot.clickOn(inPuno);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(FeatureRef.department("PE-PUN"), selection.get());
        Node path = robot.lookup("#dept-PE-PUN").query();
        assertTrue(path.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("selected")));
        robot.interact(() -> map.visibleProperty(LayerId.DEPARTMENTS).set(false));
        robot.interact(() -> selection.set(null));
        robot.clickOn(inPuno);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(selection.get(), "a hidden department layer selects nothing");
    }

    @Test
    void fadedFeaturesAreMarkedAndUnmarked(FxRobot robot) {
        Node route = robot.lookup("#route-south-sierra").query();
        Node hotspot = robot.lookup("#hotspot-la-rinconada").query();
        robot.interact(() -> map.fadedProperty().set(Set.of(FeatureRef.route("south-sierra"))));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(route.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("faded")));
        assertEquals(0.22, route.getOpacity(), 1e-6, "map.css fades it");
        assertEquals(1.0, hotspot.getOpacity(), 1e-6);
        robot.interact(() -> map.fadedProperty().set(Set.of()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.0, route.getOpacity(), 1e-6);
    }
}
