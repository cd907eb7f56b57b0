package pe.rutas.bench;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import pe.rutas.io.BoundaryLoader;
import pe.rutas.io.CatalogLoader;
import pe.rutas.io.GeoJsonReader;

/**
 * Loading benchmark: all of {@code geodata/} through our loaders, and a generated
 * 1,000,000-vertex GeoJSON through {@link GeoJsonReader}, each against a plain Gson tree parse
 * of the same bytes measured in the same run. Median of timed repetitions after warm-up.
 *
 * <p>Usage: {@code LoadBench GEODATA_DIR WORK_DIR}
 */
public final class LoadBench {
    private static final int WARMUP = 3;
    private static final int RUNS = 7;

    public static void main(String[] args) throws Exception {
        Path geodata = Path.of(args[0]);
        Path work = Path.of(args[1]);
        Files.createDirectories(work);
        Path million = work.resolve("million.geojson");
        if (!Files.exists(million)) {
            writeMillionVertexFile(million);
        }

        List<String> geodataTexts = new ArrayList<>();
        try (Stream<Path> files = Files.list(geodata)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".geojson")).sorted().toList()) {
                geodataTexts.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        String millionText = Files.readString(million, StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "geodata: %d files, %.1f MiB; million.geojson: %.1f MiB%n",
                geodataTexts.size(), geodataTexts.stream().mapToInt(String::length).sum() / 1048576.0,
                millionText.length() / 1048576.0);

        double gsonGeodata = time(() -> { for (String t : geodataTexts) JsonParser.parseString(t); });
        double loadGeodata = time(() -> {
            BoundaryLoader b = new BoundaryLoader();
            b.departments(geodata);
            b.countries(geodata);
            new CatalogLoader().load(geodata);
        });
        BenchSupport.result("load-geodata", loadGeodata, "ms", "gson-tree-parse", gsonGeodata);

        double gsonMillion = time(() -> JsonParser.parseString(millionText));
        GeoJsonReader reader = new GeoJsonReader();
        double readMillion = time(() -> reader.read("million.geojson", new StringReader(millionText)));
        BenchSupport.result("load-1M-vertices", readMillion, "ms", "gson-tree-parse", gsonMillion);
    }

    interface Work { void run() throws Exception; }

    private static double time(Work w) throws Exception {
        for (int i = 0; i < WARMUP; i++) w.run();
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            w.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        return BenchSupport.median(ms);
    }

    /** 1,000 random-walk LineStrings of 1,000 vertices each inside Peru's box; fixed seed, so every run reads the same file. */
    static void writeMillionVertexFile(Path out) throws IOException {
        Random random = new Random(20111129L);
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
            for (int f = 0; f < 1000; f++) {
                double lon = -81 + random.nextDouble() * 12;
                double lat = -18 + random.nextDouble() * 17;
                w.write(f == 0 ? "" : ",\n");
                w.write("{\"type\":\"Feature\",\"properties\":{\"name\":\"walk " + f + "\"},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[");
                for (int v = 0; v < 1000; v++) {
                    lon = Math.max(-81.3, Math.min(-68.7, lon + (random.nextDouble() - 0.5) * 0.02));
                    lat = Math.max(-18.3, Math.min(-0.1, lat + (random.nextDouble() - 0.5) * 0.02));
                    w.write(String.format(Locale.ROOT, "%s[%.5f,%.5f]", v == 0 ? "" : ",", lon, lat));
                }
                w.write("]}}");
            }
            w.write("\n]}\n");
        }
    }
}
