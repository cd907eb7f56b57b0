package pe.rutas.ui;

/**
 * Formats citations as plain text: for the clipboard ("Copy citation") and for the
 * evidence-age line on cards ("2009–2010 · source of 2011"). Words come from the UI bundle so
 * the text follows the UI language. Pure apart from reading {@link I18n}; any thread.
 */
public final class CitationText {
    private final I18n i18n;

    public CitationText(I18n i18n) {
        this.i18n = i18n;
    }

    /**
     * One paragraph: title (date), locator. Note. Figures period. Cited from … URL.
     * Empty parts are left out, never printed as blanks.
     */
    public String plain(CardCitation c) {
        StringBuilder b = new StringBuilder(c.sourceTitle());
        if (!c.sourceDate().isBlank()) b.append(" (").append(c.sourceDate()).append(')');
        if (!c.locator().isBlank()) b.append(", ").append(c.locator());
        b.append('.');
        if (!c.note().isBlank()) b.append(' ').append(sentence(c.note()));
        if (!c.period().isBlank()) b.append(' ').append(sentence(i18n.get("citation.plain.period", c.period())));
        for (CardCitation.Link link : c.chain()) {
            String from = link.url().isBlank() ? link.text() : link.text() + ", " + link.url();
            b.append(' ').append(sentence(i18n.get("citation.plain.citedFrom", from)));
        }
        if (!c.url().isBlank()) b.append(' ').append(c.url());
        return b.toString();
    }

    /**
     * How old the evidence is: "2009–2010 · source of 2011", "source of 2011", "2009–2010 ·
     * undated source", or "undated source". Uses the source's year when known, else its date.
     */
    public String age(CardCitation c) {
        String when = c.sourceYear().isBlank() ? c.sourceDate() : c.sourceYear();
        String source = when.isBlank()
                ? i18n.get("citation.age.undated")
                : i18n.get("citation.age.sourceOf", when);
        return c.period().isBlank() ? source : i18n.get("citation.age.periodAndSource", c.period(), source);
    }

    private static String sentence(String s) {
        String t = s.strip();
        return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
    }
}
