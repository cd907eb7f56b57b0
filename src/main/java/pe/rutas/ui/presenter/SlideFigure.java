package pe.rutas.ui.presenter;

/**
 * One key figure as a slide shows it: the number as printed (formatted for the language), what
 * it counts, its context (the table or place it belongs to), the period it covers and the short
 * source line ("PUCP Legal Clinic 2011, Table 1").
 */
public record SlideFigure(String value, String label, String context, String period, String source) {}
