package pe.rutas.export;

/** Measures text width in logical pixels for a font size; lets the layout be computed without a toolkit. */
@FunctionalInterface
public interface TextMeasure {
    double width(String text, double size, boolean bold);

    /** A rough average for sans-serif type (0.55 em per character), for tests and estimates. */
    static TextMeasure approximate() {
        return (text, size, bold) -> text.length() * size * (bold ? 0.6 : 0.55);
    }
}
