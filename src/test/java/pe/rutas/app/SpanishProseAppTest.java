package pe.rutas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import pe.rutas.io.ProseFixture;
import pe.rutas.model.FeatureRef;
import pe.rutas.ui.I18n;
import pe.rutas.ui.MainView;
import pe.rutas.ui.ViewSettings;

/**
 * The live language switch reaches data prose: with a small catalog whose notes, locators and
 * units have Spanish companions, the Details card of a selected hotspot or route shows them in
 * Spanish after switching, and in English again after switching back. Headless (Monocle).
 */
@ExtendWith(ApplicationExtension.class)
class SpanishProseAppTest {
    private static Path dir;
    private I18n i18n;
    private MainView view;

    @Start
    void start(Stage stage) throws Exception {
        if (dir == null) {
            dir = ProseFixture.directory(Files.createTempDirectory("rutas-prose"));
        }
        LoadedData data = new DataLoader(dir).load((key, f) -> {});
        assertEquals(List.of(), data.problems());
        i18n = new I18n(Locale.ENGLISH);
        view = ExplorerAssembly.build(data, i18n, new ViewSettings(), url -> {});
        view.map().animateProperty().set(false);
        stage.setScene(new Scene(view, 1200, 760));
        stage.show();
    }

    @AfterAll
    static void removeFixture() throws Exception {
        if (dir == null) return;
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static List<String> texts(FxRobot robot, String styleClass) {
        return robot.lookup("." + styleClass).queryAllAs(Label.class).stream().map(Label::getText).collect(Collectors.toList());
    }

    private void select(FxRobot robot, FeatureRef ref) {
        robot.interact(() -> view.selection().select(ref));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void language(FxRobot robot, Locale locale) {
        robot.interact(() -> i18n.setLocale(locale));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void hotspotCardShowsSpanishLocatorsAndUnitAfterTheSwitchAndEnglishAfterSwitchingBack(FxRobot robot) {
        select(robot, FeatureRef.hotspot("iquitos"));
        assertTrue(texts(robot, "citation-locator").containsAll(List.of("routes section", "Table 1")), texts(robot, "citation-locator").toString());
        assertTrue(texts(robot, "figure-value").stream().anyMatch(t -> t.contains("12 percent")), texts(robot, "figure-value").toString());

        language(robot, I18n.SPANISH);
        List<String> locators = texts(robot, "citation-locator");
        assertTrue(locators.containsAll(List.of("sección de rutas", "Cuadro 1")), locators.toString());
        assertTrue(locators.stream().noneMatch(t -> t.equals("Table 1")), locators.toString());
        assertTrue(texts(robot, "figure-value").stream().anyMatch(t -> t.contains("12 por ciento")), texts(robot, "figure-value").toString());

        language(robot, Locale.ENGLISH);
        assertTrue(texts(robot, "citation-locator").containsAll(List.of("routes section", "Table 1")), texts(robot, "citation-locator").toString());
        assertTrue(texts(robot, "figure-value").stream().anyMatch(t -> t.contains("12 percent")), texts(robot, "figure-value").toString());
    }

    @Test
    void routeCardShowsSpanishNotesAndSegmentNote(FxRobot robot) {
        language(robot, I18n.SPANISH);
        select(robot, FeatureRef.route("north-selva"));
        assertTrue(texts(robot, "card-note").containsAll(List.of("• Primera nota.", "• Second note, 2 lines.")), texts(robot, "card-note").toString());
        assertEquals(List.of("Por río."), texts(robot, "segment-note"));

        language(robot, Locale.ENGLISH);
        assertTrue(texts(robot, "card-note").containsAll(List.of("• First note.", "• Second note, 2 lines.")), texts(robot, "card-note").toString());
        assertEquals(List.of("By river."), texts(robot, "segment-note"));
    }
}
