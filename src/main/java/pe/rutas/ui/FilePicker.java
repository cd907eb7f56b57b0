package pe.rutas.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks the user which files to open. The app's picker is the platform's file dialog
 * ({@link #fileChooser()}); a test gives the answer without a dialog, which cannot be driven
 * headless. FX thread only.
 */
@FunctionalInterface
public interface FilePicker {

    /**
     * What to ask: the dialog's title, its file-type filters (the first one is selected) and the
     * folder to start in ({@code null}: the platform's choice).
     */
    record Request(String title, List<FileChooser.ExtensionFilter> filters, Path initialDirectory) {
        public Request {
            filters = List.copyOf(filters);
        }
    }

    /**
     * Shows the question over {@code owner} (may be null) and waits for the answer.
     *
     * @return the chosen files in the order given; empty when the user cancelled
     */
    List<Path> pick(Window owner, Request request);

    /** The platform's open dialog, allowing several files at once. */
    static FilePicker fileChooser() {
        return (owner, request) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(request.title());
            chooser.getExtensionFilters().setAll(request.filters());
            if (request.initialDirectory() != null) chooser.setInitialDirectory(request.initialDirectory().toFile());
            List<File> files = chooser.showOpenMultipleDialog(owner);
            return files == null ? List.of() : files.stream().map(File::toPath).toList();
        };
    }
}
