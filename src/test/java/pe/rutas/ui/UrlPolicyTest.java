package pe.rutas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class UrlPolicyTest {
    @Test
    void httpAndHttpsAreAllowed() {
        assertTrue(UrlPolicy.allowed("https://insightcrime.org/news/brief/peru/"));
        assertTrue(UrlPolicy.allowed("http://www.example.org/x?y=1"));
        assertTrue(UrlPolicy.allowed("  HTTPS://example.org  "));
    }

    @Test
    void otherSchemesAreRefusedWithReason() {
        assertEquals(Optional.of("url.refused.scheme"), UrlPolicy.refusal("file:///etc/passwd"));
        assertEquals(Optional.of("url.refused.scheme"), UrlPolicy.refusal("javascript:alert(1)"));
        assertEquals(Optional.of("url.refused.scheme"), UrlPolicy.refusal("mailto:a@b.pe"));
        assertEquals(Optional.of("url.refused.scheme"), UrlPolicy.refusal("www.example.org"));
        assertEquals(Optional.of("url.refused.scheme"), UrlPolicy.refusal("ftp://example.org/f"));
    }

    @Test
    void malformedOrEmptyAreRefused() {
        assertEquals(Optional.of("url.refused.empty"), UrlPolicy.refusal(""));
        assertEquals(Optional.of("url.refused.empty"), UrlPolicy.refusal(null));
        assertEquals(Optional.of("url.refused.malformed"), UrlPolicy.refusal("http://exa mple.org"));
        assertEquals(Optional.of("url.refused.malformed"), UrlPolicy.refusal("https:///nohost"));
    }
}
