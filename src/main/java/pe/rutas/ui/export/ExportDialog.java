package pe.rutas.ui.export;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import pe.rutas.export.ExportData;
import pe.rutas.export.ExportRequest;

/**
 * The "Export image…" dialog: size preset or custom size, scale factor, editable title (its
 * prompt is the default title), framing and file. Returns the request and target file, after
 * asking before replacing an existing file. FX thread only.
 */
public final class ExportDialog extends Dialog<ExportDialog.Result> {
    /** What the user asked for: the request and the PNG file to write. */
    public record Result(ExportRequest request, Path file) {}

    private final ExportDialogModel model;

    public ExportDialog(Window owner, ExportData data, ExportView view, ExportDialogModel model) {
        this.model = model;
        ResourceBundle t = ExportActions.text(view.locale());
        initOwner(owner);
        setTitle(t.getString("title"));
        setHeaderText(t.getString("header"));
        ButtonType export = new ButtonType(t.getString("export"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(export, ButtonType.CANCEL);
        getDialogPane().getStyleClass().add("export-dialog");

        ComboBox<ExportPreset> preset = new ComboBox<>(FXCollections.observableArrayList(ExportPreset.values()));
        preset.setId("export-preset");
        preset.setConverter(new StringConverter<>() {
            @Override public String toString(ExportPreset p) { return p == null ? "" : t.getString("preset." + p.name()); }
            @Override public ExportPreset fromString(String s) { return null; }
        });
        preset.valueProperty().bindBidirectional(model.preset);
        Spinner<Integer> w = new Spinner<>(200, ExportRequest.MAX_SIDE, model.width.get(), 10);
        Spinner<Integer> h = new Spinner<>(200, ExportRequest.MAX_SIDE, model.height.get(), 10);
        w.setId("export-width");
        h.setId("export-height");
        for (Spinner<Integer> sp : java.util.List.of(w, h)) {
            sp.setEditable(true);
            sp.disableProperty().bind(model.preset.isNotEqualTo(ExportPreset.CUSTOM));
        }
        model.width.addListener((o, a, b) -> w.getValueFactory().setValue(b.intValue()));
        model.height.addListener((o, a, b) -> h.getValueFactory().setValue(b.intValue()));
        w.valueProperty().addListener((o, a, b) -> { if (b != null) model.width.set(b); });
        h.valueProperty().addListener((o, a, b) -> { if (b != null) model.height.set(b); });

        ComboBox<Double> scale = new ComboBox<>(FXCollections.observableArrayList(null, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0));
        scale.setId("export-scale");
        scale.setConverter(new StringConverter<>() {
            @Override public String toString(Double d) { return d == null ? t.getString("scaleAuto") : d + "×"; }
            @Override public Double fromString(String s) { return null; }
        });
        scale.valueProperty().bindBidirectional(model.scale);

        var choices = ExportDialogModel.choices(data, view, t);
        ComboBox<FrameChoice> frame = new ComboBox<>(FXCollections.observableArrayList(choices));
        frame.setId("export-frame");
        if (model.frame.get() == null || !choices.contains(model.frame.get())) {
            model.frame.set(view.selection() != null ? choices.stream().filter(c -> view.selection().equals(c.target())).findFirst().orElse(choices.get(0)) : choices.get(0));
        }
        frame.valueProperty().bindBidirectional(model.frame);

        TextField title = new TextField();
        title.setId("export-title");
        title.textProperty().bindBidirectional(model.title);
        title.setPrefColumnCount(36);
        // the default title depends on the framing: show it as the prompt
        Runnable prompt = () -> {
            try {
                var req = model.toRequest(view).withTitle(null);
                title.setPromptText(new pe.rutas.export.Exporter(data).compose(req.withScale(1)).title());
            } catch (RuntimeException e) {
                title.setPromptText("");
            }
        };
        model.frame.addListener((o, a, b) -> prompt.run());
        prompt.run();

        TextField file = new TextField(model.file.get() == null ? "" : model.file.get().toString());
        file.setId("export-file");
        file.setPrefColumnCount(36);
        Button browse = new Button(t.getString("browse"));
        browse.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.getString("pngFiles"), "*.png"));
            if (model.file.get() != null && model.file.get().getParent() != null) fc.setInitialDirectory(model.file.get().getParent().toFile());
            fc.setInitialFileName(model.file.get() == null ? "rutas-map.png" : model.file.get().getFileName().toString());
            File f = fc.showSaveDialog(getDialogPane().getScene().getWindow());
            if (f != null) file.setText(f.getPath().toLowerCase().endsWith(".png") ? f.getPath() : f.getPath() + ".png");
        });
        HBox fileRow = new HBox(6, file, browse);
        HBox.setHgrow(file, Priority.ALWAYS);

        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.setPadding(new Insets(10));
        int row = 0;
        g.addRow(row++, new Label(t.getString("size")), preset);
        g.addRow(row++, new Label(t.getString("width")), w);
        g.addRow(row++, new Label(t.getString("height")), h);
        g.addRow(row++, new Label(t.getString("scale")), scale);
        g.addRow(row++, new Label(t.getString("frame")), frame);
        g.addRow(row++, new Label(t.getString("mapTitle")), title);
        g.addRow(row, new Label(t.getString("file")), fileRow);
        getDialogPane().setContent(g);

        Button ok = (Button) getDialogPane().lookupButton(export);
        ok.disableProperty().bind(file.textProperty().isEmpty());
        // ask before replacing a file; "no" keeps the dialog open
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            Optional<String> bad = model.problem(view);
            if (bad.isPresent()) {
                Alert a = new Alert(Alert.AlertType.ERROR, bad.get(), ButtonType.OK);
                a.initOwner(getDialogPane().getScene().getWindow());
                a.setHeaderText(null);
                a.showAndWait();
                e.consume();
                return;
            }
            Path p = Path.of(file.getText().strip());
            model.file.set(p);
            if (Files.exists(p) && !confirmOverwrite(p, t)) e.consume();
        });
        setResultConverter(bt -> bt == export ? new Result(model.toRequest(view), model.file.get()) : null);
    }

    private boolean confirmOverwrite(Path p, ResourceBundle t) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, MessageFormat.format(t.getString("overwrite.text"), p.getFileName()),
                ButtonType.YES, ButtonType.NO);
        a.initOwner(getDialogPane().getScene().getWindow());
        a.setTitle(t.getString("overwrite.title"));
        a.setHeaderText(null);
        Optional<ButtonType> r = a.showAndWait();
        return r.isPresent() && r.get() == ButtonType.YES;
    }

    public ExportDialogModel model() {
        return model;
    }
}
