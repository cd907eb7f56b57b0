package pe.rutas.export;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export command end to end on the made-up sample data, headless (Monocle). */
class ExportCommandTest {
    @TempDir
    Path dir;
    final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();

    int run(String... args) {
        return new ExportCommand(d -> SampleData.data()).execute(args,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    long filesIn(Path d) throws Exception {
        try (Stream<Path> s = Files.list(d)) {
            return s.count();
        }
    }

    @Test
    void writesAPngOfExactlyTheRequestedSize() throws Exception {
        Path png = dir.resolve("a.png");
        assertEquals(0, run("export", "--out", png.toString(), "--width", "900", "--height", "640", "--route", "north-coast"), err());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(900, img.getWidth());
        assertEquals(640, img.getHeight());
        assertEquals(1, filesIn(dir), "no temporary file left");
        assertTrue(ImageStats.distinctColours(img) > 20, "not blank");
    }

    @Test
    void periodIsParsed() throws Exception {
        assertEquals(new YearRange(2009, 2013), ExportCommand.parse(new String[] {"--out", "a.png", "--period", "2009-2013"}).period());
        assertEquals(new YearRange(2011, 2011), ExportCommand.parse(new String[] {"--out", "a.png", "--period", "2011"}).period());
        Path png = dir.resolve("p.png");
        assertEquals(0, run("--out", png.toString(), "--period", "2013", "--width", "600", "--height", "400"), err());
    }

    @Test
    void refusesToOverwriteWithoutForce() throws Exception {
        Path png = dir.resolve("b.png");
        Files.writeString(png, "keep me");
        assertEquals(ExportCommand.FAILED, run("--out", png.toString(), "--width", "400", "--height", "300"));
        assertTrue(err().contains("file exists"), err());
        assertEquals("keep me", Files.readString(png));
        assertEquals(0, run("--out", png.toString(), "--width", "400", "--height", "300", "--force"), err());
        assertEquals(400, ImageIO.read(png.toFile()).getWidth());
        assertEquals(1, filesIn(dir));
    }

    @Test
    void unknownIdIsAUsageErrorAndLeavesNoFile() throws Exception {
        Path png = dir.resolve("c.png");
        assertEquals(ExportCommand.USAGE, run("--out", png.toString(), "--hotspot", "atlantis"));
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().contains("unknown hotspot 'atlantis'"), err());
        assertEquals(0, filesIn(dir));
    }

    @Test
    void unknownTableIsAUsageError() throws Exception {
        assertEquals(ExportCommand.USAGE, run("--out", dir.resolve("d.png").toString(), "--stat", "nope"));
        assertTrue(err().contains("unknown statistics table 'nope'"), err());
        assertEquals(0, filesIn(dir));
    }

    @Test
    void badSizesAreRejectedBeforeAnythingIsWritten() throws Exception {
        for (String[] wh : new String[][] {{"0", "100"}, {"-5", "100"}, {"abc", "100"}, {"100000", "100"}, {"8192", "8192"}, {"800", "1.5"}}) {
            err.reset();
            assertEquals(ExportCommand.USAGE, run("--out", dir.resolve("e.png").toString(), "--width", wh[0], "--height", wh[1]));
            assertTrue(err().startsWith("rutas export: ") && err().contains(" px") || err().contains("--"), err());
            assertEquals(1, err().lines().count(), err());
        }
        assertEquals(ExportCommand.USAGE, run("--out", dir.resolve("e.png").toString(), "--width", "800"));
        assertEquals(0, filesIn(dir));
    }

    @Test
    void unwritablePathFailsWithOneLineAndNoFile() throws Exception {
        Path missing = dir.resolve("no/such/dir/f.png");
        assertEquals(ExportCommand.FAILED, run("--out", missing.toString()));
        assertTrue(err().contains("cannot write"), err());
        assertEquals(1, err().lines().count());
        Path asDir = Files.createDirectory(dir.resolve("sub.png"));
        err.reset();
        assertEquals(ExportCommand.FAILED, run("--out", asDir.toString(), "--force"));
        assertTrue(err().contains("is a directory"), err());
        assertEquals(0, filesIn(asDir));
        Path ro = Files.createDirectory(dir.resolve("ro"));
        assertTrue(ro.toFile().setWritable(false));
        try {
            // root may write anywhere; the check only holds for ordinary users
            if (!Files.isWritable(ro)) {
                err.reset();
                assertEquals(ExportCommand.FAILED, run("--out", ro.resolve("g.png").toString()));
                assertTrue(err().contains("not writable"), err());
            }
        } finally {
            ro.toFile().setWritable(true);
        }
        assertEquals(0, filesIn(ro));
    }

    @Test
    void otherUsageErrors() {
        assertEquals(ExportCommand.USAGE, run("--width", "800", "--height", "600"));
        assertTrue(err().contains("--out FILE.png is required"));
        assertEquals(ExportCommand.USAGE, run("--out", "x.jpg"));
        assertEquals(ExportCommand.USAGE, run("--out", "x.png", "--lang", "fr"));
        assertEquals(ExportCommand.USAGE, run("--out", "x.png", "--route", "a", "--hotspot", "b"));
        assertEquals(ExportCommand.USAGE, run("--out", "x.png", "--bogus"));
        assertEquals(ExportCommand.USAGE, run("--out", "x.png", "--scale", "20"));
        assertEquals(ExportCommand.USAGE, run("--out", "x.png", "--period", "2013-2009"));
        assertEquals(ExportCommand.USAGE, run("--out", "x.png", "--period", "recent"));
        assertEquals(ExportCommand.OK, run("--help"));
    }
}
