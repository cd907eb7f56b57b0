package pe.rutas.app;

import java.util.function.Consumer;
import pe.rutas.map.RutasMap;
import pe.rutas.ui.CatalogExplorerData;
import pe.rutas.ui.I18n;
import pe.rutas.ui.MainView;
import pe.rutas.ui.SelectionModel;
import pe.rutas.ui.Theme;
import pe.rutas.ui.ViewSettings;

/** Builds the explorer window's content from loaded data: map, data view, panels. FX thread. */
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
        RutasMap map = new RutasMap(data.departments(), data.countries(), data.catalog(), selection.selectedProperty());
        map.highContrastProperty().bind(settings.themeProperty().isEqualTo(Theme.HIGH_CONTRAST));
        MainView view = new MainView(new CatalogExplorerData(data.departments(), data.catalog(), i18n),
                new RutasMapControl(map, data.departments(), data.catalog(), i18n), selection, i18n, settings, browser);
        UserFeatures.install(view, map, data.catalog(), selection, i18n, session);
        return view;
    }
}
