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
final class PlaceLayer extends RutasLayer implements LabelLayer.Source {
    /** Place names appear from this zoom on (about a department filling a quarter of the screen). */
    static final double LABEL_ZOOM = 6.5;
    static final double RADIUS = 3.5;

    private final List<Place> places;
    private final List<Circle> nodes = new ArrayList<>();
    private double[][] band = new double[0][];

    PlaceLayer(MapContext ctx, List<Place> all) {
        super(ctx, LayerId.PLACES);
        this.places = all.stream().filter(p -> p.point() != null).toList();
        for (Place p : places) {
            Circle c = new Circle(RADIUS);
            c.setId("place-" + p.id());
            c.getStyleClass().add("place");
            ctx.bind(c, FeatureRef.place(p.id()), l -> StyleText.pick(p.name(), p.nameEs(), l));
            nodes.add(c);
            screen.getChildren().add(c);
        }
    }

    @Override
    protected void rebuild(int b) {
        band = new double[places.size()][];
        for (int i = 0; i < places.size(); i++) {
            Place p = places.get(i);
            band[i] = new double[]{bx(p.point().getX(), b), by(p.point().getY(), b)};
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
        if (band.length != places.size() || view.zoom() < LABEL_ZOOM) {
            return out;
        }
        for (int i = 0; i < places.size(); i++) {
            Place p = places.get(i);
            out.add(new LabelLayer.Spec("place-" + p.id(), StyleText.pick(p.name(), p.nameEs(), ctx.locale.get()),
                    "place-label", view.sx(band[i][0]), view.sy(band[i][1]),
                    PeriodFade.labelPriority(ctx, FeatureRef.place(p.id()), 20), RADIUS + 2, PointLabels.AROUND,
                    getOpacity() * PeriodFade.labelOpacity(ctx, FeatureRef.place(p.id()))));
        }
        return out;
    }

    @Override
    public List<LabelPlacer.Box> obstacles(View view) {
        List<LabelPlacer.Box> out = new ArrayList<>();
        for (int i = 0; i < Math.min(band.length, places.size()); i++) {
            out.add(new LabelPlacer.Box(view.sx(band[i][0]) - RADIUS, view.sy(band[i][1]) - RADIUS, 2 * RADIUS,
                    2 * RADIUS));
        }
        return out;
    }
}
