package pe.rutas.tools.geodata;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpmTarballTest {
    @TempDir
    Path dir;

    /** Writes one ustar header + body, padded to 512-byte blocks. */
    private static void entry(OutputStream out, String prefix, String name, char type, byte[] body) throws IOException {
        byte[] h = new byte[512];
        put(h, 0, name);
        put(h, 100, "0000644");
        put(h, 124, String.format("%011o", body.length));
        put(h, 136, "00000000000");
        h[156] = (byte) type;
        put(h, 257, "ustar");
        put(h, 263, "00");
        put(h, 345, prefix);
        for (int i = 148; i < 156; i++) h[i] = ' ';
        int sum = 0;
        for (byte b : h) sum += b & 0xff;
        put(h, 148, String.format("%06o", sum));
        h[154] = 0;
        out.write(h);
        out.write(body);
        out.write(new byte[(512 - body.length % 512) % 512]);
    }

    private static void put(byte[] h, int offset, String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(b, 0, h, offset, b.length);
    }

    private Path tarball() throws IOException {
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        entry(tar, "", "package/a.json", '0', "{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        entry(tar, "package/src/js", "data/per.json", '0', "per".getBytes(StandardCharsets.UTF_8));
        String pax = "package/" + "x".repeat(120) + ".json";
        String record = " path=" + pax + "\n";
        int len = record.length() + 3;
        entry(tar, "", "PaxHeader", 'x', ((len + record).getBytes(StandardCharsets.UTF_8)));
        entry(tar, "", "package/truncated-name", '0', "long".getBytes(StandardCharsets.UTF_8));
        tar.write(new byte[1024]);
        Path tgz = dir.resolve("p.tgz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tgz))) {
            out.write(tar.toByteArray());
        }
        return tgz;
    }

    @Test
    void readsEntriesByFullNameIncludingUstarPrefixAndPaxPath() throws Exception {
        Path tgz = tarball();
        assertEquals("{\"a\":1}", new String(NpmTarball.entry(tgz, "package/a.json"), StandardCharsets.UTF_8));
        assertEquals("per", new String(NpmTarball.entry(tgz, "package/src/js/data/per.json"), StandardCharsets.UTF_8));
        assertEquals("long", new String(NpmTarball.entry(tgz, "package/" + "x".repeat(120) + ".json"), StandardCharsets.UTF_8));
    }

    @Test
    void missingEntryNamesTheArchiveAndTheEntry() throws Exception {
        Path tgz = tarball();
        IOException e = assertThrows(IOException.class, () -> NpmTarball.entry(tgz, "package/missing.json"));
        assertTrue(e.getMessage().contains("p.tgz") && e.getMessage().contains("package/missing.json"), e.getMessage());
    }

    @Test
    void notGzipFails() throws Exception {
        Path bad = dir.resolve("bad.tgz");
        Files.writeString(bad, "not a tarball");
        assertThrows(IOException.class, () -> NpmTarball.entry(bad, "package/a.json"));
    }
}
