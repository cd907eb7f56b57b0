package pe.rutas.ui;

import java.util.List;
import pe.rutas.model.FeatureRef;

/**
 * Everything the details panel shows for one selected feature, already in the UI language:
 * plain strings and lists so that the view does no lookups, parsing or formatting of data.
 *
 * @param title     the name in the current language
 * @param otherName the name in the other language ("" when equal or absent)
 * @param kindLabel what the feature is ("Department", "Hotspot · mining", …)
 * @param facts     short label/value lines (department, exploitation, direction, …)
 * @param figures   key figures, each with its unit and period
 * @param citations the evidence, each with source date and the period its figures cover
 * @param segments  for routes: each leg and whether the source documents it or it is schematic
 * @param notes     editorial notes (inconsistencies in the sources, caveats)
 */
public record DetailCard(FeatureRef ref, String title, String otherName, String kindLabel,
                         List<Fact> facts, List<Figure> figures, List<CardCitation> citations,
                         List<Segment> segments, List<String> notes) {

    public DetailCard {
        facts = List.copyOf(facts);
        figures = List.copyOf(figures);
        citations = List.copyOf(citations);
        segments = List.copyOf(segments);
        notes = List.copyOf(notes);
    }

    /** A label/value line such as "Capital: Puno". */
    public record Fact(String label, String value) {}

    /**
     * One key figure.
     *
     * @param value  the number as printed with its unit, e.g. "117 complaints" or "42.3 %"
     * @param period the period the figure covers as the source states it, "" if none
     * @param source short provenance, e.g. source title and locator
     */
    public record Figure(String label, String value, String period, String source, String note) {}

    /**
     * One leg of a route.
     *
     * @param documented true when the cited source names this leg; false when it is a
     *                   schematic connection drawn by the editors
     */
    public record Segment(String from, String to, boolean documented, String note) {}
}
