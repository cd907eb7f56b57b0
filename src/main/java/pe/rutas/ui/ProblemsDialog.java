package pe.rutas.ui;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import pe.rutas.io.LoadProblem;

/**
 * Tells the user, once, which data files or features could not be loaded and why; the app
 * runs on with what did load. Non-modal so that it never blocks the window behind it.
 */
public final class ProblemsDialog {
    private ProblemsDialog() {}

    public static Alert show(Window owner, List<LoadProblem> problems, I18n i18n) {
        return show(owner, problems, i18n, i18n.get("problems.title"), i18n.get("problems.header", problems.size()));
    }

    /** The same table under another title and header (e.g. the report on a user's own layer). */
    public static Alert show(Window owner, List<LoadProblem> problems, I18n i18n, String title, String header) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        TableView<LoadProblem> table = new TableView<>();
        table.setId("problems-table");
        table.getColumns().add(column(i18n.get("problems.file"), p -> p.file() + (p.line() > 0 ? ":" + p.line() : "")));
        table.getColumns().add(column(i18n.get("problems.feature"), p -> p.featureIndex() >= 0 ? Integer.toString(p.featureIndex()) : "–"));
        table.getColumns().add(column(i18n.get("problems.severity"),
                p -> i18n.get(p.severity() == LoadProblem.Severity.ERROR ? "problems.skipped" : "problems.warning")));
        table.getColumns().add(column(i18n.get("problems.reason"), p -> p.message(i18n.locale())));
        table.getItems().setAll(problems);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefSize(760, 280);
        alert.getDialogPane().setContent(table);
        alert.setResizable(true);
        alert.show();
        return alert;
    }

    private static TableColumn<LoadProblem, String> column(String title, java.util.function.Function<LoadProblem, String> value) {
        TableColumn<LoadProblem, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }
}
