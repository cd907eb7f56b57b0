package pe.rutas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.operation.distance.DistanceOp;
import pe.rutas.model.Catalog;
import pe.rutas.model.Department;
import pe.rutas.model.Hotspot;
import pe.rutas.model.Place;
import pe.rutas.model.StatTable;

/** Every place and hotspot lies in the department it names, against {@code departments.geojson}. */
class CatalogDepartmentTest {
    /** 1:10m boundaries are coarse: Mazuko, on the Inambari, falls about 8 km outside Madre de Dios. */
    static final double BORDER_TOLERANCE_KM = 10;
    static final double EARTH_RADIUS_KM = 6371.0088;

    static Map<String, Department> departments;
    static Catalog catalog;

    @BeforeAll
    static void load() throws DataFileException {
        BoundaryLoader boundaries = new BoundaryLoader();
        departments = boundaries.departments(CatalogDataTest.geodata()).stream()
                .collect(Collectors.toMap(Department::iso, Function.identity()));
        CatalogLoad load = new CatalogLoader().load(CatalogDataTest.geodata());
        assertEquals(List.of(), load.problems());
        catalog = load.catalog();
    }

    @Test
    void catalogUsesTheBoundaryLayersCodes() {
        assertEquals(CatalogDataTest.DEPARTMENTS, departments.keySet());
        for (StatTable t : catalog.statistics()) {
            t.departmentRows().forEach(r -> assertTrue(departments.containsKey(r.key()), t.id() + " " + r.key()));
        }
    }

    @Test
    void everyPlaceLiesInItsDepartment() {
        List<String> wrong = new ArrayList<>();
        for (Place p : catalog.places()) check(p.id(), p.department(), p.point(), wrong);
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyHotspotLiesInItsDepartment() {
        List<String> wrong = new ArrayList<>();
        for (Hotspot h : catalog.hotspots()) check(h.id(), h.department(), h.point(), wrong);
        assertEquals(List.of(), wrong);
    }

    @Test
    void distanceToleranceIsNotLooserThanStated() {
        // Puno's capital is hundreds of km from Lima Metropolitana: the check must be able to fail.
        Point puno = catalog.place("puno").orElseThrow().point();
        assertTrue(kmOutside(departments.get("PE-LMA"), puno) > 500);
        assertEquals(0.0, kmOutside(departments.get("PE-PUN"), puno));
    }

    private static void check(String id, String iso, Point point, List<String> wrong) {
        Department d = departments.get(iso);
        if (d == null) {
            wrong.add(id + ": unknown department " + iso);
            return;
        }
        double km = kmOutside(d, point);
        if (km > BORDER_TOLERANCE_KM) {
            String actual = departments.values().stream().filter(x -> x.geometry().covers(point)).map(Department::iso)
                    .collect(Collectors.joining(","));
            wrong.add(String.format("%s: %.1f km outside %s (inside %s)", id, km, iso, actual.isEmpty() ? "none" : actual));
        }
    }

    /** Great-circle km from the point to the nearest point of the department; 0 when inside. */
    static double kmOutside(Department d, Point p) {
        if (d.geometry().covers(p)) return 0;
        Coordinate[] nearest = DistanceOp.nearestPoints(d.geometry(), p);
        return haversineKm(nearest[0], nearest[1]);
    }

    static double haversineKm(Coordinate a, Coordinate b) {
        double lat1 = Math.toRadians(a.y), lat2 = Math.toRadians(b.y);
        double dLat = lat2 - lat1, dLon = Math.toRadians(b.x - a.x);
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
    }

}
