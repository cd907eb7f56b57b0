package pe.rutas.model;

import org.locationtech.jts.geom.Geometry;

/** A country around Peru (or Peru itself), clipped to a box around Peru (placeholder per MODEL-CONTRACT). */
public record Country(String isoA2, String isoA3, String name, String nameEs, Geometry geometry) {
}
