package pe.rutas.export;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.rutas.model.FeatureRef;

/**
 * The export command on the shipped data (loaded from the classpath as the jar does), headless,
 * plus one small golden image compared by 10×10-pixel block averages so that font hinting and
 * anti-aliasing differences between machines do not matter but a missing layer or legend does.
 * On failure the actual image and a difference image go to {@code target/golden/}.
 */
class ExportEndToEndTest {
    static final Path GOLDEN_OUT = Path.of("target", "golden");
    static ExportData data;

    @BeforeAll
    static void load() throws Exception {
        data = GeodataLoader.load(null);
        FxRuntime.ensureStarted();
    }

    @TempDir
    Path dir;

    int cli(ByteArrayOutputStream err, String... args) {
        return ExportCommand.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void everyRouteExportsAtExactlyTheRequestedSizeWithALegend() throws Exception {
        for (var r : data.catalog().routes()) {
            Path png = dir.resolve(r.id() + ".png");
            var err = new ByteArrayOutputStream();
            assertEquals(0, cli(err, "export", "--out", png.toString(), "--route", r.id(), "--width", "1000", "--height", "640"), err.toString());
            BufferedImage img = ImageIO.read(png.toFile());
            assertEquals(1000, img.getWidth());
            assertEquals(640, img.getHeight());
            assertTrue(ImageStats.lumaStdDev(img) > 15, r.id() + " is not blank");
            Composition c = FxRuntime.call(() -> new Exporter(data).compose(ExportRequest.of(1000, 640, Locale.ENGLISH).withTarget(FeatureRef.route(r.id()))));
            Rect lg = c.layout().legend();
            assertTrue(lg.width() > 50, "a legend is laid out");
            assertTrue(ImageStats.inkShare(img, (int) lg.x() + 4, (int) lg.y() + 4, (int) lg.width() - 8, (int) lg.height() - 8, 0xfbfbfb) > 0.04,
                    r.id() + ": legend has content");
            assertTrue(c.sourceLine().startsWith("Source"), c.sourceLine());
        }
    }

    @Test
    void spanishHotspotDepartmentAndTableExports() throws Exception {
        var err = new ByteArrayOutputStream();
        String hs = data.catalog().hotspots().get(0).id();
        assertEquals(0, cli(err, "--out", dir.resolve("h.png").toString(), "--hotspot", hs, "--lang", "es", "--width", "800", "--height", "600"), err.toString());
        assertEquals(0, cli(err, "--out", dir.resolve("d.png").toString(), "--department", "pe-pun", "--width", "700", "--height", "700"), err.toString());
        assertEquals(0, cli(err, "--out", dir.resolve("t.png").toString(), "--stat", "pucp-complaints-by-judicial-department",
                "--title", "Complaints", "--width", "640", "--height", "480", "--scale", "0.75"), err.toString());
        for (String f : new String[] {"h.png", "d.png", "t.png"}) assertTrue(ImageStats.lumaStdDev(ImageIO.read(dir.resolve(f).toFile())) > 15, f);
        assertEquals(700, ImageIO.read(dir.resolve("d.png").toFile()).getHeight());
    }

    @Test
    void overviewCreditsThePucpReportForTheSixRoutesAndDatesTheEvidence() {
        Composition c = FxRuntime.call(() -> new Exporter(data).compose(ExportRequest.of(1600, 1000, Locale.ENGLISH)));
        assertTrue(c.sourceLine().startsWith("Sources: PUCP Legal Clinic 2011 (six routes"), c.sourceLine());
        assertTrue(c.sourceLine().contains("InSight Crime 2013"), c.sourceLine());
        assertTrue(c.subtitle().matches("Evidence dated 20\\d\\d–2013"), c.subtitle());
        Composition es = FxRuntime.call(() -> new Exporter(data).compose(ExportRequest.of(1600, 1000, Locale.forLanguageTag("es"))));
        assertTrue(es.sourceLine().startsWith("Fuentes: Clínica Jurídica PUCP 2011 (seis rutas"), es.sourceLine());
    }

    @Test
    void unknownRouteFailsWithOneLineAndNoFile() throws Exception {
        var err = new ByteArrayOutputStream();
        assertEquals(ExportCommand.USAGE, cli(err, "--out", dir.resolve("x.png").toString(), "--route", "atlantis"));
        String e = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, e.lines().count(), e);
        assertTrue(e.contains("unknown route 'atlantis' (known: lima, north-coast, north-selva, south-coast, south-selva, south-sierra)"), e);
        try (var s = Files.list(dir)) {
            assertEquals(0, s.count());
        }
    }

    @Test
    void overviewMatchesTheGoldenImage() throws Exception {
        ExportRequest req = ExportRequest.of(480, 300, Locale.ENGLISH).withExportDate(LocalDate.of(2026, 1, 1));
        BufferedImage actual = FxRuntime.call(() -> PngWriter.toRgb(new Exporter(data).render(req)));
        BufferedImage golden;
        try (var in = ExportEndToEndTest.class.getResourceAsStream("golden-overview-480x300.png")) {
            if (in == null) {
                Files.createDirectories(GOLDEN_OUT);
                ImageIO.write(actual, "png", GOLDEN_OUT.resolve("overview-actual.png").toFile());
                fail("golden image missing from src/test/resources/pe/rutas/export/ (actual written to target/golden/)");
            }
            golden = ImageIO.read(in);
        }
        double worst = 0;
        int bad = 0, blocks = 0;
        for (int by = 0; by < 300; by += 10)
            for (int bx = 0; bx < 480; bx += 10) {
                double d = blockDiff(actual, golden, bx, by);
                worst = Math.max(worst, d);
                blocks++;
                if (d > 40) bad++;
            }
        if (bad > blocks / 50) {
            Files.createDirectories(GOLDEN_OUT);
            ImageIO.write(actual, "png", GOLDEN_OUT.resolve("overview-actual.png").toFile());
            ImageIO.write(diff(actual, golden), "png", GOLDEN_OUT.resolve("overview-diff.png").toFile());
            fail(bad + " of " + blocks + " blocks differ by more than 40 (worst " + worst + "); see target/golden/");
        }
    }

    static double blockDiff(BufferedImage a, BufferedImage b, int x0, int y0) {
        double[] ma = mean(a, x0, y0), mb = mean(b, x0, y0);
        return Math.max(Math.abs(ma[0] - mb[0]), Math.max(Math.abs(ma[1] - mb[1]), Math.abs(ma[2] - mb[2])));
    }

    static double[] mean(BufferedImage img, int x0, int y0) {
        double r = 0, g = 0, b = 0;
        int n = 0;
        for (int y = y0; y < Math.min(img.getHeight(), y0 + 10); y++)
            for (int x = x0; x < Math.min(img.getWidth(), x0 + 10); x++) {
                int p = img.getRGB(x, y);
                r += (p >> 16) & 255;
                g += (p >> 8) & 255;
                b += p & 255;
                n++;
            }
        return new double[] {r / n, g / n, b / n};
    }

    static BufferedImage diff(BufferedImage a, BufferedImage b) {
        BufferedImage d = new BufferedImage(a.getWidth(), a.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < a.getHeight(); y++)
            for (int x = 0; x < a.getWidth(); x++) d.setRGB(x, y, ImageStats.distance(a.getRGB(x, y), b.getRGB(x, y)) > 24 ? 0xff0000 : 0xffffff);
        return d;
    }
}
