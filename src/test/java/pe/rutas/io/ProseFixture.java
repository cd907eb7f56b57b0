package pe.rutas.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * A small geodata directory for tests of Spanish data prose: the catalog files under
 * {@code src/test/resources/prose-geodata/} (made-up entries with {@code <key>_es} companions, some
 * missing on purpose) plus the real department and country boundaries from {@code rutas.geodata}.
 */
public final class ProseFixture {
    public static final List<String> CATALOG_FILES = List.of(CatalogLoader.SOURCES, CatalogLoader.PLACES,
            CatalogLoader.ROUTES, CatalogLoader.HOTSPOTS, CatalogLoader.STATISTICS, CatalogLoader.FLOWS);

    private ProseFixture() {
    }

    /** Fills {@code dir} and returns it; skips the calling test when the project's geodata is not found. */
    public static Path directory(Path dir) throws IOException {
        String geodata = System.getProperty("rutas.geodata", "");
        Assumptions.assumeTrue(!geodata.isBlank() && Files.isDirectory(Path.of(geodata)),
                "system property rutas.geodata does not name the project's geodata directory (boundaries needed)");
        for (String f : List.of("departments.geojson", "countries.geojson")) {
            Files.copy(Path.of(geodata, f), dir.resolve(f));
        }
        for (String f : CATALOG_FILES) {
            try (InputStream in = ProseFixture.class.getResourceAsStream("/prose-geodata/" + f)) {
                Files.copy(in, dir.resolve(f));
            }
        }
        return dir;
    }
}
