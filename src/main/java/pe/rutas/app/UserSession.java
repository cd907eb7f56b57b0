package pe.rutas.app;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Window;
import javafx.util.Duration;
import pe.rutas.io.ConfigDirectory;
import pe.rutas.io.SettingsException;
import pe.rutas.io.SettingsLoad;
import pe.rutas.io.SettingsStore;
import pe.rutas.map.LayerId;
import pe.rutas.map.RutasMap;
import pe.rutas.model.LayerSetting;
import pe.rutas.model.SavedView;
import pe.rutas.model.Settings;
import pe.rutas.model.UserData;
import pe.rutas.model.UserLayerSetting;
import pe.rutas.ui.I18n;
import pe.rutas.ui.SavedViewsModel;
import pe.rutas.ui.Theme;
import pe.rutas.ui.UserLayerEntry;
import pe.rutas.ui.UserLayerMemory;
import pe.rutas.ui.UserLayersModel;
import pe.rutas.ui.ViewSettings;

/**
 * The user's settings, saved views, remembered own layers and the folder they came from, for one run of the app: read once at start through
 * {@link SettingsStore} (a damaged file is moved aside and the user told once, see
 * {@link #showMessagesOnce}), applied to the language, theme, text size and map, and saved again
 * (atomically, by the store) half a second after the last change and on exit.
 *
 * <p>The config directory is the system property {@value #CONFIG_DIR_PROPERTY} when set (tests always
 * set it to a temporary folder), else the platform's ({@link ConfigDirectory}). Changes are observed
 * and snapshotted on the FX thread; the file is written on a background thread, except on
 * {@link #close()}.
 */
public final class UserSession implements AutoCloseable {
    public static final String CONFIG_DIR_PROPERTY = "rutas.config";
    static final Duration SAVE_DELAY = Duration.millis(500);

    private final SettingsStore store;
    private final SettingsLoad loaded;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rutas-settings-writer");
        t.setDaemon(true);
        return t;
    });
    private final ChangeListener<Object> changed = (o, old, now) -> scheduleSave();
    private Settings base;
    private I18n i18n;
    private ViewSettings view;
    private RutasMap map;
    private SavedViewsModel views;
    private UserLayersModel userLayers;
    private ObjectProperty<Path> userLayerFolder;
    private boolean languageChosen;
    private PauseTransition debounce;
    private boolean messagesShown;
    private volatile boolean saveErrorShown;

    public UserSession(SettingsStore store) {
        this.store = store;
        this.loaded = store.load();
        this.base = loaded.data().settings();
        this.languageChosen = !base.language().isEmpty();
    }

    /** The session of the configured directory (see the class comment). */
    public static UserSession open() {
        return new UserSession(new SettingsStore(configDirectory()));
    }

    public static Path configDirectory() {
        String dir = System.getProperty(CONFIG_DIR_PROPERTY, "");
        return dir.isBlank() ? ConfigDirectory.forCurrentUser() : Path.of(dir);
    }

    public SettingsLoad loaded() { return loaded; }

    public SettingsStore store() { return store; }

    /** The saved views read at start. */
    public List<SavedView> initialViews() { return loaded.data().views(); }

    /** The user's own layers remembered at the last run, bottom first. */
    public List<UserLayerSetting> initialUserLayers() { return loaded.data().userLayers(); }

    /** The UI language to start in: the saved one, else the system's. */
    public Locale locale(Locale system) {
        return switch (base.language()) {
            case "es" -> I18n.SPANISH;
            case "en" -> I18n.ENGLISH;
            default -> I18n.defaultFor(system);
        };
    }

    /** Applies the saved theme and text size, and saves when they or the language change. */
    public void applyTo(I18n i18n, ViewSettings view) {
        this.i18n = i18n;
        this.view = view;
        view.themeProperty().set("high-contrast".equals(base.theme()) ? Theme.HIGH_CONTRAST : Theme.DEFAULT);
        view.fontScale().setPercent(base.fontScale() * 100);
        i18n.localeProperty().addListener((o, old, now) -> {
            languageChosen = true;
            scheduleSave();
        });
        watch(view.themeProperty(), view.fontScale().stepProperty());
    }

    /**
     * Applies the layer and animation settings to the map and keeps the views saved. The online
     * basemap is deliberately not restored: every start is offline and makes no network connection
     * until the user turns the online basemap on in this session (the saved flag only records the
     * last choice).
     */
    public void attach(RutasMap map, SavedViewsModel views) {
        this.map = map;
        this.views = views;
        map.animateProperty().set(base.animations());
        for (LayerId id : LayerId.values()) {
            LayerSetting s = base.layers().get(id.name());
            if (s != null) {
                map.visibleProperty(id).set(s.visible());
                map.opacityProperty(id).set(s.opacity());
            }
            watch(map.visibleProperty(id), map.opacityProperty(id));
        }
        watch(map.onlineBasemapProperty(), map.animateProperty());
        views.views().addListener((ListChangeListener<SavedView>) c -> scheduleSave());
    }

    /**
     * Remembers the user's own layers: every change of the list (open, remove, a remembered layer
     * loaded or found missing) or of a layer's style, visibility or opacity is saved.
     */
    public void attachUserLayers(UserLayersModel model) {
        this.userLayers = model;
        model.layers().forEach(this::watchEntry);
        model.layers().addListener((ListChangeListener<UserLayerEntry>) c -> {
            while (c.next()) c.getAddedSubList().forEach(this::watchEntry);
            scheduleSave();
        });
    }

    /**
     * Carries the folder the user last opened a layer from over from the last run into
     * {@code folder} (a folder that is gone now stays remembered: the opener does not offer it),
     * and saves it when it changes.
     */
    public void attachUserLayerFolder(ObjectProperty<Path> folder) {
        this.userLayerFolder = folder;
        String last = loaded.data().userLayerFolder();
        if (!last.isEmpty()) {
            try {
                folder.set(Path.of(last));
            } catch (InvalidPathException checkedWhenRead) {
                // the store only keeps absolute paths of this system
            }
        }
        watch(folder);
    }

    private void watchEntry(UserLayerEntry e) {
        watch(e.styleProperty(), e.visibleProperty(), e.opacityProperty());
    }

    private void watch(ObservableValue<?>... os) {
        for (ObservableValue<?> o : os) o.addListener(changed);
    }

    /** What would be saved now (FX thread). */
    public UserData snapshot() {
        Settings s = base;
        if (i18n != null && languageChosen) s = s.withLanguage(i18n.locale().getLanguage());
        if (view != null) {
            s = s.withTheme(view.themeProperty().get() == Theme.HIGH_CONTRAST ? "high-contrast" : "default")
                    .withFontScale(Math.max(Settings.MIN_FONT_SCALE, Math.min(Settings.MAX_FONT_SCALE, view.fontScale().percent() / 100.0)));
        }
        if (map != null) {
            s = s.withOnlineBasemap(map.onlineBasemapProperty().get()).withAnimations(map.animateProperty().get());
            for (LayerId id : LayerId.values()) {
                double op = Math.max(0, Math.min(1, map.opacityProperty(id).get()));
                s = s.withLayer(id.name(), new LayerSetting(map.visibleProperty(id).get(), op));
            }
        }
        return new UserData(s, views != null ? List.copyOf(views.views()) : loaded.data().views(),
                userLayers != null ? UserLayerMemory.remembered(userLayers) : loaded.data().userLayers(),
                userLayerFolder != null ? folderText(userLayerFolder.get()) : loaded.data().userLayerFolder());
    }

    /** A folder as settings keep it: "" for none or one too long to keep. */
    private static String folderText(Path folder) {
        if (folder == null) return "";
        String s = folder.toAbsolutePath().toString();
        return s.length() <= UserLayerSetting.MAX_PATH ? s : "";
    }

    private void scheduleSave() {
        // a change while the app shuts down is in the snapshot close() writes
        if (writer.isShutdown()) return;
        if (!Platform.isFxApplicationThread()) {
            Platform.runLater(this::scheduleSave);
            return;
        }
        if (debounce == null) {
            debounce = new PauseTransition(SAVE_DELAY);
            debounce.setOnFinished(e -> {
                if (writer.isShutdown()) return;
                UserData d = snapshot();
                writer.execute(() -> save(d));
            });
        }
        debounce.playFromStart();
    }

    private void save(UserData d) {
        try {
            store.save(d);
        } catch (SettingsException e) {
            if (!saveErrorShown) {
                saveErrorShown = true;
                Platform.runLater(() -> alert(null, i18n == null ? "Settings" : i18n.get("settings.saveFailed.title"),
                        i18n == null ? e.getMessage() : e.message(i18n.locale())));
            }
        }
    }

    /**
     * Tells the user, once, what happened to a damaged settings file (moved aside, restored from the
     * backup, or defaults used). Does nothing after a normal start.
     */
    public void showMessagesOnce(Window owner, I18n i18n) {
        if (messagesShown || !loaded.hasMessages()) return;
        messagesShown = true;
        alert(owner, i18n.get("settings.problem.title"), String.join("\n\n", loaded.messages(i18n.locale())));
    }

    private static void alert(Window owner, String title, String text) {
        Alert a = new Alert(Alert.AlertType.WARNING);
        if (owner != null) a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        Label l = new Label(text);
        l.setId("settings-message");
        l.setWrapText(true);
        l.setMaxWidth(560);
        a.getDialogPane().setContent(l);
        a.show();
    }

    /** Saves what is in effect now, on the calling thread, after any pending background write. */
    @Override
    public void close() {
        if (debounce != null) debounce.stop();
        UserData d = snapshot();
        writer.shutdown();
        try {
            writer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            store.save(d);
        } catch (SettingsException e) {
            System.err.println("Rutas: " + e.getMessage());
        }
    }
}
