package pe.rutas.model;

import java.util.Locale;
import java.util.Objects;

/**
 * The evidence catalog with its prose in both languages: two parallel {@link Catalog}s loaded from
 * the same files. They hold the same items in the same order with the same ids, names (both
 * {@code name} and {@code name_es}), numbers, periods' years and geometry objects; they differ only
 * in prose fields (notes, citation locators and notes, units, table bases, periods, row labels,
 * url notes), which the Spanish one takes from the files' {@code <key>_es} companions when present
 * and non-blank, else from English.
 *
 * <p>Anything keyed by a citation or a period string (cited-by links, the period filter) gives the
 * same answers in both, provided the translations are consistent; {@code DataLanguagesTest} checks
 * that for the shipped data. Immutable and thread-safe.
 *
 * @param english prose in English: exactly what the files' plain keys say
 * @param spanish prose in Spanish where the files give it, English elsewhere
 */
public record BilingualCatalog(Catalog english, Catalog spanish) {
    public BilingualCatalog {
        english = english == null ? Catalog.empty() : english;
        spanish = spanish == null ? english : spanish;
    }

    /** A catalog with one language only (both views are the same object). */
    public static BilingualCatalog single(Catalog catalog) {
        return new BilingualCatalog(catalog, catalog);
    }

    public static BilingualCatalog empty() {
        return single(Catalog.empty());
    }

    /** The catalog whose prose is in Spanish when {@code spanish}, else in English. */
    public Catalog in(boolean spanish) {
        return spanish ? this.spanish : english;
    }

    /** The catalog for a locale: Spanish prose for any Spanish locale, English otherwise (and for null). */
    public Catalog in(Locale locale) {
        return in(isSpanish(locale));
    }

    /** True for a locale whose language is Spanish. */
    public static boolean isSpanish(Locale locale) {
        return locale != null && Objects.equals(locale.getLanguage(), "es");
    }
}
