package pe.rutas.model;

import java.util.List;

/** A source document (placeholder per MODEL-CONTRACT). */
public record Source(String id, String kind, String title, String author, String publisher, String date,
                     Integer year, String url, String urlNote, List<Citation> citedBy, String note) {
}
