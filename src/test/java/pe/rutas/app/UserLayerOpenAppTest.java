package pe.rutas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import pe.rutas.io.LoadProblem;
import pe.rutas.map.UserLayerHandle;
import pe.rutas.model.MapFrame;
import pe.rutas.style.LegendEntry;
import pe.rutas.style.LegendModel;
import pe.rutas.ui.FilePicker;
import pe.rutas.ui.FileDrag;
import pe.rutas.ui.I18n;
import pe.rutas.ui.MainView;
import pe.rutas.ui.UserLayerEntry;

/**
 * Opening the user's own GeoJSON files in the real explorer, headless, by the two ways a user
 * has: dropping files on the window (real {@code DragEvent}s carrying a real {@code Dragboard},
 * see {@link FileDrag}) and Ctrl+O, the File menu or the Layers pane's button (the native dialog
 * replaced by a {@link FilePicker} that records what it was asked and answers with files). Each
 * test gets a fresh scene over one explorer window; loading runs on the app's own background
 * thread, so the tests wait for conditions, never for a time.
 */
@ExtendWith(ApplicationExtension.class)
class UserLayerOpenAppTest {
    private static final Path GOOD = Path.of("src/test/resources/good-geojson");
    private static final Path BAD = Path.of("src/test/resources/bad-geojson");
    private static final Path CITIES = GOOD.resolve("cities.geojson").toAbsolutePath();
    private static final Path LINE = GOOD.resolve("straight-line.json").toAbsolutePath();
    private static final long WAIT = 30;

    private static LoadedData data;
    @TempDir static Path configDir;
    @TempDir Path dir;
    private static ExplorerWindow window;
    private static MainView view;
    private static UserFeatures features;
    private RecordingPicker picker;

    /** Answers the file questions in order, and remembers who asked what. */
    static final class RecordingPicker implements FilePicker {
        record Call(Window owner, Request request) {}

        final List<Call> calls = new ArrayList<>();
        final Deque<List<Path>> answers = new ArrayDeque<>();

        RecordingPicker answer(Path... files) {
            answers.add(List.of(files));
            return this;
        }

        @Override
        public List<Path> pick(Window owner, Request request) {
            calls.add(new Call(owner, request));
            return answers.isEmpty() ? List.of() : answers.poll();
        }
    }

    @BeforeAll
    static void load() {
        data = DataLoader.fromSystemProperties().load((key, f) -> {});
    }

    /** The window is built once (the map is the slow part) and reset for each test. */
    @Start
    void start(Stage stage) {
        if (window == null) {
            window = ExplorerWindow.open(data, configDir.resolve("config"), Locale.ENGLISH);
            view = window.view;
            features = window.features;
        } else {
            List.copyOf(features.layers().layers()).forEach(features.layers()::remove);
            view.selection().clear();
            view.sidePanel().getSelectionModel().select(0);
        }
        picker = new RecordingPicker();
        features.opener().setPicker(picker);
        window.showIn(stage);
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> otherWindows().forEach(Window::hide));
    }

    private static List<Window> otherWindows() {
        return Window.getWindows().stream().filter(w -> w != view.getScene().getWindow()).toList();
    }

    private static List<File> files(Path... paths) {
        return java.util.Arrays.stream(paths).map(Path::toFile).toList();
    }

    /** The node a drop from the desktop most likely lands on: the map itself. */
    private static Node map() {
        return features.map();
    }

    private static List<String> layerNames() {
        return features.layers().layers().stream().map(UserLayerEntry::name).toList();
    }

    private static void waitForLayers(int n) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> features.layers().layers().size() >= n);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(n, features.layers().layers().size(), "layers: " + layerNames());
    }

    /** Ids of the user layers drawn on the map ("user-layer-<serial>"), not of the Layers pane's controls. */
    private static Set<String> userLayersOnMap(FxRobot robot) {
        return robot.from(map()).lookup((Node n) -> n.getId() != null && n.getId().matches("user-layer-\\d+")).queryAll().stream()
                .filter(n -> n.getScene() != null).map(Node::getId).collect(Collectors.toSet());
    }

    private static boolean reportShown(FxRobot robot) {
        return robot.lookup("#problems-table").tryQuery().isPresent();
    }

    private static List<String> legendLabels(FxRobot robot) {
        robot.interact(() -> view.sidePanel().getSelectionModel().select(tab("tab-legend")));
        return robot.from(robot.lookup("#legend").<Node>query()).lookup(".legend-label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
    }

    private static javafx.scene.control.Tab tab(String id) {
        return view.sidePanel().getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
    }

    private static List<String> userLegendEntries() {
        LegendModel legend = features.map().legend();
        return legend.sections().stream().filter(s -> s.title().equals("Your layers"))
                .flatMap(s -> s.entries().stream()).map(LegendEntry::label).toList();
    }

    /** Asserts that {@code name} is a layer on the map, a row of the Layers pane and an entry of the legend. */
    private static void assertShownEverywhere(FxRobot robot, String name, int row, int features) {
        UserLayerEntry entry = UserLayerOpenAppTest.features.layers().layers().get(row);
        assertEquals(name, entry.name());
        UserLayerHandle handle = UserLayerOpenAppTest.features.bridge().handleOf(entry);
        assertNotNull(handle, name + " has a map layer");
        assertEquals(features, handle.featureCount());
        Node onMap = robot.lookup("#" + handle.id()).query();
        assertTrue(onMap.isVisible() && onMap.getScene() == view.getScene(), name + " is drawn on the map");

        robot.interact(() -> view.sidePanel().getSelectionModel().select(tab("tab-layers")));
        CheckBox toggle = robot.lookup("#user-layer-toggle-" + row).queryAs(CheckBox.class);
        assertEquals(name, toggle.getText(), "row " + row + " of the Layers pane");
        assertTrue(toggle.isSelected());

        assertTrue(userLegendEntries().contains(name), "legend model: " + userLegendEntries());
        assertTrue(legendLabels(robot).contains(name), "legend pane: " + legendLabels(robot));
    }

    /**
     * The map shows the same place at the same zoom. (The pane's size may still settle by a pixel
     * after a new scene is shown, which moves the centre by a hair; a flight to a layer moves it by
     * degrees.)
     */
    private static void assertSameView(MapFrame before, MapFrame after) {
        String both = before + " then " + after;
        assertEquals(before.zoom(), after.zoom(), 1e-9, "the map did not zoom: " + both);
        assertEquals(before.centerLon(), after.centerLon(), 1e-3, "the map did not move: " + both);
        assertEquals(before.centerLat(), after.centerLat(), 1e-3, "the map did not move: " + both);
    }

    // ---- drag and drop ------------------------------------------------------------------------

    @Test
    void dragOverAcceptsCopyOfGeoJsonFilesAndRefusesOtherFilesFoldersAndText(FxRobot robot) throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "not a layer");
        Path upper = Files.writeString(dir.resolve("UPPER.GeoJSON"), Files.readString(CITIES));
        Path folder = Files.createDirectory(dir.resolve("layers"));
        Path folderNamedLikeAFile = Files.createDirectory(dir.resolve("layers.geojson"));
        TransferMode[] modes = new TransferMode[8];
        robot.interact(() -> {
            modes[0] = FileDrag.dragOver(map(), files(CITIES));
            modes[1] = FileDrag.dragOver(map(), files(LINE));
            modes[2] = FileDrag.dragOver(map(), files(upper));
            modes[3] = FileDrag.dragOver(map(), files(notes, CITIES));
            modes[4] = FileDrag.dragOver(map(), files(notes));
            modes[5] = FileDrag.dragOver(map(), files(folder));
            modes[6] = FileDrag.dragOver(map(), files(folderNamedLikeAFile));
            modes[7] = FileDrag.dragOver(map(), FileDrag.textDragboard("Lima"));
        });
        assertEquals(TransferMode.COPY, modes[0], ".geojson");
        assertEquals(TransferMode.COPY, modes[1], ".json");
        assertEquals(TransferMode.COPY, modes[2], "extension in capitals");
        assertEquals(TransferMode.COPY, modes[3], "a GeoJSON file among others");
        assertNull(modes[4], "a text file is refused");
        assertNull(modes[5], "a folder is refused");
        assertNull(modes[6], "a folder is refused even when named like a GeoJSON file");
        assertNull(modes[7], "dragged text is refused");
        assertTrue(features.layers().layers().isEmpty(), "dragging over opens nothing");
    }

    @Test
    void droppingOnlyRefusedFilesOpensNothingAndSaysNothing(FxRobot robot) throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "not a layer");
        Path folder = Files.createDirectory(dir.resolve("layers.geojson"));
        boolean[] completed = new boolean[1];
        robot.interact(() -> completed[0] = FileDrag.drop(map(), files(notes, folder)));
        assertFalse(completed[0], "the drop is not completed: nothing could be opened");
        WaitForAsyncUtils.waitForFxEvents();
        // such a drag was refused while it was over the window, so there is nothing to explain
        assertFalse(reportShown(robot));
        assertTrue(features.layers().layers().isEmpty());
    }

    private static List<LoadProblem> shownProblems(FxRobot robot) {
        TableView<?> table = robot.lookup("#problems-table").queryAs(TableView.class);
        return table.getItems().stream().map(LoadProblem.class::cast).toList();
    }

    private static String shownHeader(FxRobot robot) {
        TableView<?> table = robot.lookup("#problems-table").queryAs(TableView.class);
        return ((DialogPane) table.getScene().getRoot()).getHeaderText();
    }

    @Test
    void aMixedDropOpensTheGeoJsonFilesAndNamesEachOtherItemWithWhy(FxRobot robot) throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "not a layer");
        Path photo = Files.write(dir.resolve("map.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Path folder = Files.createDirectory(dir.resolve("more layers"));
        boolean[] completed = new boolean[1];
        robot.interact(() -> completed[0] = FileDrag.drop(map(), files(notes, CITIES, folder, photo, LINE)));
        assertTrue(completed[0], "the GeoJSON files are taken");
        assertTrue(reportShown(robot), "the notice is up at once, while the GeoJSON files load");

        List<LoadProblem> rows = shownProblems(robot);
        assertEquals(List.of(notes.toString(), folder.toString(), photo.toString()), rows.stream().map(LoadProblem::file).toList(),
                "every item not opened, in the order dropped, and nothing else");
        assertEquals(List.of("not opened: the name does not end in .geojson or .json",
                "not opened: a folder (drop the GeoJSON files in it instead)",
                "not opened: the name does not end in .geojson or .json"), rows.stream().map(LoadProblem::message).toList());
        assertTrue(rows.stream().allMatch(p -> p.severity() == LoadProblem.Severity.WARNING && p.featureIndex() == -1));
        assertTrue(shownHeader(robot).startsWith("Not opened: 3 of the 5 dropped items."), shownHeader(robot));

        // the notice does not hold the GeoJSON files back: they load while it is up
        waitForLayers(2);
        assertEquals(List.of("cities.geojson", "straight-line.json"), layerNames());
        assertEquals(1, otherWindows().size(), "one notice; the clean GeoJSON files add no report of their own");
        assertTrue(otherWindows().get(0).isShowing(), "the notice is still up while the layers are in");
        assertShownEverywhere(robot, "cities.geojson", 0, 3);
        assertShownEverywhere(robot, "straight-line.json", 1, 1);
        assertEquals(CITIES.getParent(), features.opener().lastFolderProperty().get(), "the folder of the first GeoJSON file is remembered");
    }

    @Test
    void theNoticeOfItemsNotOpenedIsInSpanishInASpanishWindow(FxRobot robot) throws Exception {
        Path notes = Files.writeString(dir.resolve("notas.txt"), "no es una capa");
        Path folder = Files.createDirectory(dir.resolve("capas"));
        pe.rutas.ui.UserLayersModel model = new pe.rutas.ui.UserLayersModel();
        pe.rutas.ui.UserLayerOpener spanish = new pe.rutas.ui.UserLayerOpener(model, new I18n(I18n.SPANISH), Runnable::run,
                () -> view.getScene().getWindow());
        javafx.scene.layout.Pane target = new javafx.scene.layout.Pane();
        spanish.installDropTarget(target);
        robot.interact(() -> FileDrag.drop(target, files(folder, CITIES, notes)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, model.layers().size(), "the GeoJSON file is opened");
        List<LoadProblem> rows = shownProblems(robot);
        assertEquals(List.of(folder.toString(), notes.toString()), rows.stream().map(LoadProblem::file).toList());
        assertEquals(List.of("no se abri\u00f3: es una carpeta (suelte en su lugar los archivos GeoJSON que contiene)",
                "no se abri\u00f3: el nombre no termina en .geojson ni en .json"), rows.stream().map(LoadProblem::message).toList());
        assertTrue(shownHeader(robot).startsWith("Sin abrir: 2 de los 3 elementos soltados."), shownHeader(robot));
        assertTrue(otherWindows().stream().anyMatch(w -> w instanceof Stage st && "Elementos soltados que no se abrieron".equals(st.getTitle())),
                "titled in Spanish");
    }

    @Test
    void droppingAGoodFileAddsItToTheMapTheLayersPaneAndTheLegend(FxRobot robot) throws Exception {
        assertTrue(userLegendEntries().isEmpty());
        boolean[] completed = new boolean[1];
        robot.interact(() -> completed[0] = FileDrag.drop(map(), files(CITIES)));
        assertTrue(completed[0], "the drop is completed");
        waitForLayers(1);
        assertTrue(features.layers().layers().get(0).problems().isEmpty(), "clean fixture: " + features.layers().layers().get(0).problems());
        assertShownEverywhere(robot, "cities.geojson", 0, 3);
        assertFalse(reportShown(robot), "a clean file gives no report");
    }

    @Test
    void aDropFromTheDesktopReachesTheOpenerThroughTheScene(FxRobot robot) throws Exception {
        FileDrag.SceneDrop[] result = new FileDrag.SceneDrop[2];
        robot.interact(() -> {
            var p = FileDrag.centreInScene(view.mapPane());
            result[0] = FileDrag.dropOnScene(view.getScene(), p.getX(), p.getY(), files(dir.resolve("notes.txt")));
            result[1] = FileDrag.dropOnScene(view.getScene(), p.getX(), p.getY(), files(LINE));
        });
        assertEquals(new FileDrag.SceneDrop(null, null), result[0], "a text file is refused at the map");
        assertEquals(new FileDrag.SceneDrop(TransferMode.COPY, TransferMode.COPY), result[1], "a GeoJSON file is accepted and dropped");
        waitForLayers(1);
        assertShownEverywhere(robot, "straight-line.json", 0, 1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "not-json.geojson       | malformed JSON at column 1",
            "binary-junk.geojson    | binary data",
            "kml.geojson            | XML or HTML",
            "empty.geojson          | file is empty",
            "zip.geojson            | a ZIP archive"})
    void droppingAnUnusableFileReportsFileAndReasonAndChangesNothingElse(String file, String reason, FxRobot robot) throws Exception {
        robot.interact(() -> FileDrag.drop(map(), files(CITIES)));
        waitForLayers(1);
        WaitForAsyncUtils.waitForFxEvents();
        List<UserLayerEntry> layersBefore = List.copyOf(features.layers().layers());
        Set<String> onMapBefore = userLayersOnMap(robot);
        LegendModel legendBefore = features.map().legend();
        MapFrame frameBefore = features.map().currentFrame();
        assertEquals(1, onMapBefore.size(), onMapBefore.toString());

        Path bad = BAD.resolve(file).toAbsolutePath();
        boolean[] completed = new boolean[1];
        robot.interact(() -> completed[0] = FileDrag.drop(map(), files(bad)));
        assertTrue(completed[0], "a .geojson file is taken; what is wrong with it is reported");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> reportShown(robot));
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> table = robot.lookup("#problems-table").queryAs(TableView.class);
        List<LoadProblem> problems = table.getItems().stream().map(LoadProblem.class::cast).toList();
        assertFalse(problems.isEmpty());
        assertTrue(problems.stream().allMatch(p -> p.file().equals(bad.toString())), "names the file: " + problems);
        assertTrue(problems.stream().anyMatch(p -> p.message().contains(reason)), "gives the reason \"" + reason + "\": " + problems);
        DialogPane pane = (DialogPane) table.getScene().getRoot();
        assertTrue(pane.getHeaderText().contains(file) && pane.getHeaderText().contains("nothing was added"), pane.getHeaderText());

        assertEquals(layersBefore, features.layers().layers(), "no layer added or removed");
        assertEquals(onMapBefore, userLayersOnMap(robot), "the map's user layers are unchanged");
        assertEquals(legendBefore, features.map().legend(), "the legend is unchanged");
        assertSameView(frameBefore, features.map().currentFrame());
        assertTrue(view.getScene().getWindow().isShowing(), "the window is still there");

        // and the app goes on working
        robot.interact(() -> otherWindows().forEach(Window::hide));
        robot.interact(() -> FileDrag.drop(map(), files(LINE)));
        waitForLayers(2);
        assertShownEverywhere(robot, "straight-line.json", 1, 1);
    }

    @Test
    void droppingTwoFilesLoadsBothInTheOrderGiven(FxRobot robot) throws Exception {
        boolean[] completed = new boolean[1];
        robot.interact(() -> completed[0] = FileDrag.drop(map(), files(CITIES, LINE)));
        assertTrue(completed[0]);
        waitForLayers(2);
        assertEquals(List.of("cities.geojson", "straight-line.json"), layerNames());
        assertShownEverywhere(robot, "cities.geojson", 0, 3);
        assertShownEverywhere(robot, "straight-line.json", 1, 1);
        assertEquals(2, userLayersOnMap(robot).size());
        assertEquals(List.of("cities.geojson", "straight-line.json"), userLegendEntries());
        assertFalse(reportShown(robot));
    }

    // ---- the file chooser, by keyboard, menu and button ---------------------------------------

    private void assertAskedForGeoJson(RecordingPicker.Call call) {
        assertSame(view.getScene().getWindow(), call.owner(), "the dialog belongs to the explorer window");
        FilePicker.Request r = call.request();
        assertEquals("Open a GeoJSON layer", r.title());
        assertEquals(2, r.filters().size(), r.filters().toString());
        FileChooser.ExtensionFilter geojson = r.filters().get(0);
        assertEquals("GeoJSON files", geojson.getDescription());
        assertEquals(List.of("*.geojson", "*.json"), geojson.getExtensions(), "GeoJSON is the first (selected) filter");
        assertEquals(List.of("*"), r.filters().get(1).getExtensions(), "all files, for a layer with another extension");
    }

    private static void pressShortcutO(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrlOFromTheMapAsksForGeoJsonFilesAndOpensThePickedOnes(FxRobot robot) throws Exception {
        picker.answer(CITIES, LINE);
        robot.interact(() -> view.mapPane().requestFocus());
        pressShortcutO(robot);
        assertEquals(1, picker.calls.size(), "Ctrl+O asks once");
        assertAskedForGeoJson(picker.calls.get(0));
        waitForLayers(2);
        assertEquals(List.of("cities.geojson", "straight-line.json"), layerNames());
        assertShownEverywhere(robot, "cities.geojson", 0, 3);
        assertShownEverywhere(robot, "straight-line.json", 1, 1);
    }

    @Test
    void ctrlOWorksWhileTypingInTheSearchBox(FxRobot robot) throws Exception {
        picker.answer(LINE);
        robot.clickOn("#search-field").write("Pun");
        assertTrue(robot.lookup("#search-field").query().isFocused());
        pressShortcutO(robot);
        assertEquals(1, picker.calls.size(), "the shortcut is not swallowed by the text field");
        assertAskedForGeoJson(picker.calls.get(0));
        waitForLayers(1);
        assertEquals(List.of("straight-line.json"), layerNames());
        assertEquals(tab("tab-layers"), view.sidePanel().getSelectionModel().getSelectedItem(),
                "the Layers tab shows the new layer");
    }

    @Test
    void theFileMenuOpensTheSameQuestionFromTheKeyboard(FxRobot robot) throws Exception {
        picker.answer(CITIES);
        robot.interact(() -> view.mapPane().requestFocus());
        // Alt+F opens the File menu by its mnemonic; "Open layer…" is its first entry
        robot.press(KeyCode.ALT).type(KeyCode.F).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, picker.calls.size(), "File → Open layer… asks once");
        assertAskedForGeoJson(picker.calls.get(0));
        waitForLayers(1);
        assertShownEverywhere(robot, "cities.geojson", 0, 3);
    }

    @Test
    void theLayersPaneButtonAsksTheSameQuestionByMouseAndByKeyboard(FxRobot robot) throws Exception {
        picker.answer(CITIES).answer(LINE);
        robot.interact(() -> view.sidePanel().getSelectionModel().select(tab("tab-layers")));
        robot.interact(() -> ((javafx.scene.control.ScrollPane) robot.lookup("#layers").query()).setVvalue(1));
        robot.clickOn("#user-layer-open");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, picker.calls.size());
        assertAskedForGeoJson(picker.calls.get(0));
        waitForLayers(1);

        robot.interact(() -> robot.lookup("#user-layer-open").query().requestFocus());
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, picker.calls.size(), "Space on the focused button asks again");
        waitForLayers(2);
        assertEquals(List.of("cities.geojson", "straight-line.json"), layerNames());
    }

    @Test
    void cancellingTheQuestionChangesNothing(FxRobot robot) throws Exception {
        robot.interact(() -> FileDrag.drop(map(), files(CITIES)));
        waitForLayers(1);
        List<UserLayerEntry> layersBefore = List.copyOf(features.layers().layers());
        Set<String> onMapBefore = userLayersOnMap(robot);
        LegendModel legendBefore = features.map().legend();
        MapFrame frameBefore = features.map().currentFrame();
        int windowsBefore = Window.getWindows().size();

        robot.interact(() -> view.mapPane().requestFocus());
        pressShortcutO(robot);    // the picker answers nothing: the user cancelled
        assertEquals(1, picker.calls.size());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(layersBefore, features.layers().layers());
        assertEquals(onMapBefore, userLayersOnMap(robot));
        assertEquals(legendBefore, features.map().legend());
        assertSameView(frameBefore, features.map().currentFrame());
        assertEquals(windowsBefore, Window.getWindows().size(), "no dialog opened");

        // the next question starts where the last file came from, not where the cancelled one was
        pressShortcutO(robot);
        assertEquals(CITIES.getParent(), picker.calls.get(1).request().initialDirectory());
    }

    @Test
    void theQuestionStartsInTheFolderOfTheLastFileOpenedOrDroppedAndForgetsAFolderThatIsGone(FxRobot robot) throws Exception {
        Path stick = Files.createDirectory(dir.resolve("usb-stick"));
        Path there = Files.copy(LINE, stick.resolve("line.geojson"));
        picker.answer(there);
        robot.interact(() -> view.mapPane().requestFocus());
        pressShortcutO(robot);
        waitForLayers(1);
        pressShortcutO(robot);
        assertEquals(stick, picker.calls.get(1).request().initialDirectory(), "starts where the last chosen file was");

        robot.interact(() -> FileDrag.drop(map(), files(CITIES)));
        waitForLayers(2);
        robot.interact(() -> view.mapPane().requestFocus());
        pressShortcutO(robot);
        assertEquals(CITIES.getParent(), picker.calls.get(2).request().initialDirectory(), "or where the last dropped file was");

        picker.answer(there);
        pressShortcutO(robot);
        waitForLayers(3);
        Files.delete(there);
        Files.delete(stick);    // the stick is taken out
        pressShortcutO(robot);
        assertNull(picker.calls.get(4).request().initialDirectory(), "a folder that is gone is not offered (the dialog would refuse it)");
    }

    @Test
    void aFreshWindowLeavesTheStartingFolderToThePlatform() {
        RecordingPicker fresh = new RecordingPicker();
        pe.rutas.ui.UserLayerOpener opener = new pe.rutas.ui.UserLayerOpener(new pe.rutas.ui.UserLayersModel(),
                new I18n(Locale.ENGLISH), Runnable::run, () -> null);
        opener.setPicker(fresh);
        WaitForAsyncUtils.waitForAsyncFx(5_000, opener::choose);
        assertEquals(1, fresh.calls.size());
        assertNull(fresh.calls.get(0).request().initialDirectory());
    }
}
