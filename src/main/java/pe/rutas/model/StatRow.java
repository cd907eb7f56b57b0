package pe.rutas.model;

/** One row of a statistics table (placeholder per MODEL-CONTRACT). */
public record StatRow(String key, String label, Double value, Double percent, String note) {
}
