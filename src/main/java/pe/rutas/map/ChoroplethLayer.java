package pe.rutas.map;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;
import javafx.scene.paint.Paint;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.Path;
import pe.rutas.model.Department;
import pe.rutas.model.StatTable;
import pe.rutas.style.ChoroplethClassifier;
import pe.rutas.style.Classification;

/**
 * Fills departments by the classes of a statistics table (id {@code choro-<ISO>}, style class
 * {@code choropleth-area}); departments without data get a hatched grey, never a class colour. Not
 * clickable: the department layer above takes the clicks.
 */
final class ChoroplethLayer extends RutasLayer {
    /** Classes used for every table. */
    static final int CLASSES = ChoroplethClassifier.DEFAULT_CLASSES;

    private final List<Department> departments;
    private final Map<String, Path> paths = new LinkedHashMap<>();
    private final ChoroplethClassifier classifier = new ChoroplethClassifier();
    private Classification classification;
    private Paint noData;

    ChoroplethLayer(MapContext ctx, List<Department> departments) {
        super(ctx, LayerId.CHOROPLETH);
        this.departments = List.copyOf(departments);
        setMouseTransparent(true);
        for (Department d : departments) {
            Path p = new Path();
            p.setId("choro-" + d.iso());
            p.getStyleClass().add("choropleth-area");
            p.setFillRule(FillRule.EVEN_ODD);
            p.setStroke(null);
            p.setVisible(false);
            paths.put(d.iso(), p);
            world.getChildren().add(p);
        }
    }

    /**
     * Shows {@code table}, or nothing when null, not by department, or marked not mappable by the catalog
     * (e.g. rates the source words ambiguously).
     */
    void setTable(StatTable table) {
        classification = table == null || !table.byDepartment() || !table.mappable() ? null
                : classifier.classify(table, CLASSES);
        for (Department d : departments) {
            Path p = paths.get(d.iso());
            if (classification == null) {
                p.setVisible(false);
                continue;
            }
            Optional<Color> c = classification.colorOf(d.iso());
            p.setFill(c.isPresent() ? c.get() : noDataPaint());
            p.setVisible(true);
            p.getProperties().put("rutas.noData", c.isEmpty());
        }
    }

    Classification classification() {
        return classification;
    }

    /** Grey with thin diagonal hatching, so "no data" never reads as the lightest class. */
    private Paint noDataPaint() {
        if (noData == null) {
            int n = 8;
            WritableImage img = new WritableImage(n, n);
            Color base = ChoroplethClassifier.NO_DATA;
            Color line = base.darker();
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++) {
                    img.getPixelWriter().setColor(x, y, (x + y) % n == 0 ? line : base);
                }
            }
            noData = new ImagePattern(img, 0, 0, n, n, false);
        }
        return noData;
    }

    @Override
    protected void rebuild(int band) {
        for (Department d : departments) {
            Projected.toPath(ctx.projected(d.geometry(), band, true), true, paths.get(d.iso()).getElements());
        }
    }

    @Override
    protected void position(View view) {
        // filled paths move with the world transform
    }
}
