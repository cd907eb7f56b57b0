package pe.rutas.map;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Fetches OpenStreetMap standard tiles with our own User-Agent and short timeouts (per the OSM tile
 * usage policy the client must identify itself and cache; {@link OnlineTiles} caches). Only ever used
 * when the user turns the online basemap on. Thread-safe.
 */
public final class HttpTileFetcher implements TileFetcher {
    /** Tile URL template of the OSM standard layer. */
    public static final String OSM_URL = "https://tile.openstreetmap.org/%d/%d/%d.png";
    public static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final String userAgent;
    private final String urlTemplate;
    private volatile HttpClient client;

    public HttpTileFetcher(String urlTemplate) {
        this.urlTemplate = urlTemplate;
        this.userAgent = userAgent();
    }

    /** "Rutas/&lt;version&gt; (offline trafficking-routes explorer)". */
    public static String userAgent() {
        String v = HttpTileFetcher.class.getPackage().getImplementationVersion();
        return "Rutas/" + (v == null ? "0.1.0" : v) + " (offline trafficking-routes explorer)";
    }

    @Override
    public byte[] fetch(int zoom, long x, long y) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(String.format(urlTemplate, zoom, x, y)))
                .timeout(TIMEOUT).header("User-Agent", userAgent).GET().build();
        try {
            HttpResponse<byte[]> response = client().send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode() + " for tile " + zoom + "/" + x + "/" + y);
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** Created lazily so that no network object exists until the first online tile is wanted. */
    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                c = client;
                if (c == null) {
                    c = HttpClient.newBuilder().connectTimeout(TIMEOUT)
                            .followRedirects(HttpClient.Redirect.NORMAL).build();
                    client = c;
                }
            }
        }
        return c;
    }
}
