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
 * the class path ({@code /geodata/}) into a {@link Catalog}, twice over one parse: once with
 * English prose and once with Spanish prose (see {@link pe.rutas.model.BilingualCatalog}; prose
 * fields take their {@code <key>_es} companion when it is a non-blank string, else English).
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
        ParsedFiles parsed = new ParsedFiles(files);
        Run english = new Run(parsed, false);
        Catalog catalog = english.catalog();
        // The Spanish pass reads the same parsed trees, so it keeps exactly the entries the English
        // pass keeps; its problems repeat the English ones and are dropped.
        Catalog spanish = new Run(parsed, true).catalog();
        return new CatalogLoad(catalog, spanish, english.problems);
    }

    /**
     * The files of one load, each parsed at most once however many passes read it: the JSON
     * entries or GeoJSON features, with the problems met reading them.
     */
    private final class ParsedFiles {
        private final CatalogFiles files;
        private final Map<String, Parsed<JsonArrayFile.Entry>> entries = new java.util.HashMap<>();
        private final Map<String, Parsed<GeoFeature>> features = new java.util.HashMap<>();

        ParsedFiles(CatalogFiles files) {
            this.files = files;
        }

        String display(String name) {
            return files.display(name);
        }

        Parsed<JsonArrayFile.Entry> entries(String name, String member) {
            return entries.computeIfAbsent(name, n -> {
                try (Reader r = files.open(n)) {
                    return new Parsed<>(JsonArrayFile.read(files.display(n), r, member), List.of());
                } catch (DataFileException e) {
                    return Parsed.failed(new LoadProblem(e.file(), -1, e.line(), LoadProblem.Severity.ERROR, unusable(e)));
                } catch (IOException e) {
                    return Parsed.failed(LoadProblem.error(files.display(n), -1, Message.of("catalog.cannotClose", e.getMessage())));
                }
            });
        }

        Parsed<GeoFeature> features(String name) {
            return features.computeIfAbsent(name, n -> {
                try {
                    FeatureCollection fc = files.readGeoJson(geoJson, n);
                    return new Parsed<>(fc.features(), fc.problems());
                } catch (DataFileException e) {
                    return Parsed.failed(new LoadProblem(e.file(), -1, e.line(), LoadProblem.Severity.ERROR, unusable(e)));
                }
            });
        }
    }

    /** What one file yielded: its items, and the problems met reading it. */
    private record Parsed<T>(List<T> items, List<LoadProblem> problems) {
        static <T> Parsed<T> failed(LoadProblem problem) {
            return new Parsed<>(List.of(), List.of(problem));
        }
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

    /**
     * One pass over the parsed files in one prose language: problems so far and the ids known for
     * cross-checks.
     */
    private final class Run {
        private final ParsedFiles files;
        private final boolean spanish;
        private final List<LoadProblem> problems = new ArrayList<>();
        private final Set<String> sourceIds = new HashSet<>();
        private final Map<String, Place> placesById = new java.util.HashMap<>();
        private final List<Message> companionIssues = new ArrayList<>();

        Run(ParsedFiles files, boolean spanish) {
            this.files = files;
            this.spanish = spanish;
        }

        Catalog catalog() {
            List<Source> sources = sources();
            List<Place> places = places();
            List<Route> routes = routes();
            List<Hotspot> hotspots = hotspots();
            List<StatTable> tables = tables();
            List<Flow> flows = flows();
            return new Catalog(sources, places, routes, hotspots, tables, flows);
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
                            f.prose("url_note"), f.citations("cited_by"), f.prose("note"));
                    if (!sourceIds.add(s.id())) {
                        throw new EntryProblem(Message.of("catalog.duplicate.source", s.id()));
                    }
                    out.add(s);
                    indexes.add(e.index());
                    companionWarnings(file, e.index(), e.line(), Message.of("catalog.where.source", s.id()));
                } catch (EntryProblem p) {
                    companionIssues.clear();
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
                    Fields f = fields(g.properties());
                    Place p = new Place(f.required("id"), f.required("name"), f.required("name_es"),
                            f.required("department"), point(g), f.citations("citations"), f.prose("note"));
                    if (placesById.putIfAbsent(p.id(), p) != null) {
                        throw new EntryProblem(Message.of("catalog.duplicate.place", p.id()));
                    }
                    checkDepartment(file, g.index(), p.department());
                    checkCitations(file, g.index(), Message.of("catalog.where.place", p.id()), p.citations());
                    out.add(p);
                    companionWarnings(file, g.index(), -1, Message.of("catalog.where.place", p.id()));
                } catch (EntryProblem p) {
                    companionIssues.clear();
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
                    Fields f = fields(g.properties());
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
                            f.proseList("notes"));
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
                    companionWarnings(file, g.index(), -1, Message.of("catalog.where.route", id));
                } catch (EntryProblem p) {
                    companionIssues.clear();
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
                    f.citations("citations"), f.prose("note"));
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
                    Fields f = fields(g.properties());
                    String id = f.required("id");
                    List<Figure> figures = new ArrayList<>();
                    for (Fields x : f.objects("figures")) {
                        figures.add(new Figure(x.requiredNumber("value"), x.required("label"), x.required("label_es"),
                                x.requiredProse("unit"), x.requiredProse("period"), x.citation("citation"), x.prose("note")));
                    }
                    Hotspot h = new Hotspot(id, f.required("name"), f.required("name_es"), f.required("department"),
                            f.required("kind"), f.required("exploitation"), point(g), figures,
                            f.citations("citations"), f.proseList("notes"));
                    if (!ids.add(id)) {
                        throw new EntryProblem(Message.of("catalog.duplicate.hotspot", id));
                    }
                    checkDepartment(file, g.index(), h.department());
                    checkValue(file, g.index(), Message.of("catalog.where.field", Message.of("catalog.where.hotspot", id), "exploitation"), h.exploitation(), EXPLOITATION::contains);
                    checkCitations(file, g.index(), Message.of("catalog.where.hotspot", id), Catalog.citationsOf(h));
                    out.add(h);
                    companionWarnings(file, g.index(), -1, Message.of("catalog.where.hotspot", id));
                } catch (EntryProblem p) {
                    companionIssues.clear();
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
                        rows.add(new StatRow(r.required("key"), r.requiredProse("label"), r.number("value"),
                                r.number("percent"), r.prose("note")));
                    }
                    StatTable t = new StatTable(id, f.required("title"), f.required("title_es"), f.requiredProse("period"),
                            f.requiredProse("unit"), f.prose("base"), f.citation("citation"), rows, f.prose("note"),
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
                    companionWarnings(file, e.index(), e.line(), Message.of("catalog.where.table", id));
                } catch (EntryProblem p) {
                    companionIssues.clear();
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
                    Fields f = fields(g.properties());
                    String id = f.required("flow_id");
                    Geometry geometry = g.geometry();
                    if (!(geometry instanceof LineString) && !(geometry instanceof Point)) {
                        throw new EntryProblem(Message.of("catalog.flowGeometry", id, geometry.getGeometryType()));
                    }
                    Flow flow = new Flow(id, f.required("from"), f.required("to"), f.required("direction"),
                            f.required("exploitation"), f.requiredProse("period"), f.required("name"), f.required("name_es"),
                            f.citations("citations"), f.prose("note"), geometry, f.optional("foreign_name"),
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
                    companionWarnings(file, g.index(), -1, Message.of("catalog.where.flow", id));
                } catch (EntryProblem p) {
                    companionIssues.clear();
                    problems.add(LoadProblem.error(file, g.index(), p.text()));
                }
            }
            return out;
        }

        private List<JsonArrayFile.Entry> entries(String name, String member) {
            Parsed<JsonArrayFile.Entry> parsed = files.entries(name, member);
            problems.addAll(parsed.problems());
            return parsed.items();
        }

        private List<GeoFeature> features(String name) {
            Parsed<GeoFeature> parsed = files.features(name);
            problems.addAll(parsed.problems());
            return parsed.items();
        }

        private Fields fields(JsonArrayFile.Entry e) throws EntryProblem {
            Map<String, Object> obj = e.object();
            if (obj == null) {
                throw new EntryProblem(Message.of("catalog.entryNotObject"));
            }
            return fields(obj);
        }

        /**
         * A view of one entry in this pass's language. The English pass collects unusable Spanish
         * companions for {@link #companionWarnings}; the Spanish pass would only repeat them.
         */
        private Fields fields(Map<String, Object> values) {
            return new Fields(values, spanish, spanish ? null : companionIssues);
        }

        /** One warning per unusable Spanish companion of the entry just loaded. */
        private void companionWarnings(String file, int index, int line, Message where) {
            for (Message issue : companionIssues) {
                problems.add(new LoadProblem(file, index, line, LoadProblem.Severity.WARNING,
                        Message.of("catalog.companion", where, issue)));
            }
            companionIssues.clear();
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
