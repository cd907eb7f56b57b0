package pe.rutas.ui;

import java.util.List;

/**
 * A citation resolved for display: the source's title and date next to the locator and note.
 *
 * @param sourceId    key into the catalog's sources (e.g. "pucp-cescr-2011")
 * @param sourceTitle the source's title, or its id when the source is unknown
 * @param locator     where in the source (section, table, paragraph subject); may be ""
 * @param note        editorial note on this citation; may be ""
 * @param sourceDate  the source's date as the text shows it (full date or year); "" if unknown
 * @param sourceYear  the source's year, for the compact evidence-age line; "" if unknown
 * @param period      the period covered by the figures that cite this source here, e.g.
 *                    "2009–2010"; "" when no figure gives one
 * @param url         the source's URL as recorded; may be "" (opened only if http/https)
 * @param urlNote     caveat on the URL, e.g. "as printed; may be dead"; may be ""
 * @param chain       the cited-by chain: primary sources this source took the claim from;
 *                    empty when the source is itself primary
 */
public record CardCitation(String sourceId, String sourceTitle, String locator, String note,
                           String sourceDate, String sourceYear, String period, String url, String urlNote,
                           List<Link> chain) {
    public CardCitation {
        locator = locator == null ? "" : locator;
        note = note == null ? "" : note;
        sourceDate = sourceDate == null ? "" : sourceDate;
        sourceYear = sourceYear == null ? "" : sourceYear;
        period = period == null ? "" : period;
        url = url == null ? "" : url;
        urlNote = urlNote == null ? "" : urlNote;
        chain = List.copyOf(chain);
    }

    /**
     * A primary source behind a citation.
     *
     * @param text title and date, one readable line
     * @param url  its URL as recorded, "" when none (opened only if http/https)
     */
    public record Link(String text, String url, String urlNote) {
        public Link {
            url = url == null ? "" : url;
            urlNote = urlNote == null ? "" : urlNote;
        }
    }
}
