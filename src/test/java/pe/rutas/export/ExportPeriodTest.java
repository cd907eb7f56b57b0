package pe.rutas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.rutas.model.FeatureRef;

/** The period filter in the export: the command-line option and the rule the map shares. */
class ExportPeriodTest {
    @TempDir
    Path dir;
    final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();

    int run(String... args) {
        return new ExportCommand(d -> SampleData.data()).execute(args,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void periodOptionAcceptsAnEnDashAndRefusesBadRanges() throws Exception {
        assertEquals(new YearRange(2011, 2013),
                ExportCommand.parse(new String[] {"--out", "a.png", "--period", "2011–2013"}).period());
        Path png = dir.resolve("p.png");
        assertEquals(ExportCommand.USAGE, run("--out", png.toString(), "--period", "2013-2011"));
        assertEquals(ExportCommand.USAGE, run("--out", png.toString(), "--period", "last year"));
        assertFalse(Files.exists(png));
    }

    @Test
    void exportWithAPeriodNamesItAndFadesWhatIsOutside() throws Exception {
        Path png = dir.resolve("period.png");
        assertEquals(0, run("export", "--out", png.toString(), "--width", "900", "--height", "640", "--period", "2013-2013"),
                err.toString(StandardCharsets.UTF_8));
        String said = out.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("period shown 2013"), said);
        assertTrue(Files.size(png) > 0);
        // the image says it too: the composition's subtitle, and the sources exclude faded features
        Composition c = new Composer(SampleData.data(), new SourceShortNames(new java.util.Properties()), TextMeasure.approximate())
                .compose(ExportRequest.of(900, 640, java.util.Locale.ENGLISH).withPeriod(new YearRange(2013, 2013)));
        assertTrue(c.subtitle().contains("Period shown: 2013"), c.subtitle());
        assertTrue(c.faded().contains(FeatureRef.route("north-coast")), c.faded().toString());
        assertTrue(c.sourceLine().endsWith("Period shown: 2013"), c.sourceLine());
    }
}
