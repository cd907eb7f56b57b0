package pe.rutas.model;

/** A figure printed by a source (placeholder per MODEL-CONTRACT). */
public record Figure(double value, String label, String labelEs, String unit, String period, Citation citation,
                     String note) {
}
