package pe.rutas.ui;

/**
 * A statistics table offered for the choropleth: its id in {@code statistics.json} and its
 * title in the UI language, with period and source for the chooser's tooltip.
 * {@link #NONE} stands for "no choropleth".
 */
public record TableChoice(String id, String title, String period, String source) {
    public static final TableChoice NONE = new TableChoice("", "", "", "");

    public boolean isNone() { return id.isEmpty(); }

    @Override
    public String toString() { return title; }
}
