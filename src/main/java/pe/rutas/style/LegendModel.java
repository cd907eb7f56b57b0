package pe.rutas.style;

import java.util.List;

/**
 * The legend of the visible layers, top layer first. Used by the UI legend and by the export so both
 * say the same thing. Immutable.
 */
public record LegendModel(List<LegendSection> sections) {
    public LegendModel {
        sections = List.copyOf(sections);
    }

    /** All entries of all sections, in order. */
    public List<LegendEntry> entries() {
        return sections.stream().flatMap(s -> s.entries().stream()).toList();
    }

    public boolean isEmpty() {
        return sections.isEmpty();
    }
}
