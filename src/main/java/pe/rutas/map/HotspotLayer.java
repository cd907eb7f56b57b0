package pe.rutas.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.shape.Polygon;
import pe.rutas.model.FeatureRef;
import pe.rutas.model.Hotspot;
import pe.rutas.style.HotspotStyle;
import pe.rutas.style.StyleText;

/**
 * Places of exploitation: one symbol per hotspot (id {@code hotspot-<id>}, style classes
 * {@code hotspot} and {@code hotspot-<kind>}), shaped by kind and sized by its largest figure in the
 * one unit the map compares (see {@link HotspotStyle#sizeUnit}); hotspots without one get the smallest
 * symbol.
 */
final class HotspotLayer extends PointMarkLayer<Hotspot> implements LabelLayer.Source {
    private final double[] radius;
    private final String sizeUnit;

    HotspotLayer(MapContext ctx, List<Hotspot> all) {
        super(ctx, LayerId.HOTSPOTS, all, Hotspot::point);
        List<Hotspot> hotspots = items;
        this.radius = new double[hotspots.size()];
        this.sizeUnit = HotspotStyle.sizeUnit(hotspots).orElse(null);
        double max = 0;
        for (Hotspot h : hotspots) {
            Double v = sizeUnit == null ? null : HotspotStyle.sizeFigure(h, sizeUnit);
            max = v == null ? max : Math.max(max, v);
        }
        for (int i = 0; i < hotspots.size(); i++) {
            Hotspot h = hotspots.get(i);
            radius[i] = HotspotStyle.radiusFor(sizeUnit == null ? null : HotspotStyle.sizeFigure(h, sizeUnit), max);
            Polygon p = new Polygon(HotspotStyle.outline(HotspotStyle.symbolOf(h.kind()), radius[i]));
            p.setId("hotspot-" + h.id());
            String kind = h.kind() == null || h.kind().isBlank() ? "other" : h.kind().toLowerCase(Locale.ROOT);
            p.getStyleClass().addAll("hotspot", "hotspot-" + kind);
            p.setFill(HotspotStyle.FILL);
            p.setStroke(HotspotStyle.STROKE);
            p.setStrokeWidth(HotspotStyle.STROKE_WIDTH);
            ctx.bind(p, FeatureRef.hotspot(h.id()), l -> StyleText.pick(h.name(), h.nameEs(), l));
            addMark(p);
        }
    }

    /** The unit symbol sizes compare (see {@link HotspotStyle#sizeUnit}), or null when nothing is sized. */
    String sizeUnit() {
        return sizeUnit;
    }

    List<Hotspot> hotspots() {
        return items;
    }

    @Override
    public List<LabelLayer.Spec> labels(View view) {
        List<LabelLayer.Spec> out = new ArrayList<>();
        if (!projected() || view.zoom() < 5) {
            return out;
        }
        for (int i = 0; i < items.size(); i++) {
            Hotspot h = items.get(i);
            out.add(new LabelLayer.Spec("hotspot-" + h.id(), StyleText.pick(h.name(), h.nameEs(), ctx.locale.get()),
                    "hotspot-label", view.sx(band[i][0]), view.sy(band[i][1]),
                    PeriodFade.labelPriority(ctx, FeatureRef.hotspot(h.id()), 50 + radius[i]), radius[i] + 3,
                    PointLabels.AROUND, getOpacity() * PeriodFade.labelOpacity(ctx, FeatureRef.hotspot(h.id()))));
        }
        return out;
    }

    @Override
    public List<LabelPlacer.Box> obstacles(View view) {
        return squares(view, i -> radius[i] * 1.1);
    }
}
