package pe.rutas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import pe.rutas.model.UserLayerSetting;
import pe.rutas.style.LayerStyle;

/** What of the user's layers is remembered: every layer from a file, loaded or not, with its look; no file, nothing. */
class UserLayerMemoryTest {
    static final LayerStyle STYLE = new LayerStyle("#FFFFFF", 1.5, "#33A02C", 1, 6);

    @Test
    void rememberedLayersKeepFileNameStyleVisibilityAndOpacityInOrder() {
        UserLayersModel model = new UserLayersModel();
        UserLayerEntry missing = UserLayerEntry.unavailable("/media/usb/a.geojson", "a.geojson", STYLE, "file not found");
        missing.visibleProperty().set(false);
        missing.opacityProperty().set(0.4);
        model.add(missing);
        model.add(new UserLayerEntry("made in code", List.of(), STYLE, List.of()));
        model.add(UserLayerEntry.loading("/b.geojson", "b.geojson", STYLE.withStroke("#000000")));
        List<UserLayerSetting> out = UserLayerMemory.remembered(model);
        assertEquals(List.of(
                new UserLayerSetting("/media/usb/a.geojson", "a.geojson", UserLayerMemory.look(STYLE), false, 0.4),
                new UserLayerSetting("/b.geojson", "b.geojson", UserLayerMemory.look(STYLE.withStroke("#000000")), true, 1)), out,
                "the layer without a file is not remembered; the unavailable and the loading ones are");
    }

    @Test
    void theLookRoundTripsToTheSameStyle() {
        assertEquals(STYLE, UserLayerMemory.style(UserLayerMemory.look(STYLE)));
    }

    @Test
    void replacingALayerThatWasRemovedMeanwhileChangesNothing() {
        UserLayersModel model = new UserLayersModel();
        UserLayerEntry loading = UserLayerEntry.loading("/b.geojson", "b.geojson", STYLE);
        model.add(loading);
        model.remove(loading);
        UserLayerEntry later = UserLayerEntry.unavailable("/b.geojson", "b.geojson", STYLE, "file not found");
        assertEquals(false, model.replace(loading, later));
        assertEquals(List.of(), model.layers(), "a removed layer does not come back when its load finishes");
    }
}
