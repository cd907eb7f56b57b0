package pe.rutas.ui;

import java.util.ArrayList;
import java.util.List;
import pe.rutas.model.UserLayerSetting;
import pe.rutas.style.LayerStyle;

/**
 * Converts between the user's layers in the UI and their remembered form in the settings: what is
 * saved is the file, name, style, visibility and opacity of every layer that came from a file,
 * loaded or not (a layer whose file is missing now stays remembered). Pure functions.
 */
public final class UserLayerMemory {
    private UserLayerMemory() {}

    /** The remembered form of the model's layers, bottom first. FX thread (reads the entries' properties). */
    public static List<UserLayerSetting> remembered(UserLayersModel model) {
        List<UserLayerSetting> out = new ArrayList<>();
        for (UserLayerEntry e : model.layers()) {
            UserLayerSetting s = remembered(e);
            if (s != null) out.add(s);
        }
        return out;
    }

    /** The remembered form of one layer, or null when it has no file or cannot be saved (e.g. a path too long). */
    static UserLayerSetting remembered(UserLayerEntry e) {
        if (e.file() == null) return null;
        try {
            double opacity = Math.max(0, Math.min(1, e.opacityProperty().get()));
            return new UserLayerSetting(e.file(), e.name(), look(e.styleProperty().get()), e.visibleProperty().get(), opacity);
        } catch (IllegalArgumentException tooOddToKeep) {
            return null;
        }
    }

    public static UserLayerSetting.Look look(LayerStyle s) {
        double max = UserLayerSetting.Look.MAX_PIXELS;
        return new UserLayerSetting.Look(s.stroke(), Math.min(max, s.strokeWidth()), s.fill(), s.fillOpacity(),
                Math.min(max, s.pointRadius()));
    }

    public static LayerStyle style(UserLayerSetting.Look l) {
        return new LayerStyle(l.stroke(), l.strokeWidth(), l.fill(), l.fillOpacity(), l.pointRadius());
    }
}
