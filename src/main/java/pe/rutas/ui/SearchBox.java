package pe.rutas.ui;

import javafx.geometry.Bounds;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Popup;

/**
 * A text field with a drop-down of suggestions. Typing updates the suggestions; Down/Up move
 * through them while focus stays in the field; Enter selects the highlighted (or best)
 * suggestion and flies the map there; Esc closes the list, or clears the field when closed.
 */
public final class SearchBox extends HBox {
    private final SearchViewModel model;
    private final I18n i18n;
    private final TextField field = new TextField();
    private final ListView<SearchEntry> list = new ListView<>();
    private final Popup popup = new Popup();

    public SearchBox(SearchViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        getStyleClass().add("search-box");
        field.setId("search-field");
        field.promptTextProperty().bind(i18n.text("search.prompt"));
        field.accessibleTextProperty().bind(i18n.text("search.accessible"));
        Controls.tooltip(i18n, field, "search.tip");
        field.textProperty().bindBidirectional(model.queryProperty());
        HBox.setHgrow(field, Priority.ALWAYS);
        field.setMaxWidth(Double.MAX_VALUE);
        getChildren().add(field);

        list.setId("search-suggestions");
        list.getStyleClass().add("search-suggestions");
        list.setItems(model.suggestions());
        list.setFocusTraversable(false);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(SearchEntry item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : model.display(item, i18n));
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && list.getSelectionModel().getSelectedItem() != null) {
                submit(list.getSelectionModel().getSelectedItem());
            }
        });
        popup.getContent().add(list);
        popup.setAutoHide(true);
        model.suggestions().addListener((javafx.collections.ListChangeListener<SearchEntry>) c -> refreshPopup());
        field.focusedProperty().addListener((obs, was, now) -> { if (!now) popup.hide(); });
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        i18n.bundleProperty().addListener((obs, old, now) -> list.refresh());
    }

    public TextField field() { return field; }

    private void onKey(KeyEvent e) {
        KeyCode code = e.getCode();
        if (code == KeyCode.DOWN || code == KeyCode.UP) {
            if (model.suggestions().isEmpty()) return;
            int i = list.getSelectionModel().getSelectedIndex();
            int n = model.suggestions().size();
            int next = code == KeyCode.DOWN ? Math.min(n - 1, i + 1) : Math.max(0, i - 1);
            list.getSelectionModel().select(next);
            list.scrollTo(next);
            field.setAccessibleHelp(model.display(model.suggestions().get(next), i18n));
            e.consume();
        } else if (code == KeyCode.ENTER) {
            submit(list.getSelectionModel().getSelectedItem());
            e.consume();
        } else if (code == KeyCode.ESCAPE) {
            if (popup.isShowing()) popup.hide();
            else field.clear();
            e.consume();
        }
    }

    private void submit(SearchEntry chosen) {
        model.submit(chosen);
        popup.hide();
    }

    private void refreshPopup() {
        list.getSelectionModel().clearSelection();
        if (model.suggestions().isEmpty() || !field.isFocused() || getScene() == null || getScene().getWindow() == null) {
            popup.hide();
            return;
        }
        // A Popup is a separate scene: it gets the window's stylesheets and the field's text size
        // (which follows the Ctrl+/Ctrl- scale) so that the list matches the rest of the UI.
        list.getStylesheets().setAll(getScene().getStylesheets());
        double fontSize = field.getFont().getSize();
        list.setStyle("-fx-font-size: " + fontSize + "px;");
        list.setFixedCellSize(Math.ceil(fontSize * 2));
        list.setPrefWidth(Math.max(fontSize * 22, field.getWidth()));
        list.setPrefHeight(model.suggestions().size() * list.getFixedCellSize() + 4);
        if (!popup.isShowing()) {
            Bounds b = field.localToScreen(field.getBoundsInLocal());
            if (b != null) popup.show(field, b.getMinX(), b.getMaxY());
        }
    }
}
