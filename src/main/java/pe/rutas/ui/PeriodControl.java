package pe.rutas.ui;

import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import pe.rutas.model.Period;

/**
 * The period filter (issue 8): two year sliders (from, to) over the span of the evidence, the range
 * they give and a reset button. Writes the shared {@code period} property that the map, the details
 * card and the export read; null there means no filter, and so does a range equal to the whole span.
 * Keyboard: Tab reaches each slider, arrows and Page keys move it by a year, Home/End to the ends;
 * the sliders never cross (moving one past the other pushes it along). FX thread only.
 */
public final class PeriodControl extends HBox {
    private final ObjectProperty<Period> period;
    private final Period extent;
    private final Slider from;
    private final Slider to;
    private final Label shown = new Label();
    private final I18n i18n;
    private boolean syncing;

    /**
     * @param period the shared filter property (null = all evidence)
     * @param extent the span of years the evidence names, the sliders' ends
     */
    public PeriodControl(ObjectProperty<Period> period, Period extent, I18n i18n) {
        super(6);
        this.period = period;
        this.extent = extent;
        this.i18n = i18n;
        setId("period-control");
        getStyleClass().add("period-control");
        setAlignment(Pos.CENTER_LEFT);
        Label head = new Label();
        head.textProperty().bind(i18n.text("period.label"));
        head.getStyleClass().add("period-head");
        from = slider("period-from", extent.from(), "period.from");
        to = slider("period-to", extent.to(), "period.to");
        head.setLabelFor(from);
        shown.setId("period-shown");
        shown.getStyleClass().add("period-shown");
        shown.setMinWidth(USE_PREF_SIZE);
        Button reset = Controls.button(i18n, "period.reset", () -> period.set(null));
        reset.setId("period-reset");
        reset.disableProperty().bind(period.isNull());
        Label dash = new Label("\u2013");
        dash.getStyleClass().add("period-dash");
        getChildren().addAll(head, from, dash, to, shown, reset);

        from.valueProperty().addListener((o, a, v) -> moved(true));
        to.valueProperty().addListener((o, a, v) -> moved(false));
        period.addListener((o, a, p) -> show(p));
        i18n.bundleProperty().addListener((o, a, b) -> show(period.get()));
        show(period.get());
    }

    private Slider slider(String id, int value, String key) {
        Slider s = new Slider(extent.from(), extent.to(), value);
        s.setId(id);
        s.setBlockIncrement(1);
        s.setMajorTickUnit(1);
        s.setMinorTickCount(0);
        s.setSnapToTicks(true);
        s.setShowTickMarks(true);
        s.setPrefWidth(Math.max(80, 12 * (extent.to() - extent.from() + 1)));
        s.accessibleTextProperty().bind(i18n.text(key + ".accessible"));
        Controls.tooltip(i18n, s, key + ".tip");
        return s;
    }

    /** The slider values as a filter: null when they span the whole evidence. */
    static Period rangeOf(double fromValue, double toValue, Period extent) {
        int a = (int) Math.round(Math.min(fromValue, toValue));
        int b = (int) Math.round(Math.max(fromValue, toValue));
        a = Math.max(extent.from(), a);
        b = Math.min(extent.to(), b);
        return a <= extent.from() && b >= extent.to() ? null : new Period(a, b);
    }

    private void moved(boolean fromMoved) {
        if (syncing) return;
        syncing = true;
        try {
            // snap to whole years and keep from <= to by pushing the other thumb along
            from.setValue(Math.round(from.getValue()));
            to.setValue(Math.round(to.getValue()));
            if (from.getValue() > to.getValue()) {
                if (fromMoved) to.setValue(from.getValue());
                else from.setValue(to.getValue());
            }
        } finally {
            syncing = false;
        }
        period.set(rangeOf(from.getValue(), to.getValue(), extent));
    }

    private void show(Period p) {
        Period r = p == null ? extent : p;
        syncing = true;
        try {
            from.setValue(r.from());
            to.setValue(r.to());
        } finally {
            syncing = false;
        }
        shown.setText(p == null ? i18n.get("period.all", extent.toString()) : i18n.get("period.some", p.toString()));
        setAccessibleText(shown.getText());
    }
}
