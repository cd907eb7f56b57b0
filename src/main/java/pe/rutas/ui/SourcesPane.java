package pe.rutas.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.geometry.Orientation;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * Every source with what on the map cites it, as a tree: source → citing features. Selecting
 * a feature selects it on the map; selecting a source shows its details (kind, author/date,
 * URL, the seed documents citing it) with Open source. Rebuilt on language change.
 */
public final class SourcesPane extends SplitPane {
    private final ExplorerData data;
    private final I18n i18n;
    private final SelectionModel selection;
    private final DetailsViewModel details;
    private final TreeView<Object> tree = new TreeView<>();
    private final VBox info = new VBox(4);

    public SourcesPane(ExplorerData data, I18n i18n, SelectionModel selection, DetailsViewModel details) {
        this.data = data;
        this.i18n = i18n;
        this.selection = selection;
        this.details = details;
        setId("sources");
        setOrientation(Orientation.VERTICAL);
        tree.setId("sources-tree");
        tree.setShowRoot(false);
        tree.accessibleTextProperty().bind(i18n.text("sources.accessible"));
        tree.setCellFactory(v -> new TreeCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("source-cell", "citer-cell");
                setTooltip(null);
                if (empty || item == null) {
                    setText(null);
                } else if (item instanceof SourceItem s) {
                    setText(s.title() + " (" + s.citers().size() + ")");
                    setTooltip(new javafx.scene.control.Tooltip(s.title()));
                    getStyleClass().add("source-cell");
                } else if (item instanceof SourceItem.Citer c) {
                    setText(c.name() + " · " + i18n.get("kind." + c.ref().kind().name().toLowerCase(java.util.Locale.ROOT)));
                    getStyleClass().add("citer-cell");
                } else {
                    setText(item.toString());
                }
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> onSelect(now));
        info.setPadding(new Insets(8));
        info.getStyleClass().add("source-info");
        ScrollPane infoScroll = new ScrollPane(info);
        infoScroll.setFitToWidth(true);
        getItems().addAll(tree, infoScroll);
        setDividerPositions(0.6);
        i18n.bundleProperty().addListener((obs, old, now) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        TreeItem<Object> root = new TreeItem<>("sources");
        for (SourceItem s : data.sources()) {
            TreeItem<Object> item = new TreeItem<>(s);
            s.citers().forEach(c -> item.getChildren().add(new TreeItem<>(c)));
            root.getChildren().add(item);
        }
        tree.setRoot(root);
        showInfo(null);
    }

    private void onSelect(TreeItem<Object> item) {
        if (item == null) return;
        if (item.getValue() instanceof SourceItem.Citer c) {
            selection.select(c.ref());
            showInfo(item.getParent() == null ? null : item.getParent().getValue());
        } else {
            showInfo(item.getValue());
        }
    }

    private void showInfo(Object value) {
        info.getChildren().clear();
        if (!(value instanceof SourceItem s)) {
            info.getChildren().add(Controls.label(i18n.get("sources.hint"), "card-empty"));
            return;
        }
        info.getChildren().add(Controls.label(s.title(), "card-title"));
        info.getChildren().add(Controls.label(s.kindLabel() + " · " + s.id(), "card-subtitle"));
        if (!s.detail().isBlank()) info.getChildren().add(Controls.label(s.detail(), "card-fact"));
        for (String line : s.citedIn()) info.getChildren().add(Controls.label(i18n.get("sources.citedIn", line), "citation-chain"));
        info.getChildren().add(Controls.label(i18n.get("sources.citers", s.citers().size()), "card-fact"));
        if (!s.url().isBlank()) {
            String urlText = s.urlNote().isBlank() ? s.url() : s.url() + " (" + s.urlNote() + ")";
            info.getChildren().add(Controls.label(urlText, "citation-url"));
            FlowPane buttons = new FlowPane(6, 6, Controls.staticButton(i18n.get("details.open"),
                    i18n.get("details.open.tip", s.url()), () -> details.open(s.url())));
            info.getChildren().add(buttons);
            Label status = Controls.label("", "card-status");
            status.textProperty().bind(details.statusProperty());
            info.getChildren().add(status);
        }
    }
}
