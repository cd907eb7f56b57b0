package pe.rutas.ui.presenter;

/**
 * One key figure as a slide shows it: the number as printed (formatted for the language), what
 * it counts, the period it covers and the short source line ("PUCP Legal Clinic 2011, Table 1").
 */
public record SlideFigure(String value, String label, String period, String source) {}
