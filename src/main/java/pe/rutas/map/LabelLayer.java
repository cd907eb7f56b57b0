package pe.rutas.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.text.Text;

/**
 * The top layer: collects label requests from the other layers on every layout, places them with
 * {@link LabelPlacer} so no two labels collide (nor cover a point symbol), and shows them as
 * {@link Text} nodes with ids {@code label-<key>}. Mouse-transparent. Appearance in {@code map.css}.
 */
final class LabelLayer extends RutasLayer {

    /** A label a layer would like shown; anchor in screen pixels. */
    record Spec(String key, String text, String styleClass, double anchorX, double anchorY, double priority,
                double gap, List<LabelPlacer.Position> positions, double opacity) {
    }

    /** A layer that has labels and/or point symbols that labels must avoid. */
    interface Source {
        List<Spec> labels(RutasLayer.View view);

        default List<LabelPlacer.Box> obstacles(RutasLayer.View view) {
            return List.of();
        }
    }

    /** Same text within this many pixels counts as the same label. */
    static final double ECHO_PX = 30;

    private final List<Source> sources = new ArrayList<>();
    private final Map<String, Text> texts = new HashMap<>();
    private final Map<String, double[]> sizes = new HashMap<>();
    private final LabelPlacer placer = new LabelPlacer(3);
    private final Runnable onLayout;

    /** @param onLayout called after every layout (the map uses it to publish its frame) */
    LabelLayer(MapContext ctx, Runnable onLayout) {
        super(ctx, LayerId.PLACES);
        setId("layer-labels");
        setMouseTransparent(true);
        this.onLayout = onLayout;
        ctx.locale.addListener(o -> sizes.clear());
    }

    void addSource(Source s) {
        sources.add(s);
    }

    /** Keys of the labels currently shown (for tests and the export). */
    Set<String> shownKeys() {
        Set<String> keys = new HashSet<>();
        texts.forEach((k, t) -> {
            if (t.isVisible()) {
                keys.add(k);
            }
        });
        return keys;
    }

    @Override
    protected void rebuild(int band) {
        sizes.clear();
    }

    @Override
    protected void position(View view) {
        List<Spec> specs = new ArrayList<>();
        List<LabelPlacer.Box> obstacles = new ArrayList<>();
        for (Source s : sources) {
            if (s instanceof javafx.scene.Node n && !n.isVisible()) {
                continue;
            }
            specs.addAll(s.labels(view));
            obstacles.addAll(s.obstacles(view));
        }
        specs = withoutEchoes(specs);
        Map<String, Spec> byKey = new HashMap<>();
        List<LabelPlacer.Candidate> candidates = new ArrayList<>();
        for (Spec s : specs) {
            if (s.text() == null || s.text().isBlank()) {
                continue;
            }
            Text t = texts.computeIfAbsent(s.key(), k -> newText(k, s.styleClass()));
            if (!s.text().equals(t.getText())) {
                t.setText(s.text());
                sizes.remove(s.key());
            }
            double[] size = sizes.computeIfAbsent(s.key(), k -> {
                t.applyCss();
                return new double[]{t.getLayoutBounds().getWidth(), t.getLayoutBounds().getHeight()};
            });
            byKey.put(s.key(), s);
            candidates.add(new LabelPlacer.Candidate(s.key(), s.anchorX(), s.anchorY(), size[0], size[1],
                    s.priority(), s.gap(), s.positions()));
        }
        Set<String> shown = new HashSet<>();
        for (LabelPlacer.Placement p : placer.place(candidates, obstacles, view.width(), view.height())) {
            Text t = texts.get(p.key());
            t.setLayoutX(p.box().x());
            t.setLayoutY(p.box().y());
            t.setOpacity(byKey.get(p.key()).opacity());
            t.setVisible(true);
            shown.add(p.key());
        }
        texts.forEach((k, t) -> {
            if (!shown.contains(k)) {
                t.setVisible(false);
            }
        });
        onLayout.run();
    }

    /**
     * Drops a label that repeats the text of a higher-priority one at nearly the same anchor (a place
     * that is also a hotspot or a route destination is named once).
     */
    static List<Spec> withoutEchoes(List<Spec> specs) {
        List<Spec> sorted = new ArrayList<>(specs);
        sorted.sort((a, b) -> Double.compare(b.priority(), a.priority()));
        List<Spec> kept = new ArrayList<>();
        for (Spec s : sorted) {
            boolean echo = false;
            for (Spec k : kept) {
                if (k.text().equalsIgnoreCase(s.text()) && !k.key().equals(s.key())
                        && Math.hypot(k.anchorX() - s.anchorX(), k.anchorY() - s.anchorY()) < ECHO_PX) {
                    echo = true;
                    break;
                }
            }
            if (!echo) {
                kept.add(s);
            }
        }
        return kept;
    }

    private Text newText(String key, String styleClass) {
        Text t = new Text();
        t.setId("label-" + key);
        t.getStyleClass().addAll("map-label", styleClass);
        t.setTextOrigin(VPos.TOP);
        t.setCache(true);
        t.setVisible(false);
        screen.getChildren().add(t);
        return t;
    }
}
