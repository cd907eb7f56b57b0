package pe.rutas.model;

import java.util.List;

/**
 * A document behind the evidence: one of the five seed documents ({@code kind} "seed") or a
 * primary source a seed cites ({@code kind} "primary").
 *
 * <p>Bibliographic fields hold only what the texts themselves show; anything not shown is the
 * empty string (or {@code null} for {@code year}), never a guess.
 *
 * @param id        stable key used by every {@link Citation#source()}
 * @param kind      "seed" or "primary"
 * @param title     title as printed (OCR slips kept; see {@code note})
 * @param author    author as printed, or ""
 * @param publisher publisher or outlet as printed, or ""
 * @param date      the date as the text shows it (e.g. "24 SEP 2013", "Mayo 2011"), or ""
 * @param year      the year the text shows for this source: its printed date, or where it prints
 *                  none, the latest year of the data it reports ({@code note} says which);
 *                  {@code null} when the text shows no year. Used by the period filter.
 * @param url       URL exactly as printed, or ""
 * @param urlNote   e.g. "as printed; may be dead"
 * @param citedBy   for a primary source: the places (seed or other source, with locator) that
 *                  cite it. A data citation whose source and locator equal one of these entries
 *                  is thereby traced back to this primary source. Empty for seeds.
 * @param note      editorial note, or ""
 */
public record Source(String id, String kind, String title, String author, String publisher, String date,
                     Integer year, String url, String urlNote, List<Citation> citedBy, String note) {
    public static final String SEED = "seed";
    public static final String PRIMARY = "primary";

    public Source {
        id = Text.orEmpty(id);
        kind = Text.orEmpty(kind);
        title = Text.orEmpty(title);
        author = Text.orEmpty(author);
        publisher = Text.orEmpty(publisher);
        date = Text.orEmpty(date);
        url = Text.orEmpty(url);
        urlNote = Text.orEmpty(urlNote);
        citedBy = citedBy == null ? List.of() : List.copyOf(citedBy);
        note = Text.orEmpty(note);
    }

    public boolean isSeed() {
        return SEED.equals(kind);
    }

    /** True when this source is cited at exactly this source and locator. */
    public boolean isCitedAt(Citation citation) {
        return citedBy.stream().anyMatch(c -> c.source().equals(citation.source()) && c.locator().equals(citation.locator()));
    }
}
