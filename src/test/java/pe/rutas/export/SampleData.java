package pe.rutas.export;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import pe.rutas.model.Basis;
import pe.rutas.model.Catalog;
import pe.rutas.model.Citation;
import pe.rutas.model.Country;
import pe.rutas.model.Department;
import pe.rutas.model.Figure;
import pe.rutas.model.Flow;
import pe.rutas.model.Hotspot;
import pe.rutas.model.Place;
import pe.rutas.model.Route;
import pe.rutas.model.RouteSegment;
import pe.rutas.model.Source;
import pe.rutas.model.StatRow;
import pe.rutas.model.StatTable;

/**
 * A small made-up data set in Peru's shape for tests that must not depend on geodata/: two
 * square "departments", one route of a documented and a schematic segment, a hotspot, a flow
 * and a table. Geometry is not real geography, and the figures are placeholders for layout only.
 */
final class SampleData {
    static final GeometryFactory GF = new GeometryFactory();

    static Geometry box(double x0, double y0, double x1, double y1) {
        return GF.createPolygon(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x1, y0), new Coordinate(x1, y1),
                new Coordinate(x0, y1), new Coordinate(x0, y0)});
    }

    static Point pt(double x, double y) {
        return GF.createPoint(new Coordinate(x, y));
    }

    static ExportData data() {
        Citation c = new Citation("report-a", "section 1", "");
        Source a = new Source("report-a", "seed", "Report A", "", "Publisher A", "2011", 2011, "", "", List.of(), "");
        Source b = new Source("news-b", "seed", "News B", "", "News B", "2013", 2013, "", "", List.of(), "");
        Department north = new Department("PE-AAA", "Norte", "North", "", pt(-77, -6), "", box(-80, -10, -70, -2));
        Department south = new Department("PE-BBB", "Sur", "South", "", pt(-73, -14), "", box(-76, -18, -69, -10));
        Country peru = new Country("PE", "PER", "Peru", "Perú", GF.createMultiPolygon(new org.locationtech.jts.geom.Polygon[] {
                (org.locationtech.jts.geom.Polygon) box(-80, -10, -70, -2), (org.locationtech.jts.geom.Polygon) box(-76, -18, -69, -10)}));
        Country bolivia = new Country("BO", "BOL", "Bolivia", "Bolivia", box(-69, -23, -58, -9));
        Place x = new Place("x", "Xtown", "Xpueblo", "PE-AAA", pt(-78, -5), List.of(c), "");
        Place y = new Place("y", "Ytown", "Ypueblo", "PE-BBB", pt(-72, -15), List.of(c), "");
        RouteSegment s1 = new RouteSegment(GF.createLineString(new Coordinate[] {new Coordinate(-78, -5), new Coordinate(-76, -9)}),
                Basis.DOCUMENTED, "x", "m", List.of(c), "");
        RouteSegment s2 = new RouteSegment(GF.createLineString(new Coordinate[] {new Coordinate(-76, -9), new Coordinate(-72, -15)}),
                Basis.SCHEMATIC, "m", "y", List.of(c), "");
        Route r = new Route("north-coast", "Test route", "Ruta de prueba", "", List.of("y"), List.of("x"), List.of(s1, s2), List.of(c), List.of());
        Hotspot h = new Hotspot("mine", "Test mine", "Mina de prueba", "PE-BBB", "mining", "labour", pt(-71, -13),
                List.of(new Figure(1, "placeholder", "marcador", "people", "2012", new Citation("news-b", "p 2", ""), "")),
                List.of(new Citation("news-b", "p 1", ""), new Citation("report-a", "section 2", "")), List.of());
        Flow f = new Flow("out-jp", "x", "JP", "outbound", "sexual", "2003", "To Japan", "A Japón", List.of(c), "",
                GF.createLineString(new Coordinate[] {new Coordinate(-78, -5), new Coordinate(138, 36.5)}), "Japan", "Japón");
        StatTable t = new StatTable("tab", "Test table", "Tabla de prueba", "2010", "cases", "listed rows", c,
                List.of(new StatRow("PE-AAA", "North", 10.0, null, ""), new StatRow("PE-BBB", "South", 30.0, null, "")), "");
        Catalog cat = new Catalog(List.of(a, b), List.of(x, y), List.of(r), List.of(h), List.of(t), List.of(f));
        return new ExportData(List.of(north, south), List.of(peru, bolivia), cat);
    }
}
