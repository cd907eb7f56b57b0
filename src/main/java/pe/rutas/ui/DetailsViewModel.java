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
