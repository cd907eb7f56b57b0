package pe.rutas.ui.presenter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.rutas.export.ExportData;
import pe.rutas.export.GeodataLoader;
import pe.rutas.export.SourceShortNames;
import pe.rutas.io.ProseFixture;
import pe.rutas.model.FeatureRef;
import pe.rutas.model.Tour;
import pe.rutas.model.TourStep;
import pe.rutas.model.TourStep.FigureRef;

/** Presenter slides show data prose (row labels, periods, locators, the shading table) in the slide's language. */
class TourResolverLanguageTest {
    static final Locale ES = Locale.forLanguageTag("es");
    @TempDir
    Path dir;
    TourResolver resolver;
    Tour tour;

    @BeforeEach
    void load() throws Exception {
        ExportData data = GeodataLoader.load(ProseFixture.directory(dir));
        resolver = new TourResolver(data, new SourceShortNames(new Properties()));
        TourStep step = new TourStep("loreto", "Loreto", "Loreto", null, FeatureRef.hotspot("iquitos"),
                List.of(FigureRef.tableRow("t1", "PE-LOR"), FigureRef.hotspotFigure("iquitos", 0)),
                Set.of("departments", "choropleth"), "t1", "", "");
        tour = new Tour("t", "T", "T", List.of(step));
    }

    @Test
    void spanishSlideShowsSpanishRowLabelPeriodLocatorAndTable() {
        Slide s = resolver.slide(tour, 0, ES);
        SlideFigure row = s.figures().get(0);
        assertEquals("Loreto (dpto.)", row.label());
        assertEquals("año 2010", row.period());
        assertEquals("Seed one 2011, Cuadro 1", row.source());
        SlideFigure figure = s.figures().get(1);
        assertEquals("porcentaje", figure.label());
        assertEquals("dic 2009 – dic 2010", figure.period());
        // a percentage is recognised by the English unit ("percent"), whatever the Spanish says
        assertEquals("12 %", figure.value());
        assertEquals("año 2010", s.table().period());
        assertEquals("las 2 filas listadas", s.table().base());
    }

    @Test
    void englishSlideKeepsTheEnglishProse() {
        Slide s = resolver.slide(tour, 0, Locale.ENGLISH);
        assertEquals("Loreto", s.figures().get(0).label());
        assertEquals("2010", s.figures().get(0).period());
        assertEquals("Seed one 2011, Table 1", s.figures().get(0).source());
        assertEquals("Dec 2009 – Dec 2010", s.figures().get(1).period());
        assertEquals("12 %", s.figures().get(1).value());
        assertEquals("the 2 listed rows", s.table().base());
        assertEquals(List.of(), resolver.problems(tour));
    }
}
