package pe.rutas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {

    @Test
    void everyKeyExistsInBothLanguages() throws Exception {
        Set<String> en = ownKeys("messages.properties");
        Set<String> es = ownKeys("messages_es.properties");
        Set<String> missingEs = new TreeSet<>(en);
        missingEs.removeAll(es);
        Set<String> missingEn = new TreeSet<>(es);
        missingEn.removeAll(en);
        assertTrue(missingEs.isEmpty(), "keys missing in messages_es.properties: " + missingEs);
        assertTrue(missingEn.isEmpty(), "keys missing in messages.properties: " + missingEn);
        assertTrue(en.size() > 50, "bundle looks truncated: " + en.size());
    }

    @Test
    void noMessageIsBlankAndEveryPatternFormats() throws Exception {
        for (String file : new String[] {"messages.properties", "messages_es.properties"}) {
            java.util.Properties p = read(file);
            for (String k : p.stringPropertyNames()) {
                String v = p.getProperty(k);
                assertFalse(v.isBlank(), file + ": " + k + " is blank");
                if (v.contains("{0}")) new MessageFormat(v).format(new Object[] {"x", "y"});
            }
        }
    }

    @Test
    void argumentCountsMatchAcrossLanguages() throws Exception {
        java.util.Properties en = read("messages.properties");
        java.util.Properties es = read("messages_es.properties");
        for (String k : en.stringPropertyNames()) {
            if (!es.containsKey(k)) continue;
            for (String arg : new String[] {"{0}", "{1}"}) {
                assertEquals(en.getProperty(k).contains(arg), es.getProperty(k).contains(arg),
                        k + ": placeholder " + arg + " differs between languages");
            }
        }
    }

    @Test
    void spanishBundleIsReallySpanish() {
        I18n i18n = new I18n(I18n.SPANISH);
        assertEquals("Detalles", i18n.get("tab.details"));
        i18n.setLocale(Locale.ENGLISH);
        assertEquals("Details", i18n.get("tab.details"));
    }

    @Test
    void otherLocalesFallBackToEnglishNotTheSystemDefault() {
        I18n i18n = new I18n(Locale.GERMAN);
        assertEquals(Locale.ENGLISH, i18n.locale());
        assertEquals("Details", i18n.get("tab.details"));
        assertEquals(I18n.SPANISH, I18n.defaultFor(Locale.forLanguageTag("es-PE")));
    }

    @Test
    void textBindingFollowsTheLocale() {
        I18n i18n = new I18n(Locale.ENGLISH);
        var text = i18n.text("tab.sources");
        assertEquals("Sources", text.get());
        i18n.setLocale(I18n.SPANISH);
        assertEquals("Fuentes", text.get());
    }

    @Test
    void missingKeyIsVisibleNotFatal() {
        assertEquals("!no.such.key!", new I18n(Locale.ENGLISH).get("no.such.key"));
    }

    private static Set<String> ownKeys(String file) throws Exception {
        return new TreeSet<>(read(file).stringPropertyNames());
    }

    private static java.util.Properties read(String file) throws Exception {
        java.util.Properties p = new java.util.Properties();
        try (var in = MessageBundlesTest.class.getResourceAsStream("/pe/rutas/ui/" + file)) {
            assertTrue(in != null, "missing " + file);
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
