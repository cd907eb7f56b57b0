package pe.rutas.model;

import java.util.List;

/** A cross-border flow (placeholder per MODEL-CONTRACT). */
public record Flow(String id, String from, String to, String direction, String exploitation, String period,
                   String name, String nameEs, List<Citation> citations, String note) {
}
