package pe.rutas.app;

import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import pe.rutas.io.SettingsException;
import pe.rutas.io.SettingsLoad;
import pe.rutas.io.SettingsStore;
import pe.rutas.model.Settings;
import pe.rutas.model.UserData;
import pe.rutas.ui.I18n;
import pe.rutas.ui.Theme;
import pe.rutas.ui.ViewSettings;

/**
 * Keeps the look the user chose (language, theme, text size) across runs: applies the saved
 * settings at start and saves again whenever one of them changes. The online basemap is not
 * restored: each run starts offline. Saving happens on {@code saver} (a background thread in
 * the app) so the FX thread never waits for the disk; a failed save is reported once through
 * {@code problems} and the choice stays in effect for this run.
 */
public final class SettingsSync {
    private final SettingsStore store;
    private final Executor saver;
    private final Consumer<String> problems;
    private UserData current;
    private final java.util.concurrent.atomic.AtomicBoolean reported = new java.util.concurrent.atomic.AtomicBoolean();

    public SettingsSync(SettingsStore store, Executor saver, Consumer<String> problems) {
        this.store = store;
        this.saver = saver;
        this.problems = problems;
    }

    /**
     * Reads the settings (never throws), applies them and starts saving changes. FX thread.
     *
     * @return what the store found, including messages about a corrupt file moved aside
     */
    public SettingsLoad attach(I18n i18n, ViewSettings view) {
        SettingsLoad load = store.load();
        current = load.data();
        Settings s = current.settings();
        if (!s.language().isEmpty()) i18n.setLocale(Locale.forLanguageTag(s.language()));
        view.themeProperty().set("high-contrast".equals(s.theme()) ? Theme.HIGH_CONTRAST : Theme.DEFAULT);
        view.fontScale().setPercent(s.fontScale() * 100);
        i18n.localeProperty().addListener((obs, old, now) -> save(current.settings().withLanguage(now.getLanguage())));
        view.themeProperty().addListener((obs, old, now) ->
                save(current.settings().withTheme(now == Theme.HIGH_CONTRAST ? "high-contrast" : "default")));
        view.fontScale().stepProperty().addListener((obs, old, now) ->
                save(current.settings().withFontScale(view.fontScale().percent() / 100.0)));
        return load;
    }

    private void save(Settings settings) {
        current = new UserData(settings, current.views());
        UserData snapshot = current;
        saver.execute(() -> {
            try {
                store.save(snapshot);
            } catch (SettingsException e) {
                if (reported.compareAndSet(false, true)) problems.accept(e.getMessage());
            }
        });
    }
}
