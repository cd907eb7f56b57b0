package pe.rutas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SavedViewTest {
    @Test
    void keepsTheFrameCentreAndZoomButNotItsPixelSize() {
        MapFrame frame = new MapFrame(-70.02, -15.84, 8.25, 1280, 800);
        SavedView v = SavedView.of("Puno", frame, List.of("ROUTES"), "", FeatureRef.hotspot("la-rinconada"));
        assertEquals(new MapFrame(-70.02, -15.84, 8.25, 640, 480), v.frame(640, 480));
    }

    @Test
    void rejectsValuesNoMapCanShow() {
        assertThrows(IllegalArgumentException.class, () -> new SavedView(" ", 0, 0, 5, List.of(), "", null));
        assertThrows(IllegalArgumentException.class, () -> new SavedView("x", 181, 0, 5, List.of(), "", null));
        assertThrows(IllegalArgumentException.class, () -> new SavedView("x", 0, 86, 5, List.of(), "", null));
        assertThrows(IllegalArgumentException.class, () -> new SavedView("x", 0, 0, Double.NaN, List.of(), "", null));
        assertThrows(IllegalArgumentException.class, () -> new SavedView("x", 0, 0, 23, List.of(), "", null));
    }

    @Test
    void settingsRejectUnknownLanguageThemeAndExtremeFontScale() {
        Settings d = Settings.defaults();
        assertThrows(IllegalArgumentException.class, () -> d.withLanguage("fr"));
        assertThrows(IllegalArgumentException.class, () -> d.withTheme("neon"));
        assertThrows(IllegalArgumentException.class, () -> d.withFontScale(10));
        assertThrows(IllegalArgumentException.class, () -> new LayerSetting(true, 1.5));
        assertEquals(0.7, d.withLayer("ROUTES", new LayerSetting(true, 0.7)).layers().get("ROUTES").opacity());
    }
}
