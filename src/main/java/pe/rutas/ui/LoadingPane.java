package pe.rutas.ui;

import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

/** What the window shows while the data loads: a progress indicator and the current step. */
public final class LoadingPane extends VBox {
    public LoadingPane(ObservableDoubleValue progress, ObservableStringValue message, I18n i18n) {
        super(12);
        setId("loading");
        getStyleClass().add("loading-pane");
        setAlignment(Pos.CENTER);
        Label title = new Label();
        title.textProperty().bind(i18n.text("app.title"));
        title.getStyleClass().add("loading-title");
        ProgressIndicator indicator = new ProgressIndicator();
        indicator.progressProperty().bind(progress);
        indicator.accessibleTextProperty().bind(i18n.text("loading.accessible"));
        Label step = new Label();
        step.textProperty().bind(message);
        getChildren().addAll(title, indicator, step);
    }
}
