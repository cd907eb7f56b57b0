package pe.rutas.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import pe.rutas.model.Country;
import pe.rutas.model.Department;
import pe.rutas.model.GeoFeature;

/**
 * Loads the boundary layers of {@code geodata/}: {@code departments.geojson} (first-level units
 * of Peru) and {@code countries.geojson} (Peru and its neighbours, clipped), from a directory or
 * from the classpath under {@code /geodata/}.
 *
 * <p>A file that cannot be used at all throws {@link DataFileException}. A feature that lacks
 * what its record needs is skipped and reported in {@link #problems()} with the file and feature
 * index; a feature that loads but looks wrong (an invalid polygon) is reported as a warning.
 * Coordinates stay GeoJSON order: JTS x = longitude, y = latitude.
 *
 * <p>Not thread-safe: use one loader per load (it is cheap). No JavaFX.
 */
public final class BoundaryLoader {
    public static final String DEPARTMENTS_FILE = "departments.geojson";
    public static final String COUNTRIES_FILE = "countries.geojson";
    /** Classpath folder the build copies {@code geodata/} into. */
    public static final String CLASSPATH_FOLDER = "/geodata/";

    private static final Pattern ISO_3166_2_PE = Pattern.compile("PE-[A-Z]{3}");
    private static final Pattern ALPHA2 = Pattern.compile("[A-Z]{2}");
    private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");

    private final GeoJsonReader reader;
    private final List<LoadProblem> problems = new ArrayList<>();

    public BoundaryLoader() {
        this(new GeoJsonReader());
    }

    public BoundaryLoader(GeoJsonReader reader) {
        this.reader = reader;
    }

    /** Every problem met by this loader so far, in the order found. */
    public List<LoadProblem> problems() {
        return List.copyOf(problems);
    }

    /** Departments from {@code dir/departments.geojson}, in file order. */
    public List<Department> departments(Path dir) throws DataFileException {
        return departments(reader.read(dir.resolve(DEPARTMENTS_FILE)));
    }

    /** Departments from the classpath resource {@code /geodata/departments.geojson}. */
    public List<Department> departments() throws DataFileException {
        return departments(readResource(DEPARTMENTS_FILE));
    }

    /** Countries from {@code dir/countries.geojson}, in file order. */
    public List<Country> countries(Path dir) throws DataFileException {
        return countries(reader.read(dir.resolve(COUNTRIES_FILE)));
    }

    /** Countries from the classpath resource {@code /geodata/countries.geojson}. */
    public List<Country> countries() throws DataFileException {
        return countries(readResource(COUNTRIES_FILE));
    }

    private FeatureCollection readResource(String name) throws DataFileException {
        String resource = CLASSPATH_FOLDER + name;
        String label = "classpath:" + resource;
        InputStream in = BoundaryLoader.class.getResourceAsStream(resource);
        if (in == null) {
            throw new DataFileException(label, Message.of("boundary.noResource"));
        }
        try (in) {
            return reader.read(label, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DataFileException(label, -1, Message.of("boundary.cannotRead", e.getMessage()), e);
        }
    }

    private List<Department> departments(FeatureCollection fc) {
        problems.addAll(fc.problems());
        List<Department> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (GeoFeature f : fc.features()) {
            try {
                Geometry geometry = polygonal(f);
                String iso = required(f, "iso_3166_2");
                if (!ISO_3166_2_PE.matcher(iso).matches()) {
                    throw new Skip(Message.of("boundary.badIsoPe", iso));
                }
                Integer earlier = seen.putIfAbsent(iso, f.index());
                if (earlier != null) {
                    throw new Skip(Message.of("boundary.usedBy", "iso_3166_2", iso, earlier));
                }
                String name = required(f, "name");
                Map<String, Object> capital = f.map("capital");
                if (capital.isEmpty()) {
                    throw new Skip(Message.of("boundary.badCapital", "{\"name\", \"coordinates\"}"));
                }
                Object capitalName = capital.get("name");
                if (!(capitalName instanceof String cn) || cn.isBlank()) {
                    throw new Skip(Message.of("boundary.badCapitalName"));
                }
                Point capitalPoint = lonLat(capital.get("coordinates"), "capital.coordinates");
                warnIfInvalid(fc.file(), f, geometry);
                out.add(new Department(iso, name, f.string("name_en").orElse(""), cn, capitalPoint,
                        f.string("ne_adm1_code").orElse(""), geometry));
            } catch (Skip s) {
                problems.add(LoadProblem.error(fc.file(), f.index(), s.text));
            }
        }
        warnIfEmpty(fc.file(), out, Message.of("boundary.emptyDepartments"));
        return List.copyOf(out);
    }

    private List<Country> countries(FeatureCollection fc) {
        problems.addAll(fc.problems());
        List<Country> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (GeoFeature f : fc.features()) {
            try {
                Geometry geometry = polygonal(f);
                String a2 = required(f, "iso_a2");
                if (!ALPHA2.matcher(a2).matches()) {
                    throw new Skip(Message.of("boundary.badAlpha2", a2));
                }
                String a3 = required(f, "iso_a3");
                if (!ALPHA3.matcher(a3).matches()) {
                    throw new Skip(Message.of("boundary.badAlpha3", a3));
                }
                Integer earlier = seen.putIfAbsent(a2, f.index());
                if (earlier != null) {
                    throw new Skip(Message.of("boundary.usedBy", "iso_a2", a2, earlier));
                }
                String name = required(f, "name");
                warnIfInvalid(fc.file(), f, geometry);
                out.add(new Country(a2, a3, name, f.string("name_es").orElse(""), geometry));
            } catch (Skip s) {
                problems.add(LoadProblem.error(fc.file(), f.index(), s.text));
            }
        }
        warnIfEmpty(fc.file(), out, Message.of("boundary.emptyCountries"));
        return List.copyOf(out);
    }

    private void warnIfEmpty(String file, List<?> loaded, Message warning) {
        if (loaded.isEmpty()) {
            problems.add(LoadProblem.warning(file, -1, warning));
        }
    }

    private static Geometry polygonal(GeoFeature f) throws Skip {
        Geometry g = f.geometry();
        if (!(g instanceof Polygon) && !(g instanceof MultiPolygon)) {
            throw new Skip(Message.of("boundary.notPolygonal", g.getGeometryType()));
        }
        return g;
    }

    private static String required(GeoFeature f, String key) throws Skip {
        Object v = f.properties().get(key);
        if (v == null) {
            throw new Skip(Message.of("boundary.propertyMissing", key));
        }
        if (!(v instanceof String s)) {
            throw new Skip(Message.of("boundary.propertyNotString", key, v));
        }
        if (s.isBlank()) {
            throw new Skip(Message.of("boundary.propertyBlank", key));
        }
        return s;
    }

    private Point lonLat(Object value, String what) throws Skip {
        if (!(value instanceof List<?> list) || list.size() != 2
                || !(list.get(0) instanceof Double lon) || !(list.get(1) instanceof Double lat)) {
            throw new Skip(Message.of("boundary.notLonLat", what, value));
        }
        if (!Double.isFinite(lon) || !Double.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) {
            throw new Skip(Message.of("boundary.outOfRange", what, value));
        }
        return reader.factory().createPoint(new Coordinate(lon, lat));
    }

    private void warnIfInvalid(String file, GeoFeature f, Geometry geometry) {
        TopologyValidationError error = new IsValidOp(geometry).getValidationError();
        if (error != null) {
            problems.add(LoadProblem.warning(file, f.index(), Message.of("boundary.invalidPolygon", error)));
        }
    }

    /** A problem that skips one feature. */
    private static final class Skip extends Exception {
        final transient Message text;

        Skip(Message text) {
            super(text.key(), null, false, false);
            this.text = text;
        }
    }
}
