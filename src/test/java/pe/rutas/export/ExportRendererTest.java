package pe.rutas.export;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Rendering of the made-up sample data: every part of the chrome leaves ink where the layout put it. */
class ExportRendererTest {
    static final Path OUT = Path.of("target", "render-tests");

    @BeforeAll
    static void toolkit() throws Exception {
        FxRuntime.ensureStarted();
        Files.createDirectories(OUT);
    }

    record Rendered(Composition c, BufferedImage img) {}

    static Rendered render(ExportRequest req, String name) throws Exception {
        Exporter ex = new Exporter(SampleData.data());
        Path png = OUT.resolve(name + ".png");
        Composition c = ex.renderToFile(req, png, true);
        return new Rendered(c, ImageIO.read(png.toFile()));
    }

    static int px(double logical, ExportRequest r) {
        return (int) Math.round(logical * r.scale());
    }

    @Test
    void chromePartsHaveInkWhereTheLayoutPutsThem() throws Exception {
        ExportRequest req = ExportRequest.of(1200, 800, Locale.ENGLISH).withStatTable("tab").withExportDate(LocalDate.of(2026, 11, 26));
        Rendered r = render(req, "sample-1200x800");
        ChromeLayout l = r.c().layout();
        int white = 0xffffff;
        Rect legend = l.legend();
        assertTrue(ImageStats.inkShare(r.img(), px(legend.x(), req), px(legend.y(), req), px(legend.width(), req), px(legend.height(), req), white) > 0.03,
                "legend drawn");
        Rect t = l.title();
        assertTrue(ImageStats.inkShare(r.img(), 0, 0, px(t.width() / 2, req), px(t.height(), req), white) > 0.02, "title drawn");
        Rect f = l.footer();
        assertTrue(ImageStats.inkShare(r.img(), 0, px(f.y() + 2, req), px(f.width() / 2, req), px(f.height() - 2, req), white) > 0.01, "footer drawn");
        Rect s = l.scale();
        assertTrue(ImageStats.inkShare(r.img(), px(s.x(), req), px(s.y(), req), px(s.width(), req), px(s.height(), req), 0xdce8f0) > 0.05, "scale bar drawn");
        assertTrue(ImageStats.lumaStdDev(r.img()) > 10, "not flat");
    }

    @Test
    void hiDpiScaleDrawsTheSameLayoutLarger() throws Exception {
        ExportRequest one = ExportRequest.of(800, 500, Locale.ENGLISH).withScale(1);
        ExportRequest two = ExportRequest.of(1600, 1000, Locale.ENGLISH).withScale(2);
        Rendered a = render(one, "sample-scale1"), b = render(two, "sample-scale2");
        assertEquals(1600, b.img().getWidth());
        assertEquals(a.c().layout(), b.c().layout(), "same logical layout");
        assertEquals(a.c().frame(), b.c().frame());
        // the legend box's top-left interior pixel sits at twice the coordinates
        Rect lg = a.c().layout().legend();
        int pa = a.img().getRGB((int) lg.x() + 3, (int) lg.y() + 3), pb = b.img().getRGB((int) (2 * lg.x()) + 6, (int) (2 * lg.y()) + 6);
        assertTrue(ImageStats.distance(pa, pb) < 16, Integer.toHexString(pa) + " vs " + Integer.toHexString(pb));
    }

    @Test
    void routeDestinationsAreMarkedAndNamed() throws Exception {
        ExportRequest req = ExportRequest.of(1200, 800, Locale.ENGLISH).withScale(1);
        Rendered r = render(req, "sample-destinations");
        Rect map = r.c().layout().map();
        // Ytown (-72, -15) is the test route's destination and no hotspot: a white-filled ring ...
        int x = (int) Math.round(map.x() + r.c().frame().x(-72)), y = (int) Math.round(map.y() + r.c().frame().y(-15));
        assertEquals(0xffffff, r.img().getRGB(x, y) & 0xffffff, "ring centre is white");
        // ... and its name to one side: dark text where the land is otherwise pale and empty
        double rightInk = ImageStats.inkShare(r.img(), x + 8, y - 7, 40, 14, 0xfbfaf7);
        double leftInk = ImageStats.inkShare(r.img(), x - 48, y - 7, 40, 14, 0xfbfaf7);
        assertTrue(Math.max(rightInk, leftInk) > 0.05, "destination named: ink right " + rightInk + ", left " + leftInk);
    }
}
