package pe.rutas.ui.presenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import pe.rutas.io.BundleCheck;
import pe.rutas.io.Message;
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
    void tourProblemsReadInSpanishAndStayEnglishByDefault() {
        TourStep bad = new TourStep("nowhere", "Nowhere", "Ninguna parte", null, FeatureRef.route("atlantis"),
                List.of(FigureRef.tableRow("t1", "PE-XXX"), FigureRef.hotspotFigure("iquitos", 9), FigureRef.hotspotFigure("atlantis", 0)),
                Set.of("departments"), "no-table", "", "");
        Tour t = new Tour("t", "T", "T", List.of(tour.steps().get(0), bad));
        List<String> es = resolver.problems(t, ES);
        assertEquals(5, es.size(), es.toString());
        assertTrue(es.get(0).startsWith("paso 2 (\"nowhere\"): encuadre: ruta desconocida 'atlantis' (conocidas: "), es.get(0));
        assertEquals("paso 2 (\"nowhere\"): tabla estadística desconocida 'no-table'", es.get(1));
        assertEquals("paso 2 (\"nowhere\"), cifra 1: la tabla 't1' no tiene la fila 'PE-XXX'", es.get(2));
        assertEquals("paso 2 (\"nowhere\"), cifra 2: el punto crítico 'iquitos' tiene 1 cifra(s); la cifra 9 no existe (se cuenta desde 0)", es.get(3));
        assertEquals("paso 2 (\"nowhere\"), cifra 3: punto crítico desconocido 'atlantis'", es.get(4));
        List<String> en = resolver.problems(t);
        assertEquals(en, resolver.problems(t, Locale.ENGLISH));
        assertTrue(en.get(0).startsWith("step 2 (\"nowhere\"): frame: unknown route 'atlantis' (known: "), en.get(0));
        assertEquals("step 2 (\"nowhere\"): unknown statistics table 'no-table'", en.get(1));
        assertEquals("step 2 (\"nowhere\"), figure 2: hotspot 'iquitos' has 1 figure(s); figure 9 does not exist (0-based)", en.get(3));
    }

    @Test
    void presenterBundlesAreTwinsAndHoldEveryProblemKey() throws Exception {
        BundleCheck.assertTwins("/pe/rutas/ui/presenter/presenter.properties", "/pe/rutas/ui/presenter/presenter_es.properties");
        String source = java.nio.file.Files.readString(Path.of("src/main/java/pe/rutas/ui/presenter/TourResolver.java"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"((?:problem|figure)\\.[a-zA-Z]+)\"").matcher(source);
        int n = 0;
        while (m.find()) {
            n++;
            assertTrue(Message.in(TourResolver.BUNDLE, m.group(1)).known(Locale.ENGLISH), m.group(1));
            assertTrue(Message.in(TourResolver.BUNDLE, m.group(1)).known(ES), m.group(1));
        }
        assertEquals(9, n, "the resolver's problem keys");
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
