package pe.rutas.model;

import java.util.List;

/**
 * A table or set of national figures as a seed prints it.
 *
 * @param period    the period the figures cover, as text (e.g. "Dec 2009 – Dec 2010")
 * @param unit      what {@link StatRow#value()} counts (e.g. "complaints")
 * @param base      what each {@link StatRow#percent()} is a share of, in words; a legend must show it
 * @param baseValue the number that base amounts to when it is one (e.g. 117 for the listed rows
 *                  of the complaints table), else null
 * @param mappable  false when the rows must not be drawn as a choropleth (e.g. the rates
 *                  pucp-cescr-2011 calls "extreme poverty rates", or worldwide figures)
 */
public record StatTable(String id, String title, String titleEs, String period, String unit, String base,
                        Citation citation, List<StatRow> rows, String note, Double baseValue, boolean mappable) {
    public StatTable {
        id = Text.orEmpty(id);
        title = Text.orEmpty(title);
        titleEs = Text.orEmpty(titleEs);
        period = Text.orEmpty(period);
        unit = Text.orEmpty(unit);
        base = Text.orEmpty(base);
        rows = Text.list(rows);
        note = Text.orEmpty(note);
    }

    /** The constructor of the model contract: no numeric base, mappable. */
    public StatTable(String id, String title, String titleEs, String period, String unit, String base,
                     Citation citation, List<StatRow> rows, String note) {
        this(id, title, titleEs, period, unit, base, citation, rows, note, null, true);
    }

    /** True when at least one row is keyed by an ISO 3166-2:PE code. */
    public boolean byDepartment() {
        return rows.stream().anyMatch(StatRow::isDepartment);
    }

    /** The rows keyed by department code, in printed order. */
    public List<StatRow> departmentRows() {
        return rows.stream().filter(StatRow::isDepartment).toList();
    }
}
