package pe.rutas.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import pe.rutas.map.RutasMap;
import pe.rutas.model.Catalog;
import pe.rutas.ui.I18n;
import pe.rutas.ui.MainView;
import pe.rutas.ui.SavedViewsModel;
import pe.rutas.ui.SelectionModel;
import pe.rutas.ui.UserDataUi;
import pe.rutas.ui.UserLayerOpener;
import pe.rutas.ui.UserLayerRestorer;
import pe.rutas.ui.UserLayersModel;

/**
 * Wires issue 6's user data into an explorer window: own layers (opened on a background thread,
 * mirrored onto the map, remembered between runs and opened again at start), saved views over the
 * map, and the session's settings. FX thread.
 *
 * @param session the settings session, or null to keep nothing between runs
 */
record UserFeatures(RutasMap map, UserLayersModel layers, UserLayerOpener opener, UserLayerBridge bridge, SavedViewsModel views,
                    UserDataUi.Parts ui, UserSession session, UserLayerRestorer restorer) {
    private static final String KEY = "rutas.userFeatures";

    static UserFeatures install(MainView view, RutasMap map, Catalog catalog, SelectionModel selection, I18n i18n,
                                UserSession session) {
        UserLayersModel layers = new UserLayersModel();
        // one reader thread per window: files open one after another, off the FX thread
        ExecutorService loader = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "rutas-user-layer-loader");
            t.setDaemon(true);
            return t;
        });
        java.util.function.Supplier<javafx.stage.Window> window = () -> view.getScene() == null ? null : view.getScene().getWindow();
        UserLayerOpener opener = new UserLayerOpener(layers, i18n, loader, window);
        UserLayerBridge bridge = new UserLayerBridge(map, layers);
        UserLayerRestorer restorer = new UserLayerRestorer(layers, opener, i18n, window);
        layers.setRetryHandler(restorer::retry);
        SavedViewsModel views = new SavedViewsModel(new MapViewTarget(map, catalog, selection),
                session == null ? java.util.List.of() : session.initialViews());
        UserDataUi.Parts parts = UserDataUi.install(view, layers, opener, views, map.animateProperty(), i18n);
        if (session != null) {
            session.attach(map, views);
            session.attachUserLayerFolder(opener.lastFolderProperty());
            // placeholders first, so a layer still loading is remembered if the app closes meanwhile
            restorer.restore(session.initialUserLayers());
            session.attachUserLayers(layers);
        }
        UserFeatures f = new UserFeatures(map, layers, opener, bridge, views, parts, session, restorer);
        view.getProperties().put(KEY, f);
        return f;
    }

    /** The features installed in a window (null when none). */
    static UserFeatures of(MainView view) {
        return (UserFeatures) view.getProperties().get(KEY);
    }
}
