package pe.rutas.model;

import java.util.List;
import java.util.Objects;

/**
 * A presenter-mode tour: an ordered list of framed views with titles and key figures, loaded
 * from a tour file such as {@code geodata/tours/default.json}. Immutable.
 *
 * @param id      short id of the tour
 * @param title   English title
 * @param titleEs Spanish title
 * @param steps   at least one step, in presentation order
 */
public record Tour(String id, String title, String titleEs, List<TourStep> steps) {
    public Tour {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        titleEs = titleEs == null || titleEs.isBlank() ? title : titleEs;
        steps = List.copyOf(steps);
        if (steps.isEmpty()) throw new IllegalArgumentException("a tour needs at least one step");
    }

    public String title(boolean spanish) {
        return spanish ? titleEs : title;
    }
}
