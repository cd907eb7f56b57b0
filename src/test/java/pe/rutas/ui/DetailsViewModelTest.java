package pe.rutas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DetailsViewModelTest {
    private final I18n i18n = new I18n(Locale.ENGLISH);
    private final SelectionModel selection = new SelectionModel();
    private final List<String> opened = new ArrayList<>();
    private final DetailsViewModel model = new DetailsViewModel(selection, new FakeData(i18n), i18n, opened::add);

    @Test
    void cardFollowsSelectionAndLanguage() {
        assertNull(model.cardProperty().get());
        selection.select(FakeData.PUNO);
        assertEquals("Department", model.cardProperty().get().kindLabel());
        i18n.setLocale(I18n.SPANISH);
        assertEquals("Departamento", model.cardProperty().get().kindLabel());
        selection.clear();
        assertNull(model.cardProperty().get());
    }

    @Test
    void opensHttpAndRefusesOtherSchemesWithAMessage() {
        assertTrue(model.open("https://example.org/report.pdf").isEmpty());
        assertEquals(List.of("https://example.org/report.pdf"), opened);
        String refusal = model.open("javascript:alert(1)").orElseThrow();
        assertTrue(refusal.contains("only http and https"), refusal);
        assertTrue(refusal.contains("javascript:alert(1)"), "the refused address is shown: " + refusal);
        assertEquals(refusal, model.statusProperty().get());
        assertEquals(1, opened.size());
    }

    @Test
    void statusClearsWhenTheSelectionChanges() {
        model.open("file:///etc/passwd");
        assertTrue(!model.statusProperty().get().isEmpty());
        selection.select(FakeData.RINCONADA);
        assertEquals("", model.statusProperty().get());
    }
}
