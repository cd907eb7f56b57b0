package pe.rutas.io;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;
import org.locationtech.jts.coverage.CoverageGapFinder;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.distance.DistanceOp;
import pe.rutas.model.Country;
import pe.rutas.model.Department;

/**
 * Checks the committed boundary layers in {@code geodata/} (found through the system property
 * {@code rutas.geodata}, else {@code ./geodata}). Tolerances are stated where they are used.
 */
class BoundaryLayersTest {
    /** Union of departments vs world-atlas Peru: measured 0.039 % symmetric difference. */
    static final double MAX_OUTLINE_AREA_DIFFERENCE = 0.001;
    /** ... and a Hausdorff distance of 0.22 km (world-atlas is quantized to 0.0036° × 0.0017°). */
    static final double MAX_OUTLINE_HAUSDORFF_KM = 0.5;
    static final double KM_PER_DEGREE = 111.32;

    static Path dir;
    static List<Department> departments;
    static List<Country> countries;

    @BeforeAll
    static void load() throws Exception {
        String p = System.getProperty("rutas.geodata");
        dir = Path.of(p == null || p.isBlank() ? "geodata" : p);
        BoundaryLoader loader = new BoundaryLoader();
        departments = loader.departments(dir);
        countries = loader.countries(dir);
        assertEquals(List.of(), loader.problems(), "the shipped boundary files load without problems");
    }

    static Map<String, Department> byIso() {
        Map<String, Department> m = new LinkedHashMap<>();
        for (Department d : departments) assertNull(m.put(d.iso(), d), "duplicate " + d.iso());
        return m;
    }

    @Test
    void twentySixUnitsEachIsoCodeOnceWithOfficialSpanishNames() {
        Map<String, String> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("PE-AMA", "Amazonas"), Map.entry("PE-ANC", "Áncash"), Map.entry("PE-APU", "Apurímac"),
                Map.entry("PE-ARE", "Arequipa"), Map.entry("PE-AYA", "Ayacucho"), Map.entry("PE-CAJ", "Cajamarca"),
                Map.entry("PE-CAL", "Callao"), Map.entry("PE-CUS", "Cusco"), Map.entry("PE-HUV", "Huancavelica"),
                Map.entry("PE-HUC", "Huánuco"), Map.entry("PE-ICA", "Ica"), Map.entry("PE-JUN", "Junín"),
                Map.entry("PE-LAL", "La Libertad"), Map.entry("PE-LAM", "Lambayeque"), Map.entry("PE-LIM", "Lima"),
                Map.entry("PE-LMA", "Lima Metropolitana"), Map.entry("PE-LOR", "Loreto"), Map.entry("PE-MDD", "Madre de Dios"),
                Map.entry("PE-MOQ", "Moquegua"), Map.entry("PE-PAS", "Pasco"), Map.entry("PE-PIU", "Piura"),
                Map.entry("PE-PUN", "Puno"), Map.entry("PE-SAM", "San Martín"), Map.entry("PE-TAC", "Tacna"),
                Map.entry("PE-TUM", "Tumbes"), Map.entry("PE-UCA", "Ucayali")));
        assertEquals(26, departments.size());
        Map<String, String> actual = new TreeMap<>();
        for (Department d : byIso().values()) actual.put(d.iso(), d.name());
        assertEquals(expected, actual);
        for (Department d : departments) {
            assertFalse(d.nameEn().isBlank(), d.iso() + " has no English name");
            assertTrue(d.neAdm1Code().matches("PER-\\d+"), d.iso() + ": " + d.neAdm1Code());
        }
    }

    @Test
    void mislabelledSourcePolygonsCarryTheirRealCodes() {
        Map<String, Department> m = byIso();
        assertEquals("PER-573", m.get("PE-PUN").neAdm1Code(), "Natural Earth named Puno's polygon \"Callao\"");
        assertEquals("PER-3505", m.get("PE-CAL").neAdm1Code());
        assertEquals("PER-587", m.get("PE-LMA").neAdm1Code(), "\"Lima Province\" is Lima Metropolitana");
        assertEquals("PER-591", m.get("PE-LIM").neAdm1Code());
        assertTrue(m.get("PE-LMA").geometry().intersection(m.get("PE-LIM").geometry()).getArea() == 0, "Lima region and Lima Metropolitana overlap");
    }

    @Test
    void capitalsAreTheOfficialDepartmentCapitals() {
        Map<String, String> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("PE-AMA", "Chachapoyas"), Map.entry("PE-ANC", "Huaraz"), Map.entry("PE-APU", "Abancay"),
                Map.entry("PE-ARE", "Arequipa"), Map.entry("PE-AYA", "Ayacucho"), Map.entry("PE-CAJ", "Cajamarca"),
                Map.entry("PE-CAL", "Callao"), Map.entry("PE-CUS", "Cusco"), Map.entry("PE-HUV", "Huancavelica"),
                Map.entry("PE-HUC", "Huánuco"), Map.entry("PE-ICA", "Ica"), Map.entry("PE-JUN", "Huancayo"),
                Map.entry("PE-LAL", "Trujillo"), Map.entry("PE-LAM", "Chiclayo"), Map.entry("PE-LIM", "Huacho"),
                Map.entry("PE-LMA", "Lima"), Map.entry("PE-LOR", "Iquitos"), Map.entry("PE-MDD", "Puerto Maldonado"),
                Map.entry("PE-MOQ", "Moquegua"), Map.entry("PE-PAS", "Cerro de Pasco"), Map.entry("PE-PIU", "Piura"),
                Map.entry("PE-PUN", "Puno"), Map.entry("PE-SAM", "Moyobamba"), Map.entry("PE-TAC", "Tacna"),
                Map.entry("PE-TUM", "Tumbes"), Map.entry("PE-UCA", "Pucallpa")));
        Map<String, String> actual = new TreeMap<>();
        for (Department d : departments) actual.put(d.iso(), d.capitalName());
        assertEquals(expected, actual);
    }

    @Test
    void eachCapitalLiesInsideOrWithinFiveKilometresOfItsOwnDepartment() {
        List<String> failures = new ArrayList<>();
        for (Department d : departments) {
            double km = distanceKm(d.geometry(), d);
            if (km > 5) failures.add(d.iso() + " capital " + d.capitalName() + " is " + km + " km away");
            // And no other unit holds it: catches a polygon carrying the wrong name (PER-573 was "Callao").
            for (Department other : departments) {
                if (other != d && other.geometry().contains(d.capital())) {
                    failures.add(d.capitalName() + " lies in " + other.iso() + ", not in " + d.iso());
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    private static double distanceKm(Geometry g, Department d) {
        if (g.contains(d.capital())) return 0;
        var nearest = DistanceOp.nearestPoints(g, d.capital());
        double dLat = nearest[0].y - nearest[1].y;
        double dLon = (nearest[0].x - nearest[1].x) * Math.cos(Math.toRadians(nearest[1].y));
        return Math.hypot(dLat, dLon) * KM_PER_DEGREE;
    }

    @Test
    void everyPolygonIsValidWithCounterClockwiseExteriorsAndClockwiseHoles() {
        List<Geometry> all = new ArrayList<>();
        departments.forEach(d -> all.add(d.geometry()));
        countries.forEach(c -> all.add(c.geometry()));
        for (Geometry g : all) {
            assertTrue(g.isValid(), () -> "invalid polygon " + g.getEnvelopeInternal());
            for (int i = 0; i < g.getNumGeometries(); i++) {
                Polygon p = (Polygon) g.getGeometryN(i);
                assertTrue(Orientation.isCCW(p.getExteriorRing().getCoordinates()), "exterior ring must be counter-clockwise");
                for (int k = 0; k < p.getNumInteriorRing(); k++) {
                    assertFalse(Orientation.isCCW(p.getInteriorRingN(k).getCoordinates()), "hole must be clockwise");
                }
            }
        }
    }

    @Test
    void everyNumberHasExactlyFiveDecimals() throws Exception {
        Pattern number = Pattern.compile("(?<=[\\[,:])-?\\d[\\d.eE+-]*(?=[\\],}])");
        for (String file : List.of("departments.geojson", "countries.geojson")) {
            String text = Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
            Matcher m = number.matcher(text);
            int count = 0;
            while (m.find()) {
                count++;
                assertTrue(m.group().matches("-?\\d{1,3}\\.\\d{5}"), file + ": number " + m.group());
            }
            assertTrue(count > 1000, file + " has only " + count + " numbers");
            assertTrue(text.lines().count() > 6, file + " should have one feature per line");
        }
    }

    @Test
    void departmentsTileWithoutGapsOrOverlaps() {
        Geometry[] geoms = departments.stream().map(Department::geometry).toArray(Geometry[]::new);
        Geometry[] invalid = CoverageValidator.validate(geoms);
        for (int i = 0; i < invalid.length; i++) {
            assertNull(invalid[i], departments.get(i).iso() + " has edges that do not match its neighbours: " + invalid[i]);
        }
        // Any hole in the union narrower than 0.01° (~1.1 km) would be a gap between neighbours.
        Geometry gaps = CoverageGapFinder.findGaps(geoms, 0.01);
        assertTrue(gaps == null || gaps.isEmpty(), () -> "gaps: " + gaps);
        double sum = 0;
        for (Geometry g : geoms) sum += g.getArea();
        Geometry union = OverlayNGRobust.union(new GeometryFactory().createGeometryCollection(geoms));
        assertEquals(union.getArea(), sum, 1e-9, "areas of neighbours overlap");
    }

    @Test
    void departmentsCoverPeruOutlineWithinTolerance() {
        Geometry peru = countries.stream().filter(c -> c.isoA2().equals("PE")).findFirst().orElseThrow().geometry();
        Geometry union = OverlayNGRobust.union(new GeometryFactory().createGeometryCollection(
                departments.stream().map(Department::geometry).toArray(Geometry[]::new)));
        double ratio = OverlayNGRobust.overlay(union, peru, OverlayNG.SYMDIFFERENCE).getArea() / peru.getArea();
        assertTrue(ratio < MAX_OUTLINE_AREA_DIFFERENCE, "area difference ratio " + ratio);
        double hausdorffKm = DiscreteHausdorffDistance.distance(union, peru, 0.25) * KM_PER_DEGREE;
        assertTrue(hausdorffKm < MAX_OUTLINE_HAUSDORFF_KM, "Hausdorff distance " + hausdorffKm + " km");
    }

    @Test
    void countriesArePeruAndItsNeighboursInsideTheBox() {
        assertEquals(Map.of("BO", "BOL", "BR", "BRA", "CL", "CHL", "CO", "COL", "EC", "ECU", "PE", "PER"),
                countries.stream().collect(Collectors.toMap(Country::isoA2, Country::isoA3)));
        assertEquals("Perú", countries.stream().filter(c -> c.isoA2().equals("PE")).findFirst().orElseThrow().nameEs());
        assertEquals("Brasil", countries.stream().filter(c -> c.isoA2().equals("BR")).findFirst().orElseThrow().nameEs());
        Envelope box = new Envelope(-84, -66, -20, 1);
        Geometry peru = countries.stream().filter(c -> c.isoA2().equals("PE")).findFirst().orElseThrow().geometry();
        for (Country c : countries) {
            assertTrue(box.covers(c.geometry().getEnvelopeInternal()), c.isoA2() + " sticks out of the box");
            assertFalse(c.name().isBlank());
            if (!c.isoA2().equals("PE")) {
                assertTrue(c.geometry().distance(peru) < 0.01, c.isoA2() + " does not border Peru");
                double overlap = c.geometry().intersection(peru).getArea();
                assertTrue(overlap < 1e-4 * peru.getArea(), c.isoA2() + " overlaps Peru by " + overlap);
            }
        }
    }
}
