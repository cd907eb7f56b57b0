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
final class HotspotLayer extends RutasLayer implements LabelLayer.Source {
    private final List<Hotspot> hotspots;
    private final List<Polygon> nodes = new ArrayList<>();
    private final double[] radius;
    private final String sizeUnit;
    private double[][] band = new double[0][];

    HotspotLayer(MapContext ctx, List<Hotspot> all) {
        super(ctx, LayerId.HOTSPOTS);
        this.hotspots = all.stream().filter(h -> h.point() != null).toList();
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
            nodes.add(p);
            screen.getChildren().add(p);
        }
    }

    /** The unit symbol sizes compare (see {@link HotspotStyle#sizeUnit}), or null when nothing is sized. */
    String sizeUnit() {
        return sizeUnit;
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
