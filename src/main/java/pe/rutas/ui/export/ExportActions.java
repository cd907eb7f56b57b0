package pe.rutas.ui.export;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.Node;
import javafx.stage.Stage;
import javafx.stage.Window;
import pe.rutas.export.ExportData;
import pe.rutas.export.ExportMessages;
import pe.rutas.export.ExportRequest;
import pe.rutas.export.Exporter;
import pe.rutas.export.PngWriter;

/**
 * The export commands of the main window: Export image… (Ctrl+E), Copy map (Ctrl+Shift+C) and
 * Print (Ctrl+P), all producing the same composition as the command line. The window reports what
 * it shows through a {@code Supplier<ExportView>}; messages for the status bar go to
 * {@code status}, in the window's language ({@link ExportView#locale()}), failures included: the
 * export's reasons (a size out of range, an unknown id, a file that cannot be written) come in
 * the same language through {@link ExportMessages#describe}. Rendering happens on the FX thread
 * (canvas snapshot); encoding and writing the PNG on a background thread.
 *
 * <p>Hook (any node of the main window, before or after it is in a scene):
 * {@code ExportActions.install(mainView, exportData, () -> MapExportView.of(map, null), status -> {})}.
 */
public final class ExportActions {
    public static final KeyCombination EXPORT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination PRINT = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);

    private final java.util.function.Supplier<Window> owner;
    private final Exporter exporter;
    private final Supplier<ExportView> view;
    private final Consumer<String> status;
    private final ExportDialogModel settings = new ExportDialogModel();

    public ExportActions(Stage stage, ExportData data, Supplier<ExportView> view, Consumer<String> status) {
        this(() -> stage, data, view, status);
    }

    /** @param owner the main window at the time of an action (dialogs are modal to it) */
    public ExportActions(Supplier<Window> owner, ExportData data, Supplier<ExportView> view, Consumer<String> status) {
        this.owner = owner;
        this.exporter = new Exporter(data);
        this.view = view;
        // without a status bar, messages (success or failure) appear in a small non-blocking dialog
        this.status = status != null ? status : m -> {
            javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION, m);
            a.setHeaderText(null);
            if (owner.get() != null) a.initOwner(owner.get());
            a.show();
        };
    }

    /** Creates the actions and registers their accelerators on the stage's scene (which must be set). */
    public static ExportActions install(Stage stage, ExportData data, Supplier<ExportView> view, Consumer<String> status) {
        ExportActions a = new ExportActions(stage, data, view, status);
        a.registerOn(stage.getScene());
        return a;
    }

    /**
     * Creates the actions for the window that {@code node} is (or will be) in, and registers their
     * accelerators on its scene as soon as it has one (and on any scene it moves to).
     */
    public static ExportActions install(Node node, ExportData data, Supplier<ExportView> view, Consumer<String> status) {
        ExportActions a = new ExportActions(() -> node.getScene() == null ? null : node.getScene().getWindow(), data, view, status);
        if (node.getScene() != null) {
            a.registerOn(node.getScene());
        } else {
            node.sceneProperty().addListener(new javafx.beans.value.ChangeListener<Scene>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Scene> o, Scene was, Scene now) {
                    if (now == null) return;
                    a.registerOn(now);
                }
            });
        }
        return a;
    }

    private void registerOn(Scene scene) {
        scene.getAccelerators().put(EXPORT, this::exportImage);
        scene.getAccelerators().put(COPY, this::copyToClipboard);
        scene.getAccelerators().put(PRINT, this::print);
    }

    static ResourceBundle text(Locale locale) {
        Locale l = "es".equals(locale.getLanguage()) ? Locale.forLanguageTag("es") : Locale.ROOT;
        return ResourceBundle.getBundle("pe.rutas.ui.export.export-dialog", l,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Opens the export dialog and writes the PNG the user asks for. */
    public void exportImage() {
        ExportView v = view.get();
        ResourceBundle t = text(v.locale());
        new ExportDialog(owner.get(), exporter.data(), v, settings).showAndWait().ifPresent(r -> write(r.request(), r.file(), t));
    }

    /**
     * Renders {@code req} now and writes it to {@code file} in the background (overwriting: the dialog
     * asked). A failure is reported to {@code status} in the request's language; null when rendering failed.
     */
    public Task<Path> write(ExportRequest req, Path file, ResourceBundle t) {
        WritableImage img;
        try {
            img = exporter.render(req);
        } catch (RuntimeException e) {
            status.accept(MessageFormat.format(t.getString("failed"), ExportMessages.describe(e, req.locale())));
            return null;
        }
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                BufferedImage rgb = PngWriter.toRgb(img);
                PngWriter.write(rgb, file, true);
                return file;
            }
        };
        task.setOnSucceeded(e -> status.accept(MessageFormat.format(t.getString("done"), file, req.width(), req.height())));
        task.setOnFailed(e -> status.accept(MessageFormat.format(t.getString("failed"), ExportMessages.describe(task.getException(), req.locale()))));
        Thread th = new Thread(task, "rutas-export-writer");
        th.setDaemon(true);
        th.start();
        return task;
    }

    /** Copies the same composition as the last export settings (default 1920×1080) to the clipboard. */
    public void copyToClipboard() {
        ExportView v = view.get();
        ResourceBundle t = text(v.locale());
        try {
            ExportRequest req = settings.toRequest(v);
            WritableImage img = exporter.render(req);
            ClipboardContent c = new ClipboardContent();
            c.putImage(img);
            Clipboard.getSystemClipboard().setContent(c);
            status.accept(MessageFormat.format(t.getString("copied"), req.width(), req.height()));
        } catch (RuntimeException e) {
            status.accept(MessageFormat.format(t.getString("failed"), ExportMessages.describe(e, v.locale())));
        }
    }

    /** Page setup, print dialog, then the composition fitted to the printable area at about 300 dpi. */
    public void print() {
        ExportView v = view.get();
        ResourceBundle t = text(v.locale());
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            status.accept(t.getString("print.noPrinter"));
            return;
        }
        if (!job.showPageSetupDialog(owner.get()) || !job.showPrintDialog(owner.get())) {
            job.cancelJob();
            return;
        }
        try {
            PageLayout page = job.getJobSettings().getPageLayout();
            double pw = page.getPrintableWidth(), ph = page.getPrintableHeight(); // points (1/72 in)
            double dpi = 300, k = dpi / 72;
            int w = (int) Math.round(pw * k), h = (int) Math.round(ph * k);
            ExportRequest base = settings.toRequest(v);
            // the print keeps the dialog's framing and title; size follows the paper, type ~ 1/100 of the page width in points
            ExportRequest req = new ExportRequest(w, h, Math.max(0.5, Math.min(8, k * Math.max(1, pw / 800))), base.locale(), base.title(),
                    base.target(), base.view(), base.statTableId(), base.layers(), base.onlineBasemap(), base.period(), base.exportDate(),
                    base.highlight(), base.userLayers());
            ImageView iv = new ImageView(exporter.render(req));
            iv.setFitWidth(pw);
            iv.setFitHeight(ph);
            iv.setPreserveRatio(true);
            if (job.printPage(iv)) job.endJob();
            else status.accept(MessageFormat.format(t.getString("print.failed"), job.getJobStatus()));
        } catch (RuntimeException e) {
            job.cancelJob();
            status.accept(MessageFormat.format(t.getString("print.failed"), ExportMessages.describe(e, v.locale())));
        }
    }

    public ExportDialogModel settings() {
        return settings;
    }
}
