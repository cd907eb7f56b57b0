package pe.rutas.ui;

import java.util.Optional;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import pe.rutas.model.FeatureRef;

/**
 * The search box's state: the query, the suggestions for it, and what Enter does (select the
 * chosen or best suggestion and fly the map to it). FX thread only.
 */
public final class SearchViewModel {
    public static final int MAX_SUGGESTIONS = 8;

    private final SearchIndex index;
    private final ExplorerData data;
    private final SelectionModel selection;
    private final MapControl map;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<SearchEntry> suggestions = FXCollections.observableArrayList();
    private final ObservableList<SearchEntry> readOnlySuggestions = FXCollections.unmodifiableObservableList(suggestions);

    public SearchViewModel(ExplorerData data, SelectionModel selection, MapControl map) {
        this.index = new SearchIndex(data.searchEntries());
        this.data = data;
        this.selection = selection;
        this.map = map;
        query.addListener((obs, old, now) -> suggestions.setAll(index.suggest(now, MAX_SUGGESTIONS)));
    }

    public StringProperty queryProperty() { return query; }

    /** Suggestions for the current query, best first (read-only). */
    public ObservableList<SearchEntry> suggestions() { return readOnlySuggestions; }

    /** Display text of a suggestion: its name in the UI language and, in brackets, the other. */
    public String display(SearchEntry e, I18n i18n) {
        String main = data.name(e.ref());
        String other = i18n.spanish() ? e.name() : e.nameEs();
        String kind = i18n.get("kind." + e.ref().kind().name().toLowerCase(java.util.Locale.ROOT));
        boolean differs = !other.isBlank() && !TextFold.fold(other).equals(TextFold.fold(main));
        return differs ? main + " (" + other + ") · " + kind : main + " · " + kind;
    }

    /**
     * Selects {@code chosen}, or the best suggestion when null, and flies the map to it.
     *
     * @return the selected feature, empty when nothing matches the query
     */
    public Optional<FeatureRef> submit(SearchEntry chosen) {
        SearchEntry target = chosen != null ? chosen : suggestions.isEmpty() ? null : suggestions.get(0);
        if (target == null) return Optional.empty();
        selection.select(target.ref());
        map.zoomTo(target.ref());
        return Optional.of(target.ref());
    }
}
