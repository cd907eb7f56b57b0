package pe.rutas.map;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import pe.rutas.model.Catalog;
import pe.rutas.model.EvidencePeriod;
import pe.rutas.model.FeatureRef;
import pe.rutas.model.Period;
import pe.rutas.model.StatTable;

/**
 * Fades the marks with no evidence in the period filter's range (issue 8; rule in
 * {@link EvidencePeriod}): their nodes get opacity {@link #FADED_OPACITY} and the style class
 * {@link #STYLE_CLASS}; nothing is removed, re-projected or rebuilt. Department outlines are the
 * base geography and never fade; the choropleth fades when its table's evidence is out of range.
 * The layers' own opacity sliders act on the layer groups, so the two multiply. FX thread only.
 */
final class PeriodFade {
    /** Opacity of a faded mark: still there to click, clearly in the background. */
    static final double FADED_OPACITY = 0.15;
    static final String STYLE_CLASS = "out-of-period";

    private final MapContext ctx;
    private final Catalog catalog;
    private final List<FeatureRef> refs;
    private final Parent choropleth;

    /**
     * @param refs       the features drawn on the map (departments among them are skipped)
     * @param choropleth the choropleth layer, whose {@code .choropleth-area} paths fade as one
     */
    PeriodFade(MapContext ctx, Catalog catalog, List<FeatureRef> refs, Parent choropleth) {
        this.ctx = ctx;
        this.catalog = catalog;
        this.refs = List.copyOf(refs);
        this.choropleth = choropleth;
    }

    /** Applies {@code range} (null: no filter, all marks opaque) with {@code table} on the choropleth. */
    void apply(Period range, StatTable table) {
        for (FeatureRef ref : refs) {
            if (ref.kind() == FeatureRef.Kind.DEPARTMENT) {
                continue;
            }
            boolean in = EvidencePeriod.inRange(catalog, ref, range);
            for (Node n : ctx.nodesOf(ref)) {
                fade(n, !in);
            }
        }
        boolean tableIn = table == null || EvidencePeriod.inRange(catalog, table, range);
        for (Node n : choropleth.lookupAll(".choropleth-area")) {
            fade(n, !tableIn);
        }
    }

    /**
     * A label's placement priority: a faded mark's label yields its place to the labels of marks in
     * the period (it is placed only where it collides with none of them).
     */
    static double labelPriority(double priority, Node mark) {
        return mark.getStyleClass().contains(STYLE_CLASS) ? priority / 100 : priority;
    }

    private static void fade(Node n, boolean out) {
        n.setOpacity(out ? FADED_OPACITY : 1);
        if (out && !n.getStyleClass().contains(STYLE_CLASS)) {
            n.getStyleClass().add(STYLE_CLASS);
        } else if (!out) {
            n.getStyleClass().remove(STYLE_CLASS);
        }
    }
}
