package pe.rutas.ui;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The explorer window's content: menu and search on top, the map in the centre, the side
 * panel (Details, Sources, Layers, Legend) on the right and the attribution line below.
 * Built from already-loaded data; wiring only, each part is its own view.
 */
public final class MainView extends BorderPane {
    private final I18n i18n;
    private final SearchBox search;
    private final MapPane mapPane;
    private final TabPane side = new TabPane();
    private final Tab detailsTab;
    private final SelectionModel selection;
    private final MapControl map;
    private final javafx.scene.control.MenuBar menuBar;
    private final HBox top;

    /**
     * @param browser opens a checked http/https URL in the desktop browser
     */
    public MainView(ExplorerData data, MapControl map, SelectionModel selection, I18n i18n,
                    ViewSettings settings, Consumer<String> browser) {
        this.i18n = i18n;
        this.selection = selection;
        this.map = map;
        setId("main-view");
        getStyleClass().add("main-view");
        DetailsViewModel details = new DetailsViewModel(selection, data, i18n, browser);
        if (map.periodProperty() != null) details.periodProperty().bind(map.periodProperty());
        search = new SearchBox(new SearchViewModel(data, selection, map), i18n);
        mapPane = new MapPane(map, selection, data, i18n);
        mapPane.setOnLeave(forward -> { if (forward) side.requestFocus(); else search.field().requestFocus(); });

        detailsTab = tab("tab.details", new DetailsPane(details, i18n, map, data), "tab-details");
        Tab sources = tab("tab.sources", new SourcesPane(data, i18n, selection, details), "tab-sources");
        Tab layers = tab("tab.layers", new LayersPane(map, data, i18n), "tab-layers");
        Tab legend = tab("tab.legend", new LegendPane(map, i18n), "tab-legend");
        side.setId("side-panel");
        side.accessibleTextProperty().bind(i18n.text("side.accessible"));
        side.getTabs().addAll(detailsTab, sources, layers, legend);
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        side.setMinWidth(280);
        selection.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && side.getSelectionModel().getSelectedItem() != sources) {
                side.getSelectionModel().select(detailsTab);
            }
        });

        Label title = new Label();
        title.textProperty().bind(i18n.text("app.title"));
        title.getStyleClass().add("app-title");
        top = new HBox(12, title, search);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("top-bar");
        top.setPadding(new Insets(6, 10, 6, 10));
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMaxWidth(520);
        if (map.periodProperty() != null) {
            data.evidenceExtent().ifPresent(extent -> top.getChildren().add(new PeriodControl(map.periodProperty(), extent, i18n)));
        }
        menuBar = AppMenu.build(i18n, settings, actions());
        setTop(new VBox(menuBar, top));

        SplitPane split = new SplitPane(mapPane, side);
        split.setDividerPositions(0.7);
        SplitPane.setResizableWithParent(side, false);
        setCenter(split);

        HBox bottom = new HBox(new AttributionLine(map, i18n));
        bottom.getStyleClass().add("status-bar");
        bottom.setPadding(new Insets(3, 10, 3, 10));
        setBottom(bottom);
    }

    public SearchBox search() { return search; }

    /** The selection shared by the map, the panels and the search box. */
    public SelectionModel selection() { return selection; }

    /**
     * Gives the map the keyboard once the view has been laid out in its window (so arrows pan
     * straight away and the search box shows its prompt). Called before that, it waits for the
     * next layout pulse: the scene picks an initial focus owner of its own on its first pulse.
     */
    public void focusMap() {
        javafx.scene.Scene scene = getScene();
        if (scene == null) {
            Platform.runLater(mapPane::requestFocus);
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(mapPane::requestFocus);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    public MapPane mapPane() { return mapPane; }

    /** The menu bar, so that the app can add the menus of other features (export, presenter). */
    public javafx.scene.control.MenuBar menuBar() { return menuBar; }

    /** Puts a tool button of another feature (export, presenter) in the top bar, after the search box. */
    public void addToolButton(javafx.scene.control.Button button) {
        button.getStyleClass().add("tool-button");
        top.getChildren().add(top.getChildren().indexOf(search) + 1, button);
    }

    /** The map as the UI drives it. */
    public MapControl map() { return map; }

    public TabPane sidePanel() { return side; }

    private Tab tab(String key, javafx.scene.Node content, String id) {
        Tab t = new Tab();
        t.textProperty().bind(i18n.text(key));
        t.setContent(content);
        t.setId(id);
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        tip.textProperty().bind(i18n.text(key + ".tip"));
        t.setTooltip(tip);
        return t;
    }

    private AppMenu.Actions actions() {
        return new AppMenu.Actions() {
            @Override public void quit() { Platform.exit(); }

            @Override public void focusSearch() { search.field().requestFocus(); }

            @Override public void focusMap() { mapPane.requestFocus(); }

            @Override public void showShortcuts() { info("shortcuts.title", "shortcuts.text"); }

            @Override public void showAbout() { info("about.title", "about.text"); }
        };
    }

    private void info(String titleKey, String textKey) {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        if (getScene() != null) a.initOwner(getScene().getWindow());
        a.setTitle(i18n.get(titleKey));
        a.setHeaderText(i18n.get(titleKey));
        Label text = new Label(i18n.get(textKey));
        text.setWrapText(true);
        a.getDialogPane().setContent(text);
        a.show();
    }
}
