package pe.rutas.map;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import pe.rutas.model.Country;
import pe.rutas.model.Department;

/** Tiny hand-made boundaries around Peru's real position, for tests that must not need geodata/. */
final class Fixtures {
    static final GeometryFactory GF = new GeometryFactory();

    static Polygon box(double minLon, double minLat, double maxLon, double maxLat) {
        return GF.createPolygon(new Coordinate[]{new Coordinate(minLon, minLat), new Coordinate(maxLon, minLat),
                new Coordinate(maxLon, maxLat), new Coordinate(minLon, maxLat), new Coordinate(minLon, minLat)});
    }

    /** Two "departments" splitting a crude Peru (-81..-69 lon, -18..-1 lat) at 10°S. */
    static List<Department> departments() {
        return List.of(
                new Department("PE-AAA", "Norte", "North", "", GF.createPoint(new Coordinate(-76, -5)), "",
                        box(-81, -10, -69, -1)),
                new Department("PE-BBB", "Sur", "South", "", GF.createPoint(new Coordinate(-74, -14)), "",
                        box(-79, -18, -69, -10)));
    }

    static List<Country> countries() {
        return List.of(
                new Country("PE", "PER", "Peru", "Perú", GF.createMultiPolygon(new Polygon[]{
                        box(-81, -10, -69, -1), box(-79, -18, -69, -10)})),
                new Country("BR", "BRA", "Brazil", "Brasil", box(-69, -18, -60, 2)));
    }

    private Fixtures() {
    }
}
