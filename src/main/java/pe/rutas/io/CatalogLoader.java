package pe.rutas.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.Point;
import pe.rutas.io.Fields.EntryProblem;
import pe.rutas.model.Basis;
import pe.rutas.model.Catalog;
import pe.rutas.model.Citation;
import pe.rutas.model.Figure;
import pe.rutas.model.Flow;
import pe.rutas.model.GeoFeature;
import pe.rutas.model.Hotspot;
import pe.rutas.model.Place;
import pe.rutas.model.Route;
import pe.rutas.model.RouteSegment;
import pe.rutas.model.Source;
import pe.rutas.model.StatRow;
import pe.rutas.model.StatTable;

/**
 * Loads the evidence catalog ({@code sources.json}, {@code places.geojson}, {@code routes.geojson},
 * {@code hotspots.geojson}, {@code statistics.json}, {@code flows.geojson}) from a directory or from
 * the class path ({@code /geodata/}) into a {@link Catalog}.
 *
 * <p>Never throws for bad data: a missing or unusable file gives one problem and an empty list for
 * that part; a bad entry is skipped with a problem naming file, index and (for the JSON files)
 * line; an entry that loads but cites an unknown source or names an unknown place gives a warning.
 * Blocking I/O: call off the FX thread. One instance may be reused; it keeps no state between loads.
 */
public final class CatalogLoader {
    public static final String SOURCES = "sources.json";
    public static final String PLACES = "places.geojson";
    public static final String ROUTES = "routes.geojson";
    public static final String HOTSPOTS = "hotspots.geojson";
    public static final String STATISTICS = "statistics.json";
    public static final String FLOWS = "flows.geojson";
    /** Same ceiling as {@link GeoJsonReader}: a hostile file must not exhaust memory. */
    private static final long MAX_JSON_BYTES = 64L * 1024 * 1024;
    private static final Pattern DEPARTMENT = Pattern.compile("PE-[A-Z]{3}");
    /** A segment's end may lie this far (degrees) from the place it names before we warn. */
    private static final double ENDPOINT_TOLERANCE_DEG = 0.005;
    private static final Set<String> KINDS = Set.of(Source.SEED, Source.PRIMARY);
    private static final Set<String> DIRECTIONS = Set.of("outbound", "inbound", "transit");
    private static final Set<String> EXPLOITATION = Set.of("sexual", "labour", "both", "unspecified");

    private final GeoJsonReader geoJson;

    public CatalogLoader() {
        this(new GeoJsonReader());
    }

    public CatalogLoader(GeoJsonReader geoJson) {
        this.geoJson = geoJson;
    }

    /** Loads the catalog files from a directory such as the project's {@code geodata/}. */
    public CatalogLoad load(Path directory) {
        return load(new DirectoryFiles(directory));
    }

    /** Loads the catalog shipped in the jar under {@code /geodata/}. */
    public CatalogLoad loadClasspath() {
        return load(new ClasspathFiles("/geodata/"));
    }

    private CatalogLoad load(CatalogFiles files) {
        Run run = new Run(files);
        List<Source> sources = run.sources();
        List<Place> places = run.places();
        List<Route> routes = run.routes();
        List<Hotspot> hotspots = run.hotspots();
        List<StatTable> tables = run.tables();
        List<Flow> flows = run.flows();
        return new CatalogLoad(new Catalog(sources, places, routes, hotspots, tables, flows), run.problems);
    }

    /** Where the files come from. */
    private interface CatalogFiles {
        String display(String name);

        Reader open(String name) throws DataFileException;

        FeatureCollection readGeoJson(GeoJsonReader reader, String name) throws DataFileException;
    }

    private record DirectoryFiles(Path directory) implements CatalogFiles {
        @Override
        public String display(String name) {
            return directory.resolve(name).toString();
        }

        @Override
        public Reader open(String name) throws DataFileException {
            Path path = directory.resolve(name);
            String shown = path.toString();
            try {
                long size = Files.size(path);
                if (size == 0) {
                    throw new DataFileException(shown, Message.of("file.empty"));
                }
                if (size > MAX_JSON_BYTES) {
                    throw new DataFileException(shown, Message.of("file.overLimit", (size >> 20) + " MiB", (MAX_JSON_BYTES >> 20) + " MiB"));
                }
                return Files.newBufferedReader(path, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new DataFileException(shown, -1, Message.of("file.notFound"), e);
            } catch (IOException e) {
                throw new DataFileException(shown, -1, Message.of("file.cannotRead", e.getMessage()), e);
            }
        }

        @Override
        public FeatureCollection readGeoJson(GeoJsonReader reader, String name) throws DataFileException {
            return reader.read(directory.resolve(name));
        }
    }

    private record ClasspathFiles(String prefix) implements CatalogFiles {
        @Override
        public String display(String name) {
            return prefix + name;
        }

        @Override
        public Reader open(String name) throws DataFileException {
            InputStream in = CatalogLoader.class.getResourceAsStream(prefix + name);
            if (in == null) {
                throw new DataFileException(display(name), Message.of("catalog.notOnClassPath"));
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }

        @Override
        public FeatureCollection readGeoJson(GeoJsonReader reader, String name) throws DataFileException {
            try (Reader r = open(name)) {
                return reader.read(display(name), r);
            } catch (IOException e) {
                throw new DataFileException(display(name), -1, Message.of("catalog.cannotRead", e.getMessage()), e);
            }
        }
    }

    /** The state of one load: problems so far and the ids known for cross-checks. */
    private final class Run {
        private final CatalogFiles files;
        private final List<LoadProblem> problems = new ArrayList<>();
        private final Set<String> sourceIds = new HashSet<>();
        private final Map<String, Place> placesById = new java.util.HashMap<>();

        Run(CatalogFiles files) {
            this.files = files;
        }

        List<Source> sources() {
            String file = files.display(SOURCES);
            List<Source> out = new ArrayList<>();
            List<Integer> indexes = new ArrayList<>();
            for (JsonArrayFile.Entry e : entries(SOURCES, "sources")) {
                try {
                    Fields f = fields(e);
                    String kind = f.required("kind");
                    if (!KINDS.contains(kind)) {
                        throw new EntryProblem(Message.of("catalog.badKind", kind));
                    }
                    Source s = new Source(f.required("id"), kind, f.required("title"), f.optional("author"),
                            f.optional("publisher"), f.optional("date"), f.integer("year"), f.optional("url"),
                            f.optional("url_note"), f.citations("cited_by"), f.optional("note"));
                    if (!sourceIds.add(s.id())) {
                        throw new EntryProblem(Message.of("catalog.duplicate.source", s.id()));
                    }
                    out.add(s);
                    indexes.add(e.index());
                } catch (EntryProblem p) {
                    problems.add(new LoadProblem(file, e.index(), e.line(), LoadProblem.Severity.ERROR, p.text()));
                }
            }
            // Cited-by links may point to sources later in the file, so they are checked last.
            for (int i = 0; i < out.size(); i++) {
                checkCitations(file, indexes.get(i), Message.of("catalog.where.field", Message.of("catalog.where.source", out.get(i).id()), "cited_by"), out.get(i).citedBy());
            }
            return out;
        }

        List<Place> places() {
            String file = files.display(PLACES);
            List<Place> out = new ArrayList<>();
            for (GeoFeature g : features(PLACES)) {
                try {
                    Fields f = new Fields(g.properties());
                    Place p = new Place(f.required("id"), f.required("name"), f.required("name_es"),
                            f.required("department"), point(g), f.citations("citations"), f.optional("note"));
                    if (placesById.putIfAbsent(p.id(), p) != null) {
                        throw new EntryProblem(Message.of("catalog.duplicate.place", p.id()));
                    }
                    checkDepartment(file, g.index(), p.department());
                    checkCitations(file, g.index(), Message.of("catalog.where.place", p.id()), p.citations());
                    out.add(p);
                } catch (EntryProblem p) {
                    problems.add(LoadProblem.error(file, g.index(), p.text()));
                }
            }
            return out;
        }

        List<Route> routes() {
            String file = files.display(ROUTES);
            List<Route> out = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (GeoFeature g : features(ROUTES)) {
                try {
                    Fields f = new Fields(g.properties());
                    String id = f.required("route_id");
                    List<LineString> lines = lines(g.geometry());
                    List<Fields> segs = f.objects("segments");
                    if (segs.size() != lines.size()) {
                        throw new EntryProblem(Message.of("catalog.segmentsMismatch", id, lines.size(), segs.size()));
                    }
                    List<RouteSegment> segments = new ArrayList<>();
                    for (int i = 0; i < lines.size(); i++) {
                        segments.add(segment(file, g.index(), id, i, lines.get(i), segs.get(i)));
                    }
                    Route r = new Route(id, f.required("name"), f.required("name_es"), f.optional("name_source"),
                            f.strings("destinations"), f.strings("origins"), segments, f.citations("citations"),
                            f.strings("notes"));
                    if (!ids.add(id)) {
                        throw new EntryProblem(Message.of("catalog.duplicate.route", id));
                    }
                    for (String d : r.destinations()) {
                        checkPlace(file, g.index(), Message.of("catalog.where.destination", Message.of("catalog.where.route", id)), d);
                    }
                    for (String o : r.origins()) {
                        if (!DEPARTMENT.matcher(o).matches()) {
                            checkPlace(file, g.index(), Message.of("catalog.where.origin", Message.of("catalog.where.route", id)), o);
                        }
                    }
                    checkCitations(file, g.index(), Message.of("catalog.where.route", id), r.citations());
                    out.add(r);
                } catch (EntryProblem p) {
                    problems.add(LoadProblem.error(file, g.index(), p.text()));
                }
            }
            return out;
        }

        private RouteSegment segment(String file, int index, String route, int i, LineString line, Fields f)
                throws EntryProblem {
            Message where = Message.of("catalog.where.segment", Message.of("catalog.where.route", route), i);
            String basisText = f.required("basis");
            Basis basis;
            try {
                basis = Basis.valueOf(basisText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new EntryProblem(Message.of("catalog.badBasis", where, basisText));
            }
            RouteSegment s = new RouteSegment(line, basis, f.required("from"), f.required("to"),
                    f.citations("citations"), f.optional("note"));
            if (basis == Basis.DOCUMENTED && s.citations().isEmpty()) {
                throw new EntryProblem(Message.of("catalog.documentedUncited", where));
            }
            checkEnd(file, index, Message.of("catalog.where.start", where), s.from(), line.getCoordinateN(0));
            checkEnd(file, index, Message.of("catalog.where.end", where), s.to(), line.getCoordinateN(line.getNumPoints() - 1));
            checkCitations(file, index, where, s.citations());
            return s;
        }

        List<Hotspot> hotspots() {
            String file = files.display(HOTSPOTS);
            List<Hotspot> out = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (GeoFeature g : features(HOTSPOTS)) {
                try {
                    Fields f = new Fields(g.properties());
                    String id = f.required("id");
                    List<Figure> figures = new ArrayList<>();
                    for (Fields x : f.objects("figures")) {
                        figures.add(new Figure(x.requiredNumber("value"), x.required("label"), x.required("label_es"),
                                x.required("unit"), x.required("period"), x.citation("citation"), x.optional("note")));
                    }
                    Hotspot h = new Hotspot(id, f.required("name"), f.required("name_es"), f.required("department"),
                            f.required("kind"), f.required("exploitation"), point(g), figures,
                            f.citations("citations"), f.strings("notes"));
                    if (!ids.add(id)) {
                        throw new EntryProblem(Message.of("catalog.duplicate.hotspot", id));
                    }
                    checkDepartment(file, g.index(), h.department());
                    checkValue(file, g.index(), Message.of("catalog.where.field", Message.of("catalog.where.hotspot", id), "exploitation"), h.exploitation(), EXPLOITATION::contains);
                    checkCitations(file, g.index(), Message.of("catalog.where.hotspot", id), Catalog.citationsOf(h));
                    out.add(h);
                } catch (EntryProblem p) {
                    problems.add(LoadProblem.error(file, g.index(), p.text()));
                }
            }
            return out;
        }

        List<StatTable> tables() {
            String file = files.display(STATISTICS);
            List<StatTable> out = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (JsonArrayFile.Entry e : entries(STATISTICS, "tables")) {
                try {
                    Fields f = fields(e);
                    String id = f.required("id");
                    List<StatRow> rows = new ArrayList<>();
                    for (Fields r : f.objects("rows")) {
                        rows.add(new StatRow(r.required("key"), r.required("label"), r.number("value"),
                                r.number("percent"), r.optional("note")));
                    }
                    StatTable t = new StatTable(id, f.required("title"), f.required("title_es"), f.required("period"),
                            f.required("unit"), f.optional("base"), f.citation("citation"), rows, f.optional("note"),
                            f.number("base_value"), f.bool("mappable", true));
                    if (!ids.add(id)) {
                        throw new EntryProblem(Message.of("catalog.duplicate.table", id));
                    }
                    if (t.base().isBlank() && rows.stream().anyMatch(r -> r.percent() != null)) {
                        throw new EntryProblem(Message.of("catalog.noBase", id));
                    }
                    for (StatRow r : t.departmentRows()) {
                        checkDepartment(file, e.index(), r.key());
                    }
                    checkCitations(file, e.index(), Message.of("catalog.where.table", id), List.of(t.citation()));
                    out.add(t);
                } catch (EntryProblem p) {
                    problems.add(new LoadProblem(file, e.index(), e.line(), LoadProblem.Severity.ERROR, p.text()));
                }
            }
            return out;
        }

        List<Flow> flows() {
            String file = files.display(FLOWS);
            List<Flow> out = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (GeoFeature g : features(FLOWS)) {
                try {
                    Fields f = new Fields(g.properties());
                    String id = f.required("flow_id");
                    Geometry geometry = g.geometry();
                    if (!(geometry instanceof LineString) && !(geometry instanceof Point)) {
                        throw new EntryProblem(Message.of("catalog.flowGeometry", id, geometry.getGeometryType()));
                    }
                    Flow flow = new Flow(id, f.required("from"), f.required("to"), f.required("direction"),
                            f.required("exploitation"), f.required("period"), f.required("name"), f.required("name_es"),
                            f.citations("citations"), f.optional("note"), geometry, f.optional("foreign_name"),
                            f.optional("foreign_name_es"));
                    if (!ids.add(id)) {
                        throw new EntryProblem(Message.of("catalog.duplicate.flow", id));
                    }
                    if (flow.citations().isEmpty()) {
                        throw new EntryProblem(Message.of("catalog.flowUncited", id));
                    }
                    Message at = Message.of("catalog.where.flow", id);
                    checkEndpoint(file, g.index(), Message.of("catalog.where.field", at, "from"), flow.from());
                    checkEndpoint(file, g.index(), Message.of("catalog.where.field", at, "to"), flow.to());
                    checkValue(file, g.index(), Message.of("catalog.where.field", at, "direction"), flow.direction(), DIRECTIONS::contains);
                    checkValue(file, g.index(), Message.of("catalog.where.field", at, "exploitation"), flow.exploitation(), EXPLOITATION::contains);
                    checkCitations(file, g.index(), at, flow.citations());
                    out.add(flow);
                } catch (EntryProblem p) {
                    problems.add(LoadProblem.error(file, g.index(), p.text()));
                }
            }
            return out;
        }

        private List<JsonArrayFile.Entry> entries(String name, String member) {
            try (Reader r = files.open(name)) {
                return JsonArrayFile.read(files.display(name), r, member);
            } catch (DataFileException e) {
                problems.add(new LoadProblem(e.file(), -1, e.line(), LoadProblem.Severity.ERROR, unusable(e)));
            } catch (IOException e) {
                problems.add(LoadProblem.error(files.display(name), -1, Message.of("catalog.cannotClose", e.getMessage())));
            }
            return List.of();
        }

        private List<GeoFeature> features(String name) {
            try {
                FeatureCollection fc = files.readGeoJson(geoJson, name);
                problems.addAll(fc.problems());
                return fc.features();
            } catch (DataFileException e) {
                problems.add(new LoadProblem(e.file(), -1, e.line(), LoadProblem.Severity.ERROR, unusable(e)));
                return List.of();
            }
        }

        private Fields fields(JsonArrayFile.Entry e) throws EntryProblem {
            Map<String, Object> obj = e.object();
            if (obj == null) {
                throw new EntryProblem(Message.of("catalog.entryNotObject"));
            }
            return new Fields(obj);
        }

        private void checkCitations(String file, int index, Message where, List<Citation> citations) {
            for (Citation c : citations) {
                if (!sourceIds.contains(c.source())) {
                    problems.add(LoadProblem.warning(file, index, Message.of("catalog.unknownSource", where, c.source())));
                }
                if (c.locator().isBlank()) {
                    problems.add(LoadProblem.warning(file, index, Message.of("catalog.noLocator", where, c.source())));
                }
            }
        }

        private void checkPlace(String file, int index, Message where, String id) {
            if (!placesById.containsKey(id)) {
                problems.add(LoadProblem.warning(file, index, Message.of("catalog.unknownPlace", where, id)));
            }
        }

        private void checkEndpoint(String file, int index, Message where, String endpoint) {
            if (!Flow.isCountryCode(endpoint) && !Flow.isRegion(endpoint)) {
                checkPlace(file, index, where, endpoint);
            }
        }

        private void checkEnd(String file, int index, Message where, String placeId, Coordinate at) {
            Place p = placesById.get(placeId);
            if (p == null) {
                checkPlace(file, index, where, placeId);
            } else if (p.point().getCoordinate().distance(at) > ENDPOINT_TOLERANCE_DEG) {
                problems.add(LoadProblem.warning(file, index, Message.of("catalog.notAtPlace", where, placeId,
                        at.x, at.y, p.point().getX(), p.point().getY())));
            }
        }

        private void checkDepartment(String file, int index, String code) {
            if (!DEPARTMENT.matcher(code).matches()) {
                problems.add(LoadProblem.warning(file, index, Message.of("catalog.notDepartment", code)));
            }
        }

        private void checkValue(String file, int index, Message where, String value, Predicate<String> allowed) {
            if (!allowed.test(value)) {
                problems.add(LoadProblem.warning(file, index, Message.of("catalog.unexpectedValue", where, value)));
            }
        }
    }

    private static Point point(GeoFeature g) throws EntryProblem {
        if (g.geometry() instanceof Point p) {
            return p;
        }
        throw new EntryProblem(Message.of("catalog.notPoint", g.geometry().getGeometryType()));
    }

    private static List<LineString> lines(Geometry g) throws EntryProblem {
        if (g instanceof LineString l) {
            return List.of(l);
        }
        if (g instanceof MultiLineString m) {
            List<LineString> out = new ArrayList<>();
            for (int i = 0; i < m.getNumGeometries(); i++) {
                out.add((LineString) m.getGeometryN(i));
            }
            return out;
        }
        throw new EntryProblem(Message.of("catalog.notMultiLine", g.getGeometryType()));
    }

    private static Message unusable(DataFileException e) {
        return Message.of("catalog.notLoaded", e.problemText());
    }
}
