package pe.rutas.tools.geodata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the tool's small tab-separated input tables: '#' lines are comments, the first other line names the columns. */
final class Tsv {
    private Tsv() {
    }

    static List<Map<String, String>> resource(String name) throws IOException {
        try (InputStream in = Tsv.class.getResourceAsStream(name)) {
            if (in == null) throw new IOException("tool resource " + name + " not found on the classpath");
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<Map<String, String>> rows = new ArrayList<>();
            String[] header = null;
            int lineNo = 0;
            for (String line : text.split("\n")) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cells = line.split("\t", -1);
                if (header == null) {
                    header = cells;
                    continue;
                }
                if (cells.length != header.length) {
                    throw new IOException(name + ":" + lineNo + ": " + cells.length + " cells, expected " + header.length);
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < cells.length; i++) row.put(header[i], cells[i]);
                rows.add(row);
            }
            return rows;
        }
    }
}
