package pe.rutas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --layer FILE.geojson}: the user's own layer on the command line's export. */
class ExportCommandLayerTest {
    @TempDir
    Path dir;
    final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();

    int run(String... args) {
        return new ExportCommand(d -> SampleData.data()).execute(args,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aLayerFileIsDrawnAndAFileWithNothingToDrawIsAnError() throws Exception {
        Path layer = dir.resolve("area.geojson");
        Files.writeString(layer, """
                {"type": "FeatureCollection", "features": [
                 {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon",
                  "coordinates": [[[-79.6, -9.6], [-78.2, -9.6], [-78.2, -8.2], [-79.6, -8.2], [-79.6, -9.6]]]}},
                 {"type": "Feature", "properties": {}, "geometry": null}
                ]}
                """);
        Path with = dir.resolve("with.png"), without = dir.resolve("without.png");
        assertEquals(0, run("--out", without.toString(), "--width", "1000", "--height", "700"), err.toString());
        assertEquals(0, run("--out", with.toString(), "--width", "1000", "--height", "700", "--layer", layer.toString()),
                err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("note: layer " + layer + ": 1 feature(s) drawn, 1 skipped"), out.toString());
        BufferedImage a = ImageIO.read(with.toFile()), b = ImageIO.read(without.toFile());
        int changed = 0;
        for (int y = 0; y < a.getHeight(); y++)
            for (int x = 0; x < a.getWidth(); x++) if (ImageStats.distance(a.getRGB(x, y), b.getRGB(x, y)) > 24) changed++;
        assertTrue(changed > 1500, "the area and its legend row are drawn: " + changed + " pixels changed");

        Path empty = dir.resolve("empty.geojson");
        Files.writeString(empty, "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"geometry\": null}]}");
        Path never = dir.resolve("never.png");
        assertEquals(ExportCommand.FAILED, run("--out", never.toString(), "--layer", empty.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("cannot use layer " + empty + ": "), err.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(never), "no image without the layer asked for");
    }
}
