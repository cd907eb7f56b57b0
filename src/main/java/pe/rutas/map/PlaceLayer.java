package pe.rutas.map;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.shape.Circle;
import pe.rutas.model.FeatureRef;
import pe.rutas.model.Place;
import pe.rutas.style.StyleText;

/**
 * Named places of the gazetteer: small dots (id {@code place-<id>}, style class {@code place}) with
 * labels from zoom {@value #LABEL_ZOOM} on, placed around the dot where there is room.
 */
final class PlaceLayer extends PointMarkLayer<Place> implements LabelLayer.Source {
    /** Place names appear from this zoom on (about a department filling a quarter of the screen). */
    static final double LABEL_ZOOM = 6.5;
    static final double RADIUS = 3.5;


    PlaceLayer(MapContext ctx, List<Place> all) {
        super(ctx, LayerId.PLACES, all, Place::point);
        for (Place p : items) {
            Circle c = new Circle(RADIUS);
            c.setId("place-" + p.id());
            c.getStyleClass().add("place");
            ctx.bind(c, FeatureRef.place(p.id()), l -> StyleText.pick(p.name(), p.nameEs(), l));
            addMark(c);
        }
    }

    @Override
    public List<LabelLayer.Spec> labels(View view) {
        List<LabelLayer.Spec> out = new ArrayList<>();
        if (!projected() || view.zoom() < LABEL_ZOOM) {
            return out;
        }
        for (int i = 0; i < items.size(); i++) {
            Place p = items.get(i);
            out.add(new LabelLayer.Spec("place-" + p.id(), StyleText.pick(p.name(), p.nameEs(), ctx.locale.get()),
                    "place-label", view.sx(band[i][0]), view.sy(band[i][1]),
                    PeriodFade.labelPriority(ctx, FeatureRef.place(p.id()), 20), RADIUS + 2, PointLabels.AROUND,
                    getOpacity() * PeriodFade.labelOpacity(ctx, FeatureRef.place(p.id()))));
        }
        return out;
    }

    @Override
    public List<LabelPlacer.Box> obstacles(View view) {
        return squares(view, i -> RADIUS);
    }
}
