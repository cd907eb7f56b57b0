package pe.rutas.map;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.shape.Shape;
import org.locationtech.jts.geom.Point;

/**
 * A layer of one symbol per point feature (places, hotspots). Points are projected once per
 * zoom band in {@link #rebuild}; on pan and zoom the symbols are only moved. Subclasses create
 * the symbols (in feature order, through {@link #addMark}) and their labels.
 *
 * @param <T> the feature record; {@code pointOf} gives its lon/lat point (JTS x = lon, y = lat)
 */
abstract class PointMarkLayer<T> extends RutasLayer {
    protected final List<T> items;
    private final Function<T, Point> pointOf;
    private final List<Shape> marks = new ArrayList<>();
    /** Band pixel coordinates of each item, {x, y}, in item order; empty before the first rebuild. */
    protected double[][] band = new double[0][];

    PointMarkLayer(MapContext ctx, LayerId id, List<T> all, Function<T, Point> pointOf) {
        super(ctx, id);
        this.pointOf = pointOf;
        this.items = all.stream().filter(t -> pointOf.apply(t) != null).toList();
    }

    /** Adds the symbol of the next item (call once per item, in order). */
    protected void addMark(Shape mark) {
        marks.add(mark);
        screen.getChildren().add(mark);
    }

    /** True when every item has been projected for the current band. */
    protected boolean projected() {
        return band.length == items.size();
    }

    @Override
    protected void rebuild(int b) {
        double[][] next = new double[items.size()][];
        for (int i = 0; i < items.size(); i++) {
            Point p = pointOf.apply(items.get(i));
            next[i] = new double[]{bx(p.getX(), b), by(p.getY(), b)};
        }
        band = next;
    }

    @Override
    protected void position(View view) {
        for (int i = 0; i < marks.size(); i++) {
            marks.get(i).setLayoutX(view.sx(band[i][0]));
            marks.get(i).setLayoutY(view.sy(band[i][1]));
        }
    }

    /** Square obstacles of the given half-size around each projected item, for label placement. */
    protected List<LabelPlacer.Box> squares(View view, java.util.function.IntToDoubleFunction halfSize) {
        List<LabelPlacer.Box> out = new ArrayList<>();
        for (int i = 0; i < Math.min(band.length, items.size()); i++) {
            double r = halfSize.applyAsDouble(i);
            out.add(new LabelPlacer.Box(view.sx(band[i][0]) - r, view.sy(band[i][1]) - r, 2 * r, 2 * r));
        }
        return out;
    }
}
