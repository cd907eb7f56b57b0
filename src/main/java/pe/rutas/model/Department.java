package pe.rutas.model;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/** A first-level unit of Peru (per MODEL-CONTRACT; placeholder until the geodata branch lands). */
public record Department(String iso, String name, String nameEn, String capitalName, Point capital,
                         String neAdm1Code, Geometry geometry) {
}
