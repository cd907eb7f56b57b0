package pe.rutas.style;

/** How a legend entry is drawn; point symbols double as hotspot shapes. */
public enum Symbol {
    LINE, DASHED_LINE, ARROW, AREA, NO_DATA, CIRCLE, SQUARE, TRIANGLE, DIAMOND, STAR, HEXAGON
}
