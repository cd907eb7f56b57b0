package pe.rutas.model;

import java.util.List;

/** A statistics table as a source prints it (placeholder per MODEL-CONTRACT). */
public record StatTable(String id, String title, String titleEs, String period, String unit, String base,
                        Citation citation, List<StatRow> rows, String note) {
    /** True when at least one row is keyed by an ISO 3166-2:PE code. */
    public boolean byDepartment() {
        return rows.stream().anyMatch(r -> r.key() != null && r.key().startsWith("PE-"));
    }
}
