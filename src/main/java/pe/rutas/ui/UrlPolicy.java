package pe.rutas.ui;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether a source URL from the data may be handed to the desktop browser: only
 * absolute {@code http}/{@code https} URLs with a host. Anything else (file:, javascript:,
 * mailto:, relative or malformed text) is refused, with the reason as a message key of the
 * UI bundle. Pure and thread-safe.
 */
public final class UrlPolicy {
    private UrlPolicy() {}

    /** Empty when {@code url} may be opened; otherwise the message key explaining the refusal. */
    public static Optional<String> refusal(String url) {
        if (url == null || url.isBlank()) return Optional.of("url.refused.empty");
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            return Optional.of("url.refused.malformed");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) return Optional.of("url.refused.scheme");
        if (uri.getHost() == null || uri.getHost().isBlank()) return Optional.of("url.refused.malformed");
        return Optional.empty();
    }

    public static boolean allowed(String url) {
        return refusal(url).isEmpty();
    }
}
