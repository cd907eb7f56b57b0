package pe.rutas.model;

import java.util.List;
import java.util.Objects;

/** Everything Rutas keeps for a user between runs: settings and saved views (in the user's order). */
public record UserData(Settings settings, List<SavedView> views) {
    public UserData {
        Objects.requireNonNull(settings, "settings");
        views = List.copyOf(views);
    }

    public static UserData defaults() {
        return new UserData(Settings.defaults(), List.of());
    }
}
