package pe.rutas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.rutas.io.SettingsException;
import pe.rutas.io.ViewsImport;
import pe.rutas.model.FeatureRef;
import pe.rutas.model.SavedView;

class SavedViewsModelTest {
    /** A map that is at a fixed place and records what it was asked to show. */
    private static final class FakeTarget implements ViewTarget {
        double lon = -77;
        final List<SavedView> restored = new ArrayList<>();

        @Override
        public SavedView capture(String name) {
            return new SavedView(name, lon, -12, 7.5, List.of("ROUTES"), "", FeatureRef.place("lima"));
        }

        @Override
        public void restore(SavedView view) { restored.add(view); }
    }

    @TempDir Path dir;

    @Test
    void savesWhatTheTargetShowsAndRestoresIt() {
        FakeTarget map = new FakeTarget();
        SavedViewsModel m = new SavedViewsModel(map, List.of());
        SavedView v = m.saveCurrent("  Lima  ");
        assertEquals("Lima", v.name(), "name is trimmed");
        assertEquals(-77, v.centerLon());
        assertEquals(List.of(v), m.views());
        m.restore(v);
        assertEquals(List.of(v), map.restored);
    }

    @Test
    void namesMustBeUniqueNonBlankAndShort() {
        SavedViewsModel m = new SavedViewsModel(new FakeTarget(), List.of());
        SavedView lima = m.saveCurrent("Lima");
        assertEquals(Optional.of("views.name.blank"), m.nameProblem("   ", null));
        assertEquals(Optional.of("views.name.long"), m.nameProblem("x".repeat(SavedView.MAX_NAME + 1), null));
        assertEquals(Optional.of("views.name.taken"), m.nameProblem("Lima", null));
        assertEquals(Optional.empty(), m.nameProblem("Lima", lima), "a view may keep its own name");
        assertThrows(IllegalArgumentException.class, () -> m.saveCurrent("Lima"));
        assertEquals(1, m.views().size(), "nothing saved under a taken name");
    }

    @Test
    void suggestsTheFirstFreeNumberedName() {
        SavedViewsModel m = new SavedViewsModel(new FakeTarget(), List.of());
        assertEquals("View 1", m.suggestName("View"));
        m.saveCurrent("View 1");
        m.saveCurrent("View 3");
        assertEquals("View 2", m.suggestName("View"));
    }

    @Test
    void renamesInPlaceDeletesAndReorders() {
        SavedViewsModel m = new SavedViewsModel(new FakeTarget(), List.of());
        SavedView a = m.saveCurrent("A");
        SavedView b = m.saveCurrent("B");
        SavedView c = m.saveCurrent("C");
        SavedView b2 = m.rename(b, "Puno");
        assertEquals(List.of("A", "Puno", "C"), m.views().stream().map(SavedView::name).toList());
        assertEquals(b.centerLon(), b2.centerLon());
        m.move(c, -1);
        m.move(a, -1);    // already first: no change
        assertEquals(List.of("A", "C", "Puno"), m.views().stream().map(SavedView::name).toList());
        m.delete(a);
        assertEquals(List.of("C", "Puno"), m.views().stream().map(SavedView::name).toList());
    }

    @Test
    void exportedViewsImportElsewhereWithoutOverwritingNames() throws Exception {
        SavedViewsModel here = new SavedViewsModel(new FakeTarget(), List.of());
        here.saveCurrent("Madre de Dios");
        here.saveCurrent("Puno");
        Path file = dir.resolve("views.json");
        here.exportTo(file, List.copyOf(here.views()));

        FakeTarget other = new FakeTarget();
        other.lon = -70;
        SavedViewsModel there = new SavedViewsModel(other, List.of());
        there.saveCurrent("Puno");
        ViewsImport in = there.importFrom(file);
        assertEquals(2, in.views().size());
        assertTrue(in.problems().isEmpty(), in.problems().toString());
        assertEquals(List.of("Puno", "Madre de Dios", "Puno (2)"), there.views().stream().map(SavedView::name).toList());
        assertEquals(-77, there.views().get(2).centerLon(), "the imported Puno keeps its frame");
    }

    @Test
    void importOfSomethingElseSaysWhyAndAddsNothing() throws Exception {
        Path file = dir.resolve("not-views.json");
        Files.writeString(file, "{\"type\":\"FeatureCollection\",\"features\":[]}");
        SavedViewsModel m = new SavedViewsModel(new FakeTarget(), List.of());
        SettingsException e = assertThrows(SettingsException.class, () -> m.importFrom(file));
        assertTrue(e.getMessage().contains("not-views.json"), e.getMessage());
        assertTrue(m.views().isEmpty());
    }
}
