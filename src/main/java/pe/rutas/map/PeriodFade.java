package pe.rutas.map;

import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import pe.rutas.model.Catalog;
import pe.rutas.model.EvidencePeriod;
import pe.rutas.model.FeatureRef;
import pe.rutas.model.Period;
import pe.rutas.model.StatTable;

/**
 * Applies the period filter to the map (issue 8; rule in {@link EvidencePeriod}): the marks with no
 * evidence in the range go into the map's faded set ({@link RutasMap#fadedProperty()}, drawn by
 * {@code map.css} through the {@code :faded} pseudo-class), so nothing is removed, re-projected or
 * rebuilt. Department outlines are the base geography and never fade; the choropleth areas fade
 * (opacity {@link #FADED_OPACITY}, style class {@link #STYLE_CLASS}) when the table's evidence is out
 * of range. Labels of faded marks fade too and yield their place to the others. FX thread only.
 */
final class PeriodFade {
    /** Opacity of faded choropleth areas and of the labels of faded marks. */
    static final double FADED_OPACITY = 0.22;
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
        this.refs = refs.stream().filter(r -> r.kind() != FeatureRef.Kind.DEPARTMENT).toList();
        this.choropleth = choropleth;
    }

    /** Applies {@code range} (null: no filter, nothing faded) with {@code table} on the choropleth. */
    void apply(Period range, StatTable table) {
        ctx.faded.set(Set.copyOf(EvidencePeriod.outOfRange(catalog, refs, range)));
        boolean tableIn = table == null || EvidencePeriod.inRange(catalog, table, range);
        for (Node n : choropleth.lookupAll(".choropleth-area")) {
            n.setOpacity(tableIn ? 1 : FADED_OPACITY);
            n.getStyleClass().remove(STYLE_CLASS);
            if (!tableIn) {
                n.getStyleClass().add(STYLE_CLASS);
            }
        }
    }

    /** True when the map draws {@code ref} faded. */
    static boolean faded(MapContext ctx, FeatureRef ref) {
        Set<FeatureRef> f = ctx.faded.get();
        return f != null && f.contains(ref);
    }

    /** A label's opacity factor: a faded mark's name fades with it. */
    static double labelOpacity(MapContext ctx, FeatureRef ref) {
        return faded(ctx, ref) ? FADED_OPACITY : 1;
    }

    /**
     * A label's placement priority: a faded mark's label yields its place to the labels of marks in
     * the period (it is placed only where it collides with none of them).
     */
    static double labelPriority(MapContext ctx, FeatureRef ref, double priority) {
        return faded(ctx, ref) ? priority / 100 : priority;
    }
}
