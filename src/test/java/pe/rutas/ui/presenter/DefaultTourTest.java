package pe.rutas.ui.presenter;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pe.rutas.export.ExportData;
import pe.rutas.export.GeodataLoader;
import pe.rutas.io.TourLoader;
import pe.rutas.model.FeatureRef;
import pe.rutas.model.Tour;
import pe.rutas.model.TourStep;

/** The shipped tour against the shipped data: every reference resolves and it covers what issue 5 and 8 ask. */
class DefaultTourTest {
    static ExportData data;
    static Tour tour;

    @BeforeAll
    static void load() throws Exception {
        data = GeodataLoader.load(Path.of(System.getProperty("rutas.geodata", "geodata")));
        tour = new TourLoader().loadDefault();
    }

    @Test
    void everyReferenceResolves() {
        assertEquals(java.util.List.of(), new TourResolver(data).problems(tour));
    }

    @Test
    void coversOverviewEveryRouteHotspotsAndFlows() {
        var features = tour.steps().stream().map(TourStep::feature).filter(java.util.Objects::nonNull).toList();
        for (var r : data.catalog().routes()) assertTrue(features.contains(FeatureRef.route(r.id())), "route " + r.id());
        assertEquals(6, data.catalog().routes().size());
        assertNotNull(tour.steps().get(0).box(), "starts with an overview");
        assertTrue(features.stream().anyMatch(f -> f.kind() == FeatureRef.Kind.HOTSPOT));
        assertTrue(tour.steps().stream().anyMatch(s -> s.layers().contains("flows")));
    }

    @Test
    void everyStepHasABilingualTitleAndAtMostThreeFigures() {
        for (TourStep s : tour.steps()) {
            assertFalse(s.title().isBlank(), s.id());
            assertNotEquals(s.title(), s.titleEs(), s.id() + " has a Spanish title");
            assertTrue(s.figures().size() <= 3);
        }
    }

    @Test
    void figuresCarryTheirSource() {
        TourResolver r = new TourResolver(data);
        for (int i = 0; i < tour.steps().size(); i++) {
            Slide s = r.slide(tour, i, Locale.ENGLISH);
            assertEquals(tour.steps().get(i).figures().size(), s.figures().size(), s.title());
            for (SlideFigure f : s.figures()) {
                assertFalse(f.value().isBlank());
                assertFalse(f.source().isBlank(), f.label());
            }
        }
    }
}
