package pe.rutas.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import pe.rutas.export.ExportLayer;
import pe.rutas.model.MapFrame;

/** The export dialog's refusal of a size says why in the window's language (no toolkit needed). */
class ExportDialogModelLanguageTest {
    static ExportView view(Locale l) {
        return new ExportView(new MapFrame(-75, -9, 5.5, 1000, 700), null, ExportLayer.defaults(), null, false, null, l);
    }

    @Test
    void aTooLargeImageIsRefusedInSpanishForASpanishWindow() {
        ExportDialogModel m = new ExportDialogModel();
        m.presetProperty().set(ExportPreset.CUSTOM);
        m.widthProperty().set(8192);
        m.heightProperty().set(8192);
        assertEquals(Optional.of("la imagen de 8192×8192 px supera los 50 megapíxeles"), m.problem(view(Locale.forLanguageTag("es"))));
        assertEquals(Optional.of("image of 8192×8192 px is larger than 50 megapixels"), m.problem(view(Locale.ENGLISH)));
        m.heightProperty().set(4000);
        assertTrue(m.problem(view(Locale.forLanguageTag("es"))).isEmpty(), "8192 × 4000 is accepted");
    }

    @Test
    void aScaleOutOfRangeIsRefusedInSpanish() {
        ExportDialogModel m = new ExportDialogModel();
        m.scaleProperty().set(12.0);
        assertEquals(Optional.of("la escala debe ser de 0.5…8, se recibió 12.0"), m.problem(view(Locale.forLanguageTag("es-PE"))));
    }
}
