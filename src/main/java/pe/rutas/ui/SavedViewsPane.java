package pe.rutas.ui;

import java.io.File;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import pe.rutas.io.SettingsException;
import pe.rutas.io.ViewsImport;
import pe.rutas.model.SavedView;

/**
 * The "Views" side tab: the saved views in a list (Enter or double-click restores, F2 renames,
 * Delete deletes, Alt+Up/Down reorders) and buttons to save the current view, restore, rename,
 * delete, export and import. Also the dialogs the Views menu uses. FX thread only.
 */
public final class SavedViewsPane extends VBox {
    private final SavedViewsModel model;
    private final I18n i18n;
    private final Supplier<Window> owner;
    private final ListView<SavedView> list = new ListView<>();

    public SavedViewsPane(SavedViewsModel model, I18n i18n, Supplier<Window> owner) {
        super(8);
        this.model = model;
        this.i18n = i18n;
        this.owner = owner;
        setId("saved-views");
        setPadding(new Insets(8));
        Label hint = Controls.label("", "layers-note");
        hint.textProperty().bind(i18n.text("views.hint"));
        list.setId("saved-views-list");
        list.setItems(model.views());
        list.accessibleTextProperty().bind(i18n.text("views.list.accessible"));
        list.setCellFactory(v -> new ViewCell());
        i18n.bundleProperty().addListener((o, old, now) -> list.refresh());
        Label empty = Controls.label("", "layers-note");
        empty.textProperty().bind(i18n.text("views.empty"));
        list.setPlaceholder(empty);
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setOnKeyPressed(e -> {
            SavedView v = list.getSelectionModel().getSelectedItem();
            if (v == null) return;
            if (e.getCode() == KeyCode.ENTER) model.restore(v);
            else if (e.getCode() == KeyCode.F2) rename(v);
            else if (e.getCode() == KeyCode.DELETE) model.delete(v);
            else if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                model.move(v, e.getCode() == KeyCode.UP ? -1 : 1);
                list.getSelectionModel().select(v);
            } else return;
            e.consume();
        });
        list.setOnMouseClicked(e -> {
            SavedView v = list.getSelectionModel().getSelectedItem();
            if (v != null && e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) model.restore(v);
        });
        Button save = Controls.button(i18n, "views.save", this::saveCurrent);
        save.setId("views-save");
        Button restore = Controls.button(i18n, "views.restore", () -> selected().ifPresent(model::restore));
        restore.setId("views-restore");
        Button rename = Controls.button(i18n, "views.rename", () -> selected().ifPresent(this::rename));
        rename.setId("views-rename");
        Button delete = Controls.button(i18n, "views.delete", () -> selected().ifPresent(model::delete));
        delete.setId("views-delete");
        for (Button b : List.of(restore, rename, delete)) {
            b.disableProperty().bind(Bindings.isNull(list.getSelectionModel().selectedItemProperty()));
        }
        Button export = Controls.button(i18n, "views.export", this::exportViews);
        export.setId("views-export");
        export.disableProperty().bind(Bindings.isEmpty(model.views()));
        Button importViews = Controls.button(i18n, "views.import", this::importViews);
        importViews.setId("views-import");
        FlowPane actions = new FlowPane(6, 6, save, restore, rename, delete);
        FlowPane files = new FlowPane(6, 6, export, importViews);
        getChildren().addAll(hint, actions, list, files);
    }

    public ListView<SavedView> list() { return list; }

    private Optional<SavedView> selected() {
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }

    /** Asks for a name and saves the current view under it. */
    public void saveCurrent() {
        ask("views.save.title", model.suggestName(i18n.get("views.defaultName")), null).ifPresent(name -> {
            SavedView v = model.saveCurrent(name);
            list.getSelectionModel().select(v);
        });
    }

    public void rename(SavedView v) {
        ask("views.rename.title", v.name(), v).ifPresent(name -> list.getSelectionModel().select(model.rename(v, name)));
    }

    /** A name prompt that asks again, saying why, until the name is usable or the user cancels. */
    private Optional<String> ask(String titleKey, String initial, SavedView self) {
        String value = initial;
        String problem = null;
        while (true) {
            TextInputDialog d = new TextInputDialog(value);
            d.initOwner(owner.get());
            d.setTitle(i18n.get(titleKey));
            d.setHeaderText(problem == null ? i18n.get("views.name.prompt") : i18n.get(problem, SavedView.MAX_NAME));
            d.getEditor().setId("view-name-field");
            d.getEditor().setAccessibleText(i18n.get("views.name.prompt"));
            Optional<String> answer = d.showAndWait();
            if (answer.isEmpty()) return Optional.empty();
            value = answer.get();
            Optional<String> p = model.nameProblem(value, self);
            if (p.isEmpty()) return Optional.of(value.strip());
            problem = p.get();
        }
    }

    public void exportViews() {
        if (model.views().isEmpty()) return;
        FileChooser c = chooser("views.export.title");
        c.setInitialFileName(i18n.get("views.export.fileName"));
        File f = c.showSaveDialog(owner.get());
        if (f == null) return;
        try {
            model.exportTo(f.toPath(), List.copyOf(model.views()));
            message(Alert.AlertType.INFORMATION, "views.export.title", i18n.get("views.export.done", model.views().size(), f.getName()), null);
        } catch (SettingsException e) {
            message(Alert.AlertType.ERROR, "views.export.title", i18n.get("views.export.failed"), e.message(i18n.locale()));
        }
    }

    public void importViews() {
        File f = chooser("views.import.title").showOpenDialog(owner.get());
        if (f != null) importFrom(f.toPath());
    }

    /** Imports a views file and says what was added and what was left out. */
    public void importFrom(java.nio.file.Path file) {
        try {
            ViewsImport in = model.importFrom(file);
            String details = in.problems().isEmpty() ? null : String.join("\n", in.problems(i18n.locale()));
            message(in.problems().isEmpty() ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING, "views.import.title",
                    i18n.get("views.import.done", in.views().size(), in.problems().size()), details);
        } catch (SettingsException e) {
            message(Alert.AlertType.ERROR, "views.import.title", i18n.get("views.import.failed"), e.message(i18n.locale()));
        }
    }

    private FileChooser chooser(String titleKey) {
        FileChooser c = new FileChooser();
        c.setTitle(i18n.get(titleKey));
        c.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(i18n.get("views.file.type"), "*.json"),
                new FileChooser.ExtensionFilter(i18n.get("userLayer.choose.all"), "*"));
        return c;
    }

    private void message(Alert.AlertType type, String titleKey, String header, String details) {
        Alert a = new Alert(type);
        a.initOwner(owner.get());
        a.setTitle(i18n.get(titleKey));
        a.setHeaderText(header);
        if (details != null) {
            Label l = new Label(details);
            l.setWrapText(true);
            l.setId("views-message-details");
            a.getDialogPane().setContent(l);
        } else {
            a.setHeaderText(null);
            a.setContentText(header);
        }
        a.show();
    }

    private final class ViewCell extends ListCell<SavedView> {
        @Override
        protected void updateItem(SavedView v, boolean empty) {
            super.updateItem(v, empty);
            if (empty || v == null) {
                setText(null);
                setAccessibleText(null);
                return;
            }
            String info = i18n.get("views.cell", String.format(i18n.locale(), "%.1f", v.zoom()), v.visibleLayers().size());
            setText(v.name() + "\n" + info);
            setAccessibleText(v.name() + ", " + info);
        }
    }
}
