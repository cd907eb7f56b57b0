package pe.rutas.style;

import java.util.Objects;
import javafx.scene.paint.Color;

/** One line of the legend: a label, a colour and how the swatch is drawn. */
public record LegendEntry(String label, Color color, Symbol symbol) {
    public LegendEntry {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(symbol, "symbol");
    }
}
