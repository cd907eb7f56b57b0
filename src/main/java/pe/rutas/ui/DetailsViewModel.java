package pe.rutas.ui;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The details card of the current selection, in the current language, plus the card's
 * actions (copy citation text, open a source URL). The card is recomputed when the selection
 * or the locale changes. FX thread only.
 */
public final class DetailsViewModel {
    private final SelectionModel selection;
    private final I18n i18n;
    private final CitationText citationText;
    private final Consumer<String> browser;
    private final ObjectBinding<DetailCard> card;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final javafx.beans.property.ObjectProperty<pe.rutas.model.Period> period =
            new javafx.beans.property.SimpleObjectProperty<>(this, "period");

    /**
     * @param browser opens an already-checked http/https URL in the desktop browser
     *                (HostServices in the app; a recorder in tests)
     */
    public DetailsViewModel(SelectionModel selection, ExplorerData data, I18n i18n, Consumer<String> browser) {
        this.selection = selection;
        this.i18n = i18n;
        this.citationText = new CitationText(i18n);
        this.browser = browser;
        this.card = Bindings.createObjectBinding(
                () -> selection.selected() == null ? null : data.card(selection.selected()).orElse(null),
                selection.selectedProperty(), i18n.bundleProperty());
        card.addListener((obs, old, now) -> status.set(""));
    }

    /** The card to show, null when nothing (or nothing known) is selected. */
    public ObjectBinding<DetailCard> cardProperty() { return card; }

    /** Feedback for the last action ("Citation copied", "Refused: …"); "" when none. */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    public SelectionModel selection() { return selection; }

    public String plainText(CardCitation c) { return citationText.plain(c); }

    public String age(CardCitation c) { return citationText.age(c); }

    /**
     * The period filter in force (null: none); the card greys out figures and citations with no
     * evidence in it. The main view binds this to the map's filter.
     */
    public javafx.beans.property.ObjectProperty<pe.rutas.model.Period> periodProperty() { return period; }

    /** A figure's evidence age, "Dec 2009 – Dec 2010 · source of 2011"; "" when neither is known. */
    public String age(DetailCard.Figure f) {
        String source = f.sourceYear().isBlank() ? "" : i18n.get("citation.age.sourceOf", f.sourceYear());
        if (f.period().isBlank()) return source;
        return source.isBlank() ? f.period() : i18n.get("citation.age.periodAndSource", f.period(), source);
    }

    /** Whether a figure has evidence in the period filter (rule: {@link pe.rutas.model.EvidencePeriod}). */
    public boolean inPeriod(DetailCard.Figure f) {
        return pe.rutas.model.EvidencePeriod.inRange(f.period(), year(f.sourceYear()), period.get());
    }

    /** Whether a citation's source year, or the period of the figures citing it here, is in the filter. */
    public boolean inPeriod(CardCitation c) {
        return pe.rutas.model.EvidencePeriod.inRange(c.period(), year(c.sourceYear()), period.get());
    }

    private static Integer year(String text) {
        return pe.rutas.model.Period.parse(text).map(pe.rutas.model.Period::to).orElse(null);
    }

    /** Records that the citation text went to the clipboard (the view owns the clipboard). */
    public void copied(CardCitation c) {
        status.set(i18n.get("details.copied", c.sourceTitle()));
    }

    /**
     * Opens {@code url} if it is http/https; otherwise refuses and says why.
     *
     * @return the refusal message, empty when the URL was handed to the browser
     */
    public Optional<String> open(String url) {
        Optional<String> refusal = UrlPolicy.refusal(url).map(key -> i18n.get(key, url == null ? "" : url));
        if (refusal.isPresent()) {
            status.set(refusal.get());
        } else {
            browser.accept(url.trim());
            status.set(i18n.get("details.opening", url.trim()));
        }
        return refusal;
    }
}
