package pe.rutas.ui;

import java.util.Locale;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The menu bar: File (quit), View (language, theme, text size, go to search / map) and Help
 * (keyboard shortcuts, about). Reached from the keyboard with F10 or Alt. Every label follows
 * the UI language; language names are written in their own language.
 */
public final class AppMenu {
    /** What the menu triggers outside itself. */
    public interface Actions {
        void quit();

        void focusSearch();

        void focusMap();

        void showShortcuts();

        void showAbout();
    }

    private AppMenu() {}

    public static MenuBar build(I18n i18n, ViewSettings settings, Actions actions) {
        MenuItem quit = item(i18n, "menu.quit", actions::quit, new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        Menu file = menu(i18n, "menu.file", quit);

        Menu language = menu(i18n, "menu.language");
        language.setId("menu-language");
        ToggleGroup languages = new ToggleGroup();
        for (Locale l : I18n.SUPPORTED) {
            RadioMenuItem r = new RadioMenuItem(l.getDisplayLanguage(l).substring(0, 1).toUpperCase(l)
                    + l.getDisplayLanguage(l).substring(1));
            r.setId("menu-language-" + l.getLanguage());
            r.setToggleGroup(languages);
            r.setSelected(l.equals(i18n.locale()));
            r.setOnAction(e -> i18n.setLocale(l));
            i18n.localeProperty().addListener((obs, old, now) -> r.setSelected(l.equals(now)));
            language.getItems().add(r);
        }
        Menu theme = menu(i18n, "menu.theme");
        ToggleGroup themes = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem r = new RadioMenuItem();
            r.setId("menu-theme-" + t.name().toLowerCase(Locale.ROOT));
            r.textProperty().bind(i18n.text(t.messageKey()));
            r.setToggleGroup(themes);
            r.setSelected(settings.themeProperty().get() == t);
            r.setOnAction(e -> settings.themeProperty().set(t));
            theme.getItems().add(r);
        }
        FontScale scale = settings.fontScale();
        Menu view = menu(i18n, "menu.view", language, theme, new SeparatorMenuItem(),
                item(i18n, "menu.textLarger", scale::larger, new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN)),
                item(i18n, "menu.textSmaller", scale::smaller, new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN)),
                item(i18n, "menu.textReset", scale::reset, new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN)),
                new SeparatorMenuItem(),
                item(i18n, "menu.findFeature", actions::focusSearch, new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN)),
                item(i18n, "menu.goToMap", actions::focusMap, new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN)));
        view.setId("menu-view");
        Menu help = menu(i18n, "menu.help",
                item(i18n, "menu.shortcuts", actions::showShortcuts, new KeyCodeCombination(KeyCode.F1)),
                item(i18n, "menu.about", actions::showAbout, null));
        MenuBar bar = new MenuBar(file, view, help);
        bar.setId("menu-bar");
        bar.accessibleTextProperty().bind(i18n.text("menu.accessible"));
        return bar;
    }

    private static Menu menu(I18n i18n, String key, MenuItem... items) {
        Menu m = new Menu();
        m.textProperty().bind(i18n.text(key));
        m.getItems().addAll(items);
        return m;
    }

    private static MenuItem item(I18n i18n, String key, Runnable action, KeyCombination accelerator) {
        return MenuItems.of(i18n, key, accelerator, action);
    }
}
