package pe.rutas.ui;

import javafx.beans.property.BooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Pane;
import pe.rutas.model.SavedView;

/**
 * Adds the user-data features (issue 6) to a built {@link MainView}: File → Open layer… (Ctrl+O)
 * and drops of GeoJSON files on the window, the user's layers in the Layers tab, a Views tab and a
 * Views menu for saved views (Ctrl+D saves the current view, Ctrl+Shift+D opens the list), and
 * View → Animate map movements. Wiring only. FX thread only.
 */
public final class UserDataUi {
    private UserDataUi() {}

    /** The parts {@link #install} adds, for the app and tests. */
    public record Parts(UserLayersSection layers, SavedViewsPane views, Tab viewsTab, Menu viewsMenu) {}

    public static Parts install(MainView view, UserLayersModel layers, UserLayerOpener opener, SavedViewsModel views,
                                BooleanProperty animate, I18n i18n) {
        UserLayersSection section = new UserLayersSection(layers, opener, i18n);
        for (Tab t : view.sidePanel().getTabs()) {
            if ("tab-layers".equals(t.getId()) && t.getContent() instanceof ScrollPane sp && sp.getContent() instanceof Pane box) {
                box.getChildren().addAll(new Separator(), section);
            }
        }
        SavedViewsPane viewsPane = new SavedViewsPane(views, i18n,
                () -> view.getScene() == null ? null : view.getScene().getWindow());
        Tab viewsTab = new Tab();
        viewsTab.setId("tab-views");
        viewsTab.textProperty().bind(i18n.text("tab.views"));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text("tab.views.tip"));
        viewsTab.setTooltip(tip);
        viewsTab.setContent(viewsPane);
        view.sidePanel().getTabs().add(viewsTab);
        opener.installDropTarget(view);

        Runnable showViews = () -> {
            view.sidePanel().getSelectionModel().select(viewsTab);
            viewsPane.list().requestFocus();
            if (viewsPane.list().getSelectionModel().isEmpty() && !views.views().isEmpty()) {
                viewsPane.list().getSelectionModel().select(0);
            }
        };
        Runnable showLayers = () -> view.sidePanel().getTabs().stream().filter(t -> "tab-layers".equals(t.getId()))
                .findFirst().ifPresent(t -> view.sidePanel().getSelectionModel().select(t));
        MenuBar bar = view.menuBar();
        Menu file = bar.getMenus().get(0);
        MenuItem open = item(i18n, "menu.openLayer", () -> {
            showLayers.run();
            opener.choose();
        }, new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setId("menu-open-layer");
        file.getItems().addAll(0, java.util.List.of(open, new SeparatorMenuItem()));

        Menu viewsMenu = new Menu();
        viewsMenu.setId("menu-views");
        viewsMenu.textProperty().bind(i18n.text("menu.views"));
        MenuItem save = item(i18n, "menu.saveView", () -> {
            view.sidePanel().getSelectionModel().select(viewsTab);
            viewsPane.saveCurrent();
        }, new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN));
        save.setId("menu-save-view");
        MenuItem manage = item(i18n, "menu.manageViews", showViews,
                new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        MenuItem export = item(i18n, "menu.exportViews", viewsPane::exportViews, null);
        MenuItem importViews = item(i18n, "menu.importViews", viewsPane::importViews, null);
        int fixed = 6;
        viewsMenu.getItems().addAll(save, manage, new SeparatorMenuItem(), export, importViews, new SeparatorMenuItem());
        Runnable fillViews = () -> {
            viewsMenu.getItems().remove(fixed, viewsMenu.getItems().size());
            int n = 0;
            for (SavedView v : views.views()) {
                MenuItem restore = new MenuItem(v.name());
                restore.setMnemonicParsing(false);
                restore.setId("menu-view-" + n++);
                restore.setOnAction(e -> views.restore(v));
                viewsMenu.getItems().add(restore);
            }
            export.setDisable(views.views().isEmpty());
        };
        views.views().addListener((ListChangeListener<SavedView>) c -> fillViews.run());
        fillViews.run();
        bar.getMenus().add(Math.max(0, bar.getMenus().size() - 1), viewsMenu);

        bar.getMenus().stream().filter(m -> "menu-view".equals(m.getId())).findFirst().ifPresent(m -> {
            CheckMenuItem animateItem = new CheckMenuItem();
            animateItem.setId("menu-animate");
            animateItem.textProperty().bind(i18n.text("menu.animate"));
            animateItem.selectedProperty().bindBidirectional(animate);
            m.getItems().addAll(new SeparatorMenuItem(), animateItem);
        });
        return new Parts(section, viewsPane, viewsTab, viewsMenu);
    }

    private static MenuItem item(I18n i18n, String key, Runnable action, KeyCombination accelerator) {
        return MenuItems.of(i18n, key, accelerator, action);
    }
}
