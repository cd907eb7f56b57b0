package pe.rutas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.rutas.io.SettingsLoad;
import pe.rutas.io.SettingsStore;
import pe.rutas.ui.I18n;
import pe.rutas.ui.Theme;
import pe.rutas.ui.ViewSettings;

class SettingsSyncTest {
    private final List<String> problems = new ArrayList<>();

    @Test
    void choicesSurviveARestart(@TempDir Path dir) {
        I18n i18n = new I18n(Locale.ENGLISH);
        ViewSettings view = new ViewSettings();
        new SettingsSync(new SettingsStore(dir), Runnable::run, problems::add).attach(i18n, view);
        i18n.setLocale(I18n.SPANISH);
        view.themeProperty().set(Theme.HIGH_CONTRAST);
        view.fontScale().larger();
        view.fontScale().larger();

        I18n again = new I18n(Locale.ENGLISH);
        ViewSettings viewAgain = new ViewSettings();
        new SettingsSync(new SettingsStore(dir), Runnable::run, problems::add).attach(again, viewAgain);
        assertEquals(I18n.SPANISH, again.locale());
        assertEquals(Theme.HIGH_CONTRAST, viewAgain.themeProperty().get());
        assertEquals(125, viewAgain.fontScale().percent());
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void anUnwritableFolderIsReportedOnceAndTheChoiceStays(@TempDir Path dir) throws Exception {
        Path notADirectory = dir.resolve("file");
        Files.writeString(notADirectory, "x");
        I18n i18n = new I18n(Locale.ENGLISH);
        ViewSettings view = new ViewSettings();
        new SettingsSync(new SettingsStore(notADirectory.resolve("rutas")), Runnable::run, problems::add).attach(i18n, view);
        view.fontScale().larger();
        view.fontScale().larger();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(125, view.fontScale().percent());
    }

    @Test
    void noSavedLanguageKeepsTheSystemDefault(@TempDir Path dir) {
        I18n i18n = new I18n(I18n.SPANISH);
        new SettingsSync(new SettingsStore(dir), Runnable::run, problems::add).attach(i18n, new ViewSettings());
        assertEquals(I18n.SPANISH, i18n.locale());
    }

    @Test
    void corruptFileStartsWithDefaultsAndSaysSo(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(SettingsStore.FILE_NAME), "{ broken");
        I18n i18n = new I18n(Locale.ENGLISH);
        ViewSettings view = new ViewSettings();
        SettingsLoad load = new SettingsSync(new SettingsStore(dir), Runnable::run, problems::add).attach(i18n, view);
        assertTrue(load.hasMessages());
        assertEquals(Theme.DEFAULT, view.themeProperty().get());
        assertEquals(100, view.fontScale().percent());
    }
}
