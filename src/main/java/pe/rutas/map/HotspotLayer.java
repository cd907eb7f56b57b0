package pe.rutas.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.shape.Polygon;
import pe.rutas.model.FeatureRef;
import pe.rutas.model.Figure;
import pe.rutas.model.Hotspot;
import pe.rutas.style.HotspotStyle;
import pe.rutas.style.StyleText;

/**
 * Places of exploitation: one symbol per hotspot (id {@code hotspot-<id>}, style classes
 * {@code hotspot} and {@code hotspot-<kind>}), shaped by kind and sized by its largest count figure
 * compared with other hotspots' figures of the same unit (percentages never size a symbol).
 */
final class HotspotLayer extends RutasLayer implements LabelLayer.Source {
    private final List<Hotspot> hotspots;
    private final List<Polygon> nodes = new ArrayList<>();
    private final double[] radius;
    private double[][] band = new double[0][];

    HotspotLayer(MapContext ctx, List<Hotspot> all) {
        super(ctx, LayerId.HOTSPOTS);
        this.hotspots = all.stream().filter(h -> h.point() != null).toList();
        this.radius = new double[hotspots.size()];
        Map<String, Double> maxByUnit = new HashMap<>();
        for (Hotspot h : hotspots) {
            Figure f = sizeFigure(h);
            if (f != null) {
                maxByUnit.merge(unitKey(f), f.value(), Math::max);
            }
        }
        for (int i = 0; i < hotspots.size(); i++) {
            Hotspot h = hotspots.get(i);
            Figure f = sizeFigure(h);
            radius[i] = f == null ? HotspotStyle.MIN_RADIUS
                    : HotspotStyle.radiusFor(f.value(), maxByUnit.get(unitKey(f)));
            Polygon p = new Polygon(HotspotStyle.outline(HotspotStyle.symbolOf(h.kind()), radius[i]));
            p.setId("hotspot-" + h.id());
            String kind = h.kind() == null || h.kind().isBlank() ? "other" : h.kind().toLowerCase(Locale.ROOT);
            p.getStyleClass().addAll("hotspot", "hotspot-" + kind);
            p.setFill(HotspotStyle.FILL);
            p.setStroke(HotspotStyle.STROKE);
            p.setStrokeWidth(HotspotStyle.STROKE_WIDTH);
            ctx.bind(p, FeatureRef.hotspot(h.id()), l -> StyleText.pick(h.name(), h.nameEs(), l));
            nodes.add(p);
            screen.getChildren().add(p);
        }
    }

    /** The largest figure that counts something (not a percentage, rate or share), or null. */
    static Figure sizeFigure(Hotspot h) {
        Figure best = null;
        for (Figure f : h.figures()) {
            String u = f.unit() == null ? "" : f.unit().toLowerCase(Locale.ROOT);
            if (u.contains("%") || u.contains("percent") || u.contains("rate") || u.contains("share")
                    || !(f.value() > 0)) {
                continue;
            }
            if (best == null || f.value() > best.value()) {
                best = f;
            }
        }
        return best;
    }

    private static String unitKey(Figure f) {
        return f.unit() == null ? "" : f.unit().trim().toLowerCase(Locale.ROOT);
    }

    List<Hotspot> hotspots() {
        return hotspots;
    }

    @Override
    protected void rebuild(int b) {
        band = new double[hotspots.size()][];
        for (int i = 0; i < hotspots.size(); i++) {
            Hotspot h = hotspots.get(i);
            band[i] = new double[]{bx(h.point().getX(), b), by(h.point().getY(), b)};
        }
    }

    @Override
    protected void position(View view) {
        for (int i = 0; i < nodes.size(); i++) {
            nodes.get(i).setLayoutX(view.sx(band[i][0]));
            nodes.get(i).setLayoutY(view.sy(band[i][1]));
        }
    }

    @Override
    public List<LabelLayer.Spec> labels(View view) {
        List<LabelLayer.Spec> out = new ArrayList<>();
        if (band.length != hotspots.size() || view.zoom() < 5) {
            return out;
        }
        for (int i = 0; i < hotspots.size(); i++) {
            Hotspot h = hotspots.get(i);
            out.add(new LabelLayer.Spec("hotspot-" + h.id(), StyleText.pick(h.name(), h.nameEs(), ctx.locale.get()),
                    "hotspot-label", view.sx(band[i][0]), view.sy(band[i][1]), 50 + radius[i], radius[i] + 3,
                    PointLabels.AROUND, getOpacity()));
        }
        return out;
    }

    @Override
    public List<LabelPlacer.Box> obstacles(View view) {
        List<LabelPlacer.Box> out = new ArrayList<>();
        for (int i = 0; i < Math.min(band.length, hotspots.size()); i++) {
            double r = radius[i] * 1.1;
            out.add(new LabelPlacer.Box(view.sx(band[i][0]) - r, view.sy(band[i][1]) - r, 2 * r, 2 * r));
        }
        return out;
    }
}
