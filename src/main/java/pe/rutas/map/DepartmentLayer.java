package pe.rutas.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.Path;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.geom.Point;
import pe.rutas.model.Department;
import pe.rutas.model.FeatureRef;
import pe.rutas.style.StyleText;

/**
 * Department outlines (one {@link Path} per department, id {@code dept-<ISO>}, style class
 * {@code department}) that highlight on hover and selection, plus their labels, placed by the
 * {@link LabelLayer} at each department's pole of inaccessibility. The paths have no fill (except
 * while highlighted): clicks and hover inside a department are resolved by {@link RutasMap} with a
 * {@link DepartmentPicker}. Appearance in {@code map.css}.
 */
final class DepartmentLayer extends RutasLayer implements LabelLayer.Source {
    static final double OUTLINE_WIDTH = 0.9;

    private final List<Department> departments;
    private final Map<String, Path> paths = new LinkedHashMap<>();
    private final Map<String, double[]> labelPoints = new LinkedHashMap<>();
    private final Map<String, Double> areas = new LinkedHashMap<>();
    private double[][] labelBand = new double[0][];

    DepartmentLayer(MapContext ctx, List<Department> departments) {
        super(ctx, LayerId.DEPARTMENTS);
        this.departments = List.copyOf(departments);
        for (Department d : departments) {
            Path p = new Path();
            p.setId("dept-" + d.iso());
            p.getStyleClass().add("department");
            p.setFillRule(FillRule.EVEN_ODD);
            keepStroke(p, OUTLINE_WIDTH, null);
            ctx.bind(p, FeatureRef.department(d.iso()), l -> StyleText.pick(d.nameEn(), d.name(), l));
            paths.put(d.iso(), p);
            world.getChildren().add(p);
            Point lp = labelPoint(d);
            labelPoints.put(d.iso(), new double[]{lp.getX(), lp.getY()});
            areas.put(d.iso(), d.geometry().getEnvelopeInternal().getArea());
        }
    }

    /** A point well inside the polygon for the label (centre of the largest inscribed circle). */
    private static Point labelPoint(Department d) {
        try {
            double tol = Math.max(1e-3, Math.sqrt(d.geometry().getEnvelopeInternal().getArea()) / 200);
            return MaximumInscribedCircle.getCenter(d.geometry(), tol);
        } catch (RuntimeException e) {
            return d.geometry().getInteriorPoint();
        }
    }

    Path pathOf(String iso) {
        return paths.get(iso);
    }

    @Override
    protected void rebuild(int band) {
        for (Department d : departments) {
            Projected.toPath(ctx.projected(d.geometry(), band, true), true, paths.get(d.iso()).getElements());
        }
        labelBand = new double[departments.size()][];
        int i = 0;
        for (Department d : departments) {
            double[] ll = labelPoints.get(d.iso());
            labelBand[i++] = new double[]{bx(ll[0], band), by(ll[1], band)};
        }
    }

    @Override
    protected void position(View view) {
        // outlines move with the world transform; labels are placed by the label layer
    }

    @Override
    public List<LabelLayer.Spec> labels(View view) {
        List<LabelLayer.Spec> out = new ArrayList<>();
        if (!isVisible() || labelBand.length != departments.size()) {
            return out;
        }
        int i = 0;
        for (Department d : departments) {
            double[] b = labelBand[i++];
            String text = StyleText.pick(d.nameEn(), d.name(), ctx.locale.get());
            double priority = 1 + Math.log1p(areas.get(d.iso()));
            out.add(new LabelLayer.Spec("dept-" + d.iso(), text, "department-label", view.sx(b[0]), view.sy(b[1]),
                    priority, 0, List.of(LabelPlacer.Position.CENTER, LabelPlacer.Position.BELOW), getOpacity()));
        }
        return out;
    }
}
