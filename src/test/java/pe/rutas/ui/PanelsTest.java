package pe.rutas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main view over a fake map and data: panels, language switch, keyboard, URL refusal. */
@ExtendWith(ApplicationExtension.class)
class PanelsTest {
    private final I18n i18n = new I18n(Locale.ENGLISH);
    private final SelectionModel selection = new SelectionModel();
    private final FakeMap map = new FakeMap();
    private final List<String> opened = new ArrayList<>();
    private MainView view;

    private final ViewSettings settings = new ViewSettings();

    @Start
    void start(Stage stage) {
        view = new MainView(new FakeData(i18n), map, selection, i18n, settings, opened::add);
        Scene scene = new Scene(view, 1200, 760);
        settings.applyTo(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void switchingLanguageRelabelsLive(FxRobot robot) {
        TabPane side = robot.lookup("#side-panel").queryAs(TabPane.class);
        assertEquals("Details", side.getTabs().get(0).getText());
        robot.interact(() -> i18n.setLocale(I18n.SPANISH));
        assertEquals("Detalles", side.getTabs().get(0).getText());
        assertEquals("Fuentes", side.getTabs().get(1).getText());
        assertTrue(robot.lookup("#details-empty").queryAs(Label.class).getText().startsWith("Nada seleccionado"));
        robot.interact(() -> selection.select(FakeData.PUNO));
        robot.interact(() -> i18n.setLocale(Locale.ENGLISH));
        assertTrue(robot.lookup(".card-subtitle").queryAs(Label.class).getText().contains("Department"));
        robot.interact(() -> i18n.setLocale(I18n.SPANISH));
        assertTrue(robot.lookup(".card-subtitle").queryAs(Label.class).getText().contains("Departamento"),
                "the open card relabels too");
    }

    @Test
    void viewMenuSwitchesTheLanguage(FxRobot robot) {
        // The menu items themselves are fired: Monocle's popup menus are not reliable to click.
        javafx.scene.control.Menu viewMenu = view.menuBar().getMenus().stream()
                .filter(m -> "menu-view".equals(m.getId())).findFirst().orElseThrow();
        javafx.scene.control.Menu language = (javafx.scene.control.Menu) viewMenu.getItems().stream()
                .filter(m -> "menu-language".equals(m.getId())).findFirst().orElseThrow();
        robot.interact(() -> language.getItems().stream().filter(i -> "menu-language-es".equals(i.getId()))
                .findFirst().orElseThrow().fire());
        assertEquals(I18n.SPANISH, i18n.locale());
        assertEquals("_Ver", viewMenu.getText());
        assertEquals("Detalles", robot.lookup("#side-panel").queryAs(TabPane.class).getTabs().get(0).getText());
        assertTrue(((javafx.scene.control.RadioMenuItem) language.getItems().get(1)).isSelected());
        robot.interact(() -> language.getItems().get(0).fire());
        assertEquals(Locale.ENGLISH, i18n.locale());
    }

    @Test
    void attributionNamesOpenStreetMapOnlyWhenTheOnlineBasemapIsOn(FxRobot robot) {
        Label attribution = robot.lookup("#attribution").queryAs(Label.class);
        assertTrue(attribution.getText().contains("Natural Earth"));
        assertFalse(attribution.getText().contains("OpenStreetMap"));
        robot.interact(() -> view.sidePanel().getSelectionModel().select(2));
        robot.clickOn("#online-basemap");
        assertTrue(map.online.get());
        assertTrue(attribution.getText().contains("OpenStreetMap"), attribution.getText());
    }

    @Test
    void selectionShowsCitationsAndRefusesNonHttpLinks(FxRobot robot) {
        robot.interact(() -> selection.select(FakeData.RINCONADA));
        assertEquals("La Rinconada", robot.lookup("#details-title").queryAs(Label.class).getText());
        assertTrue(robot.lookup(".citation-age").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("2012 · source of 2013")));
        robot.clickOn("Open source");          // the first citation: an http URL
        assertEquals(List.of("http://example.org/a"), opened);
        robot.interact(() -> view.sidePanel().getSelectionModel().select(0));
        List<javafx.scene.control.Button> opens = robot.lookup(".button").queryAllAs(javafx.scene.control.Button.class)
                .stream().filter(b -> "Open source".equals(b.getText())).toList();
        assertEquals(2, opens.size());
        robot.interact(() -> opens.get(1).fire());    // file:///etc/passwd
        assertEquals(1, opened.size(), "a file: URL must not reach the browser");
        assertTrue(robot.lookup("#details-status").queryAs(Label.class).getText().contains("only http and https"));
    }

    @Test
    void mapKeyboardPansZoomsStepsAndSelects(FxRobot robot) {
        map.inFrame = List.of(FakeData.PUNO, FakeData.IQUITOS);
        robot.interact(() -> view.mapPane().requestFocus());
        robot.type(KeyCode.RIGHT).type(KeyCode.ADD).type(KeyCode.TAB);
        assertEquals(List.of("panBy 120 0", "zoomIn"), map.calls);
        assertEquals(FakeData.PUNO, map.hover.get());
        robot.type(KeyCode.TAB).type(KeyCode.ENTER);
        assertEquals(FakeData.IQUITOS, selection.selected());
        robot.type(KeyCode.ESCAPE);
        assertEquals(null, selection.selected());
        robot.type(KeyCode.TAB).type(KeyCode.TAB).type(KeyCode.TAB);   // past the last feature
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(view.mapPane().isFocused(), "Tab past the last feature leaves the map");
    }

    @Test
    void ctrlTabLeavesTheMapAtOnce(FxRobot robot) {
        map.inFrame = List.of(FakeData.PUNO, FakeData.IQUITOS);
        robot.interact(() -> view.mapPane().requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(view.mapPane().isFocused());
        assertEquals(null, map.hover.get(), "no feature was stepped through");
    }

    @Test
    void ctrlEqualsAndCtrlMinusScaleTheText(FxRobot robot) {
        assertTrue(view.getStyleClass().contains("font-100"));
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        assertTrue(view.getStyleClass().contains("font-125"), view.getStyleClass().toString());
        double larger = robot.lookup(".app-title").queryAs(Label.class).getFont().getSize();
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).type(KeyCode.MINUS).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        assertTrue(view.getStyleClass().contains("font-85"), view.getStyleClass().toString());
        double smaller = robot.lookup(".app-title").queryAs(Label.class).getFont().getSize();
        assertTrue(larger > smaller, "font size follows the scale: " + larger + " vs " + smaller);
    }

    @Test
    void choosingACiterInSourcesSelectsItOnTheMap(FxRobot robot) {
        robot.interact(() -> view.sidePanel().getSelectionModel().select(1));
        @SuppressWarnings("unchecked")
        javafx.scene.control.TreeView<Object> tree = robot.lookup("#sources-tree").queryAs(javafx.scene.control.TreeView.class);
        robot.interact(() -> {
            tree.getRoot().getChildren().get(0).setExpanded(true);
            tree.getSelectionModel().select(tree.getRoot().getChildren().get(0).getChildren().get(1));
        });
        assertEquals(FakeData.IQUITOS, selection.selected());
    }

    @Test
    void highContrastThemeAddsItsStylesheet(FxRobot robot) {
        int before = view.getScene().getStylesheets().size();
        robot.interact(() -> settings.themeProperty().set(Theme.HIGH_CONTRAST));
        assertEquals(before + 1, view.getScene().getStylesheets().size());
        assertTrue(view.getScene().getStylesheets().get(before).endsWith("rutas-high-contrast.css"));
    }

    @Test
    void searchEnterSelectsAndFlies(FxRobot robot) {
        robot.clickOn("#search-field").write("iqui").type(KeyCode.ENTER);
        assertEquals(FakeData.IQUITOS, selection.selected());
        assertTrue(map.calls.contains("zoomTo iquitos"));
    }

    @Test
    void choosingATableShowsItsLegendCaption(FxRobot robot) {
        robot.interact(() -> robot.lookup("#choropleth-table").queryComboBox().getSelectionModel().select(1));
        assertEquals("complaints", map.table.get());
        assertTrue(map.visible.get(LayerKey.CHOROPLETH).get());
        assertTrue(robot.lookup("#legend-caption-0").queryAs(Label.class).getText().contains("Source: Report"));
    }

    @Test
    void theTableChooserFollowsATableSetElsewhere(FxRobot robot) {
        robot.interact(() -> map.table.set("complaints"));
        assertEquals("complaints", robot.lookup("#choropleth-table").<TableChoice>queryComboBox().getSelectionModel().getSelectedItem().id());
        robot.interact(() -> map.table.set(null));
        assertTrue(robot.lookup("#choropleth-table").<TableChoice>queryComboBox().getSelectionModel().getSelectedItem().isNone());
    }
}
