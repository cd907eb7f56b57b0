package pe.rutas.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Accent- and case-insensitive search over feature names in both languages. Ranking: the whole
 * name equals the query, then a name starts with it, then a word of a name starts with it, then
 * it occurs anywhere; ties follow the {@link pe.rutas.model.FeatureRef.Kind} order (departments
 * first) and then the name. Immutable and thread-safe.
 */
public final class SearchIndex {
    private record Folded(SearchEntry entry, String en, String es) {}

    private record Hit(SearchEntry entry, int rank) {}

    private final List<Folded> entries;

    public SearchIndex(List<SearchEntry> entries) {
        this.entries = entries.stream()
                .map(e -> new Folded(e, TextFold.fold(e.name()), TextFold.fold(e.nameEs())))
                .toList();
    }

    public int size() { return entries.size(); }

    /** Up to {@code limit} entries matching {@code query}, best first; empty for a blank query. */
    public List<SearchEntry> suggest(String query, int limit) {
        String q = TextFold.fold(query);
        if (q.isEmpty()) return List.of();
        List<Hit> hits = new ArrayList<>();
        for (Folded f : entries) {
            int rank = Math.min(rank(f.en(), q), rank(f.es(), q));
            if (rank < Integer.MAX_VALUE) hits.add(new Hit(f.entry(), rank));
        }
        hits.sort(Comparator.comparingInt(Hit::rank)
                .thenComparing(h -> h.entry().ref().kind())
                .thenComparing(h -> TextFold.fold(h.entry().name())));
        return hits.stream().limit(limit).map(Hit::entry).toList();
    }

    private static int rank(String name, String q) {
        if (name.isEmpty()) return Integer.MAX_VALUE;
        if (name.equals(q)) return 0;
        if (name.startsWith(q)) return 1;
        if (name.contains(" " + q)) return 2;
        if (name.contains(q)) return 3;
        return Integer.MAX_VALUE;
    }
}
