package pe.rutas.app;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import pe.rutas.export.ExportData;
import pe.rutas.export.ExportUserLayer;
import pe.rutas.map.RutasMap;
import pe.rutas.ui.CatalogExplorerData;
import pe.rutas.ui.I18n;
import pe.rutas.ui.MainView;
import pe.rutas.ui.MenuItems;
import pe.rutas.ui.SelectionModel;
import pe.rutas.ui.Theme;
import pe.rutas.ui.ViewSettings;
import pe.rutas.ui.export.ExportActions;
import pe.rutas.ui.export.MapExportView;
import pe.rutas.ui.presenter.PresenterMode;

/**
 * Builds the explorer window's content from loaded data: map, data view, panels, and the
 * export and presenter features with their shortcuts and File menu entries. FX thread.
 */
public final class ExplorerAssembly {
    private ExplorerAssembly() {}

    /**
     * @param browser opens a checked http/https URL (HostServices in the app)
     */
    public static MainView build(LoadedData data, I18n i18n, ViewSettings settings, Consumer<String> browser) {
        return build(data, i18n, settings, browser, null);
    }

    /** As above, with the user's settings and saved views kept by {@code session} (null: nothing kept). */
    public static MainView build(LoadedData data, I18n i18n, ViewSettings settings, Consumer<String> browser,
                                 UserSession session) {
        SelectionModel selection = new SelectionModel();
        RutasMap map = new RutasMap(data.departments(), data.countries(), data.catalogs(), selection.selectedProperty());
        map.highContrastProperty().bind(settings.themeProperty().isEqualTo(Theme.HIGH_CONTRAST));
        MainView view = new MainView(new CatalogExplorerData(data.departments(), data.catalogs(), i18n),
                new RutasMapControl(map, data.departments(), data.catalog(), i18n), selection, i18n, settings, browser);
        ExportData exportData = new ExportData(data.departments(), data.countries(), data.catalog(), data.spanish(), data.problems());
        ExportActions export = ExportActions.install(view, exportData, () -> MapExportView.of(map), null);    // with the period filter (issue 8)
        // the presenter draws the own layers as the export gets them, and follows later changes
        javafx.beans.binding.ObjectBinding<List<ExportUserLayer>> ownLayers = javafx.beans.binding.Bindings.createObjectBinding(
                () -> MapExportView.userLayers(map), map.userLayersRevisionProperty());
        PresenterMode.installShortcut(view, exportData, i18n::locale, ownLayers);
        Menu file = view.menuBar().getMenus().get(0);
        file.getItems().addAll(0, List.of(
                MenuItems.of(i18n, "menu.export", ExportActions.EXPORT, export::exportImage),
                MenuItems.of(i18n, "menu.copyImage", ExportActions.COPY, export::copyToClipboard),
                MenuItems.of(i18n, "menu.print", ExportActions.PRINT, export::print),
                MenuItems.of(i18n, "menu.presenter", PresenterMode.SHORTCUT,
                        () -> PresenterMode.enter(view.getScene().getWindow(), exportData, i18n.locale(), ownLayers)),
                new SeparatorMenuItem()));
        view.addToolButton(toolButton(i18n, "toolbar.present", "toolbar.present.tip",
                () -> PresenterMode.enter(view.getScene().getWindow(), exportData, i18n.locale(), ownLayers)));
        view.addToolButton(toolButton(i18n, "toolbar.export", "toolbar.export.tip", export::exportImage));
        UserFeatures.install(view, map, data.catalog(), selection, i18n, session);
        return view;
    }

    /** A top-bar button with a tooltip that names its shortcut, and the same text for screen readers. */
    private static javafx.scene.control.Button toolButton(I18n i18n, String key, String tipKey, Runnable action) {
        javafx.scene.control.Button b = new javafx.scene.control.Button();
        b.textProperty().bind(i18n.text(key));
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        tip.textProperty().bind(i18n.text(tipKey));
        b.setTooltip(tip);
        b.accessibleTextProperty().bind(i18n.text(tipKey));
        b.setId(key.replace('.', '-'));
        b.setOnAction(e -> action.run());
        return b;
    }
}
