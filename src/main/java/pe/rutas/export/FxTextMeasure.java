package pe.rutas.export;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/** Measures text with the toolkit's own layout, in the font the renderer draws with. Needs a started toolkit. */
public final class FxTextMeasure implements TextMeasure {
    private final Text probe = new Text();

    @Override
    public double width(String text, double size, boolean bold) {
        probe.setFont(font(size, bold));
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }

    static Font font(double size, boolean bold) {
        return Font.font(Font.getDefault().getFamily(), bold ? FontWeight.BOLD : FontWeight.NORMAL, size);
    }
}
