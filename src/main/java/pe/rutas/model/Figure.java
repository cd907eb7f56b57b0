package pe.rutas.model;

/**
 * A number a seed prints about a place, exactly as printed (qualifiers such as "up to" or
 * "around" are in the label).
 *
 * @param value   the printed number (a percentage is the printed percent, e.g. 12 for "12 percent")
 * @param label   English label, e.g. "underage victims held in the town (up to)"
 * @param labelEs Spanish label
 * @param unit    e.g. "people", "percent", "cases"
 * @param period  the period the number covers as text, e.g. "2013", "Dec 2009 – Dec 2010"
 * @param citation where it is printed
 * @param note    editorial note, or ""
 */
public record Figure(double value, String label, String labelEs, String unit, String period, Citation citation,
                     String note) {
    public Figure {
        label = Text.orEmpty(label);
        labelEs = Text.orEmpty(labelEs);
        unit = Text.orEmpty(unit);
        period = Text.orEmpty(period);
        note = Text.orEmpty(note);
    }
}
