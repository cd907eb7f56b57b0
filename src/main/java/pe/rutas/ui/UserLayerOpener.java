package pe.rutas.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import pe.rutas.io.UserLayerLoad;
import pe.rutas.io.UserLayerLoader;

/**
 * Opens a GeoJSON file as a layer of the user's own: from a file chooser (through a
 * {@link FilePicker}), a drop on the window or a path; dropped items that are not GeoJSON
 * files are named in a notice. The file is read on a background
 * {@link Task} (through {@code executor}); a progress dialog with Cancel appears when reading
 * takes more than a moment. The good features become a layer and the report (skipped features,
 * warnings, or why the file cannot be used) is shown once. The window stays usable throughout. FX
 * thread only, except the reading itself.
 */
public final class UserLayerOpener {
    /** Loads quicker than this show no progress dialog (it would only flash). */
    static final Duration PROGRESS_DELAY = Duration.millis(300);

    private final UserLayersModel model;
    private final I18n i18n;
    private final Executor executor;
    private final Supplier<Window> owner;
    private final UserLayerLoader loader;
    private FilePicker picker = FilePicker.fileChooser();
    /** Folder of the file last chosen or dropped (absolute), or null; the session keeps it between runs. */
    private final ObjectProperty<Path> lastFolder = new SimpleObjectProperty<>(this, "lastFolder");

    public UserLayerOpener(UserLayersModel model, I18n i18n, Executor executor, Supplier<Window> owner) {
        this(model, i18n, executor, owner, new UserLayerLoader());
    }

    public UserLayerOpener(UserLayersModel model, I18n i18n, Executor executor, Supplier<Window> owner,
                           UserLayerLoader loader) {
        this.model = model;
        this.i18n = i18n;
        this.executor = executor;
        this.owner = owner;
        this.loader = loader;
    }

    /**
     * Replaces the way files are asked for (the platform's dialog by default); for tests, which
     * cannot drive a native dialog, and for embedding.
     */
    public void setPicker(FilePicker picker) {
        this.picker = picker == null ? FilePicker.fileChooser() : picker;
    }

    /**
     * The folder of the file last chosen or dropped, as an absolute path, or null for none: where
     * the next file question starts if it still exists. Set it to carry the folder over from the
     * last run. FX thread.
     */
    public ObjectProperty<Path> lastFolderProperty() {
        return lastFolder;
    }

    /**
     * Asks for GeoJSON files, starting in the folder of the file last opened or dropped, and opens
     * each chosen file. Nothing happens when the user cancels.
     */
    public void choose() {
        // the folder may be gone (a USB stick taken out), and a dialog refuses a missing folder
        Path last = lastFolder.get();
        Path start = last != null && Files.isDirectory(last) ? last : null;
        FilePicker.Request request = new FilePicker.Request(i18n.get("userLayer.choose.title"), List.of(
                new FileChooser.ExtensionFilter(i18n.get("userLayer.choose.geojson"), "*.geojson", "*.json"),
                new FileChooser.ExtensionFilter(i18n.get("userLayer.choose.all"), "*")), start);
        List<Path> files = picker.pick(owner.get(), request);
        remember(files);
        files.forEach(this::open);
    }

    /** Whether a dropped or chosen file looks like GeoJSON by its name. */
    public static boolean isGeoJsonName(Path p) {
        String n = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".geojson") || n.endsWith(".json");
    }

    /**
     * Accepts drops of files on {@code target} (and anything inside it) when at least one is a
     * GeoJSON file by its name and not a folder, and opens each such file in the order given. The
     * other dropped items are not opened, and a notice (non-modal, so the GeoJSON files go on
     * loading) names each with the reason: not a GeoJSON file name, or a folder.
     */
    public void installDropTarget(Node target) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (!openable(e.getDragboard()).isEmpty()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            if (!e.getDragboard().hasFiles()) return;
            List<Path> dropped = e.getDragboard().getFiles().stream().map(File::toPath).toList();
            List<Path> files = openable(e.getDragboard());
            remember(files);
            files.forEach(this::open);
            // a drop with nothing to open was refused while dragging over, so it is not ours to explain
            if (!files.isEmpty() && files.size() < dropped.size()) tellNotOpened(dropped, files);
            e.setDropCompleted(!files.isEmpty());
            e.consume();
        });
    }

    /** Names every dropped item that is not among {@code opened}, with why, in one notice. */
    private void tellNotOpened(List<Path> dropped, List<Path> opened) {
        List<pe.rutas.io.LoadProblem> left = new ArrayList<>();
        for (Path p : dropped) {
            if (opened.contains(p)) continue;
            String why = i18n.get(Files.isDirectory(p) ? "userLayer.drop.folder" : "userLayer.drop.notGeoJson");
            left.add(pe.rutas.io.LoadProblem.warning(p.toString(), -1, why));
        }
        ProblemsDialog.show(owner.get(), left, i18n, i18n.get("userLayer.drop.title"),
                i18n.get("userLayer.drop.header", left.size(), dropped.size()));
    }

    /** The dropped files to open. Asked on every DRAG_OVER: one file-system look-up per GeoJSON name. */
    private static List<Path> openable(Dragboard board) {
        if (!board.hasFiles()) return List.of();
        return board.getFiles().stream().map(File::toPath).filter(UserLayerOpener::isGeoJsonName)
                .filter(p -> !Files.isDirectory(p)).toList();
    }

    /** The next chooser starts where the user's layers are. */
    private void remember(List<Path> opened) {
        if (opened.isEmpty()) return;
        Path parent = opened.get(0).toAbsolutePath().getParent();
        if (parent != null) lastFolder.set(parent);
    }

    /** Starts loading {@code file}; the returned task ends with the load (never fails for bad input). */
    public Task<UserLayerLoad> open(Path file) {
        return load(file, this::accept);
    }

    /**
     * Reads {@code file} as {@link #open} does (background task, progress dialog with Cancel after a
     * moment) and hands the outcome to {@code done} on the FX thread, whatever it is: loaded, unusable,
     * or {@link UserLayerLoad.Status#CANCELLED} when the user cancelled.
     */
    public Task<UserLayerLoad> load(Path file, java.util.function.Consumer<UserLayerLoad> done) {
        Task<UserLayerLoad> task = new Task<>() {
            @Override
            protected UserLayerLoad call() {
                updateMessage(file.getFileName() == null ? file.toString() : file.getFileName().toString());
                return loader.load(file, (read, total, features) -> {
                    if (total > 0) updateProgress(Math.min(read, total), total);
                    else updateProgress(-1, 1);
                }, this::isCancelled);
            }
        };
        Alert progress = progressDialog(task);
        PauseTransition delay = new PauseTransition(PROGRESS_DELAY);
        delay.setOnFinished(e -> {
            if (task.isRunning()) progress.show();
        });
        task.setOnSucceeded(e -> {
            delay.stop();
            progress.close();
            done.accept(task.getValue());
        });
        task.setOnFailed(e -> {   // the loader never throws for bad input; this is a bug of ours
            delay.stop();
            progress.close();
            done.accept(new UserLayerLoad(file.toString(), UserLayerLoad.Status.UNUSABLE, List.of(),
                    List.of(pe.rutas.io.LoadProblem.error(file.toString(), -1,
                            pe.rutas.io.Message.of("userLayer.internalError", task.getException())))));
        });
        task.setOnCancelled(e -> {
            delay.stop();
            progress.close();
            done.accept(new UserLayerLoad(file.toString(), UserLayerLoad.Status.CANCELLED, List.of(),
                    List.of(pe.rutas.io.LoadProblem.warning(file.toString(), -1, "loading cancelled; nothing was loaded"))));
        });
        delay.play();
        executor.execute(task);
        return task;
    }

    /** Adds what loaded and reports the problems once. */
    void accept(UserLayerLoad load) {
        if (load.status() == UserLayerLoad.Status.CANCELLED) return;
        model.add(load);
        if (load.problems().isEmpty()) return;
        String name = Path.of(load.file()).getFileName() == null ? load.file() : Path.of(load.file()).getFileName().toString();
        String header = load.features().isEmpty()
                ? i18n.get("userLayer.report.unusable", name)
                : i18n.get("userLayer.report.header", name, load.features().size(), load.errors().size(), load.warnings().size());
        ProblemsDialog.show(owner.get(), load.problems(), i18n, i18n.get("userLayer.report.title"), header);
    }

    private Alert progressDialog(Task<UserLayerLoad> task) {
        Alert a = new Alert(Alert.AlertType.NONE, "", ButtonType.CANCEL);
        a.initOwner(owner.get());
        a.setTitle(i18n.get("userLayer.progress.title"));
        a.setHeaderText(null);
        Label what = new Label();
        what.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> i18n.get("userLayer.progress.reading", task.getMessage()), task.messageProperty()));
        ProgressBar bar = new ProgressBar();
        bar.setId("user-layer-progress");
        bar.setPrefWidth(360);
        bar.progressProperty().bind(task.progressProperty());
        bar.setAccessibleText(i18n.get("userLayer.progress.title"));
        a.getDialogPane().setContent(new VBox(10, what, bar));
        a.resultProperty().addListener((o, old, r) -> {
            if (r == ButtonType.CANCEL) task.cancel();
        });
        return a;
    }
}
