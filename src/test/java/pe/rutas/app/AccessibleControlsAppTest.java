package pe.rutas.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import pe.rutas.model.FeatureRef;
import pe.rutas.ui.I18n;
import pe.rutas.ui.MainView;

/**
 * Issue 6's accessibility rule over the whole explorer, in both languages: every control a user
 * can reach with the keyboard has a name a screen reader can speak (its text, prompt, a label
 * pointing at it, or {@code accessibleText}), and a control showing only a symbol ("+", "⌂")
 * also has a tooltip and an accessible name. Walked on every side tab, with an own layer open
 * (its style controls), a saved view and a hotspot selected (its card's buttons).
 */
@ExtendWith(ApplicationExtension.class)
class AccessibleControlsAppTest {
    private static final Path CITIES = Path.of("src/test/resources/good-geojson/cities.geojson").toAbsolutePath();
    private static LoadedData data;
    @TempDir static Path configDir;
    private I18n i18n;
    private MainView view;
    private UserFeatures features;

    @BeforeAll
    static void load() {
        data = DataLoader.fromSystemProperties().load((key, f) -> {});
    }

    @Start
    void start(Stage stage) {
        ExplorerWindow w = ExplorerWindow.open(data, configDir.resolve("config"), Locale.ENGLISH);
        w.showIn(stage);
        i18n = w.i18n;
        view = w.view;
        features = w.features;
    }

    @Test
    void everyReachableControlHasASpokenNameInEnglishAndSpanish(FxRobot robot) throws Exception {
        robot.interact(() -> features.opener().open(CITIES));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !features.layers().layers().isEmpty());
        robot.interact(() -> features.views().saveCurrent("Workshop start"));
        robot.interact(() -> view.selection().select(FeatureRef.hotspot(data.catalog().hotspots().get(0).id())));
        for (Locale language : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
            robot.interact(() -> i18n.setLocale(language));
            List<String> unnamed = new ArrayList<>();
            int checked = 0;
            TabPane side = view.sidePanel();
            for (Tab tab : side.getTabs()) {
                robot.interact(() -> side.getSelectionModel().select(tab));
                WaitForAsyncUtils.waitForFxEvents();
                for (Node n : reachable(view)) {
                    checked++;
                    String problem = n instanceof Control c ? problem(c)
                            : n.getAccessibleText() == null || n.getAccessibleText().isBlank() ? "has no accessible text" : null;
                    if (problem != null) unnamed.add(language + " / " + tab.getText() + ": " + describe(n) + " " + problem);
                }
            }
            assertTrue(checked > 40, "walked the controls: " + checked);
            assertTrue(unnamed.isEmpty(), unnamed.size() + " control(s) without a spoken name:\n" + String.join("\n", unnamed));
        }
    }

    /** Why {@code c} fails the rule, or null when it passes. */
    private String problem(Control c) {
        String accessible = c.getAccessibleText();
        boolean hasAccessible = accessible != null && !accessible.isBlank();
        String text = c instanceof Labeled l ? l.getText() : null;
        if (c instanceof TextInputControl t && t.getPromptText() != null && !t.getPromptText().isBlank()) text = t.getPromptText();
        if (c instanceof ComboBoxBase<?> && !hasAccessible && !labelled(c)) return "has no accessible name or label";
        boolean words = text != null && text.codePoints().filter(Character::isLetter).count() >= 2;
        if (!words && text != null && !text.isBlank()) {
            // a symbol only: sighted users need the tooltip, screen readers the accessible text
            if (!hasAccessible) return "shows only '" + text + "' and has no accessible text";
            if (c.getTooltip() == null) return "shows only '" + text + "' and has no tooltip";
            return null;
        }
        if (words || hasAccessible || labelled(c)) return null;
        return "has no text, accessible text or label";
    }

    private boolean labelled(Control c) {
        return view.lookupAll(".label").stream().anyMatch(n -> n instanceof Label l && l.getLabelFor() == c);
    }

    /** Nodes the keyboard reaches: shown, enabled, focus-traversable; scroll bars and scroll panes are chrome. */
    private static List<Node> reachable(Parent root) {
        List<Node> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, List<Node> out) {
        if (!n.isVisible() || n.isDisabled()) return;
        if (n.isFocusTraversable() && !(n instanceof ScrollBar) && !(n instanceof ScrollPane) && n.getScene() != null) {
            out.add(n);
        }
        if (n instanceof Parent p) p.getChildrenUnmodifiable().forEach(k -> collect(k, out));
    }

    private static String describe(Node c) {
        return c.getClass().getSimpleName() + (c.getId() == null ? "" : "#" + c.getId())
                + (c.getStyleClass().isEmpty() ? "" : "." + String.join(".", c.getStyleClass()));
    }
}
