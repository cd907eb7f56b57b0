package pe.rutas.ui.presenter;

import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import pe.rutas.model.Tour;

/**
 * The state of presenter mode: the tour, the current step (0-based), whether the screen is
 * blanked and whether transitions animate. Navigation clamps at both ends. FX thread only.
 */
public final class PresenterModel {
    private final TourResolver resolver;
    private final ObjectProperty<Tour> tour = new SimpleObjectProperty<>();
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyObjectWrapper<Slide> slide = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty blank = new SimpleBooleanProperty(false);
    private final BooleanProperty animate = new SimpleBooleanProperty(true);
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(Locale.ENGLISH);
    private String digits = "";

    public PresenterModel(TourResolver resolver, Tour initial) {
        this.resolver = resolver;
        tour.set(initial);
        tour.addListener((o, a, b) -> {
            index.set(0);
            update();
        });
        index.addListener((o, a, b) -> update());
        locale.addListener((o, a, b) -> update());
        update();
    }

    private void update() {
        Tour t = tour.get();
        slide.set(t == null ? null : resolver.slide(t, index.get(), locale.get()));
    }

    public ObjectProperty<Tour> tourProperty() { return tour; }
    public ReadOnlyIntegerProperty indexProperty() { return index.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Slide> slideProperty() { return slide.getReadOnlyProperty(); }
    public BooleanProperty blankProperty() { return blank; }
    public BooleanProperty animateProperty() { return animate; }
    public ObjectProperty<Locale> localeProperty() { return locale; }

    public int size() {
        return tour.get() == null ? 0 : tour.get().steps().size();
    }

    public void next() { go(index.get() + 1); }
    public void previous() { go(index.get() - 1); }
    public void first() { go(0); }
    public void last() { go(size() - 1); }

    /** Goes to step {@code i} (0-based), clamped to the tour; un-blanks the screen. */
    public void go(int i) {
        digits = "";
        blank.set(false);
        index.set(Math.max(0, Math.min(size() - 1, i)));
    }

    public void toggleBlank() {
        blank.set(!blank.get());
    }

    /**
     * A digit typed by the presenter: digits typed in a row form a step number (1-based), so
     * "1" then "2" goes to step 1 and then 12; a number past the end starts over with the new digit.
     */
    public void digit(int d) {
        String candidate = digits + d;
        int n = Integer.parseInt(candidate);
        if (n < 1 || n > size()) {
            candidate = Integer.toString(d);
            n = d;
        }
        if (n >= 1 && n <= size()) {
            int keep = n;
            go(n - 1);
            digits = Integer.toString(keep);
        } else {
            digits = "";
        }
    }

    /** Forgets typed digits (any other key). */
    public void endDigits() {
        digits = "";
    }
}
