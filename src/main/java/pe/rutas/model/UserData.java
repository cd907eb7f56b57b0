package pe.rutas.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything Rutas keeps for a user between runs: settings, saved views and the user's own layers
 * (each in the user's order; layers bottom first, as drawn).
 */
public record UserData(Settings settings, List<SavedView> views, List<UserLayerSetting> userLayers) {
    public UserData {
        Objects.requireNonNull(settings, "settings");
        views = List.copyOf(views);
        userLayers = userLayers == null ? List.of() : List.copyOf(userLayers);
    }

    /** Settings and views, no remembered layers. */
    public UserData(Settings settings, List<SavedView> views) {
        this(settings, views, List.of());
    }

    public static UserData defaults() {
        return new UserData(Settings.defaults(), List.of(), List.of());
    }
}
