package pe.rutas.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import pe.rutas.model.FeatureRef;

/**
 * What every layer of one {@link RutasMap} shares: the selection, the hover, the locale of data labels,
 * and which nodes show which feature, so selection and hover can be highlighted wherever a feature is
 * drawn. FX thread only.
 */
final class MapContext {
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass HOVERED = PseudoClass.getPseudoClass("highlighted");
    static final PseudoClass FADED = PseudoClass.getPseudoClass("faded");

    /** Node property holding the feature a node shows. */
    static final String REF_KEY = "rutas.featureRef";

    final ObjectProperty<FeatureRef> selection;
    final ObjectProperty<FeatureRef> hover = new SimpleObjectProperty<>(this, "hover");
    final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", Locale.getDefault());
    final ObjectProperty<java.util.Set<FeatureRef>> faded =
            new SimpleObjectProperty<>(this, "faded", java.util.Set.of());
    private final Map<FeatureRef, List<Node>> nodes = new HashMap<>();
    private final Map<org.locationtech.jts.geom.Geometry, Map<Integer, List<double[]>>> projections =
            new java.util.IdentityHashMap<>();

    MapContext(ObjectProperty<FeatureRef> selection) {
        this.selection = selection;
        selection.addListener((o, old, now) -> {
            mark(old, SELECTED, false);
            mark(now, SELECTED, true);
        });
        hover.addListener((o, old, now) -> {
            mark(old, HOVERED, false);
            mark(now, HOVERED, true);
        });
        faded.addListener((o, old, now) -> {
            java.util.Set<FeatureRef> was = old == null ? java.util.Set.of() : old;
            java.util.Set<FeatureRef> is = now == null ? java.util.Set.of() : now;
            was.stream().filter(r -> !is.contains(r)).forEach(r -> mark(r, FADED, false));
            is.stream().filter(r -> !was.contains(r)).forEach(r -> mark(r, FADED, true));
        });
    }

    /**
     * Makes {@code node} show {@code ref}: a click (not the end of a drag) selects it, hovering sets the
     * hover, and the node gets the {@code :selected} / {@code :highlighted} pseudo-classes.
     */
    void bind(Node node, FeatureRef ref) {
        bind(node, ref, null);
    }

    /**
     * As {@link #bind(Node, FeatureRef)}, and gives the node its name in the current locale as
     * accessible text and tooltip (kept up to date when the locale changes).
     */
    void bind(Node node, FeatureRef ref, java.util.function.Function<Locale, String> name) {
        if (name != null) {
            javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
            Runnable relabel = () -> {
                String text = name.apply(locale.get());
                node.setAccessibleText(text);
                tip.setText(text);
            };
            relabel.run();
            locale.addListener(o -> relabel.run());
            javafx.scene.control.Tooltip.install(node, tip);
        }
        nodes.computeIfAbsent(ref, k -> new ArrayList<>()).add(node);
        node.getProperties().put(REF_KEY, ref);
        node.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                selection.set(ref);
                e.consume();
            }
        });
        node.setOnMouseEntered(e -> hover.set(ref));
        node.setOnMouseExited(e -> {
            if (ref.equals(hover.get())) {
                hover.set(null);
            }
        });
        node.pseudoClassStateChanged(SELECTED, ref.equals(selection.get()));
        node.pseudoClassStateChanged(HOVERED, ref.equals(hover.get()));
        node.pseudoClassStateChanged(FADED, faded.get() != null && faded.get().contains(ref));
    }

    /**
     * A geometry projected to band pixels and simplified for a zoom band, computed once per geometry and
     * band and shared by every layer drawing it (departments and choropleth draw the same polygons).
     */
    List<double[]> projected(org.locationtech.jts.geom.Geometry g, int band, boolean closedOnly) {
        return projections.computeIfAbsent(g, k -> new HashMap<>())
                .computeIfAbsent(closedOnly ? band : -1 - band, b -> Projected.parts(g, band, closedOnly));
    }

    /** The feature shown by {@code node} or its nearest ancestor that shows one, or null. */
    static FeatureRef refOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            Object r = n.getProperties().get(REF_KEY);
            if (r instanceof FeatureRef ref) {
                return ref;
            }
        }
        return null;
    }

    /** Nodes showing a feature (empty list if none). */
    List<Node> nodesOf(FeatureRef ref) {
        return nodes.getOrDefault(ref, List.of());
    }

    private void mark(FeatureRef ref, PseudoClass pc, boolean on) {
        if (ref == null) {
            return;
        }
        for (Node n : nodes.getOrDefault(ref, List.of())) {
            n.pseudoClassStateChanged(pc, on);
            if (on && pc == SELECTED) {
                n.toFront();
            }
        }
    }
}
