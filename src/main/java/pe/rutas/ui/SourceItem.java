package pe.rutas.ui;

import java.util.List;
import pe.rutas.model.FeatureRef;

/**
 * A source as the Sources view lists it.
 *
 * @param kindLabel "Seed document" or "Primary source", in the UI language
 * @param detail    author / publisher / date line ("" when nothing is known)
 * @param citers    the features on the map that cite this source (directly or through a figure)
 * @param citedIn   for primary sources: the seed documents that cite it, one readable line each
 */
public record SourceItem(String id, String title, String kindLabel, String detail, String url,
                         String urlNote, List<Citer> citers, List<String> citedIn) {
    public SourceItem {
        citers = List.copyOf(citers);
        citedIn = List.copyOf(citedIn);
    }

    /** A feature citing the source, with its name in the UI language. */
    public record Citer(FeatureRef ref, String name) {}
}
