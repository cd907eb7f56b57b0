package pe.rutas.model;

/** Whether a route segment is documented by a source or drawn schematically (placeholder per MODEL-CONTRACT). */
public enum Basis { DOCUMENTED, SCHEMATIC }
