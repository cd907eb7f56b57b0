package pe.rutas.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything Rutas keeps for a user between runs: settings, saved views and the user's own layers
 * (each in the user's order; layers bottom first, as drawn).
 *
 * @param userLayerFolder the folder of the file last opened or dropped as a layer, as an absolute
 *                        path in the platform's own form, or "" for none: the next file question
 *                        starts there if it still exists (at most {@value UserLayerSetting#MAX_PATH}
 *                        characters)
 */
public record UserData(Settings settings, List<SavedView> views, List<UserLayerSetting> userLayers, String userLayerFolder) {
    public UserData {
        Objects.requireNonNull(settings, "settings");
        views = List.copyOf(views);
        userLayers = userLayers == null ? List.of() : List.copyOf(userLayers);
        userLayerFolder = userLayerFolder == null ? "" : userLayerFolder;
        if (userLayerFolder.length() > UserLayerSetting.MAX_PATH) {
            throw new IllegalArgumentException("folder must have at most " + UserLayerSetting.MAX_PATH + " characters");
        }
    }

    /** Settings, views and remembered layers; no folder remembered. */
    public UserData(Settings settings, List<SavedView> views, List<UserLayerSetting> userLayers) {
        this(settings, views, userLayers, "");
    }

    /** Settings and views, no remembered layers. */
    public UserData(Settings settings, List<SavedView> views) {
        this(settings, views, List.of());
    }

    public static UserData defaults() {
        return new UserData(Settings.defaults(), List.of(), List.of());
    }
}
