package pe.rutas.export;

import java.util.ResourceBundle;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Draws a {@link Composition} into an image of exactly the requested size: the map, then the
 * title band, legend, north arrow, scale bar and footer on top. Must run on the FX application
 * thread. The returned image is opaque (white page).
 */
public final class ExportRenderer {
    private final MapPainter painter;

    public ExportRenderer(ExportData data) {
        this.painter = new MapPainter(data);
    }

    public WritableImage render(Composition c, pe.rutas.model.StatTable table) {
        ExportRequest req = c.request();
        Canvas canvas = new Canvas(req.width(), req.height());
        GraphicsContext g = canvas.getGraphicsContext2D();
        draw(g, c, table);
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(Color.WHITE);
        WritableImage img = new WritableImage(req.width(), req.height());
        return canvas.snapshot(p, img);
    }

    /** Draws onto {@code g} in device pixels; the composition's logical pixels are scaled by the request's factor. */
    public void draw(GraphicsContext g, Composition c, pe.rutas.model.StatTable table) {
        ExportRequest req = c.request();
        ResourceBundle t = ExportText.bundle(req.locale());
        ChromeLayout l = c.layout();
        g.save();
        g.scale(req.scale(), req.scale());
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, l.page().width(), l.page().height());

        g.save();
        g.translate(l.map().x(), l.map().y());
        g.beginPath();
        g.rect(0, 0, l.map().width(), l.map().height());
        g.clip();
        painter.paint(g, c.frame(), new MapPainter.Options(req.layers(), table, c.highlight(), c.faded(), req.locale(), 1,
                req.userLayers()), req.scale(), covered(l));
        g.restore();

        drawTitle(g, c, l);
        drawLegend(g, c, l);
        drawNorthArrow(g, l, t.getString("north"));
        drawScaleBar(g, c.scaleBar(), l);
        drawFooter(g, c, l);
        g.restore();
    }

    /** The legend, north arrow and scale bar drawn over the map, in the map's pixels: names keep out of them. */
    static java.util.List<double[]> covered(ChromeLayout l) {
        java.util.List<double[]> out = new java.util.ArrayList<>();
        for (Rect r : java.util.List.of(l.legend(), l.north(), l.scale())) {
            if (r.width() <= 0 || r.height() <= 0) continue;
            out.add(new double[]{r.x() - l.map().x(), r.y() - l.map().y(), r.maxX() - l.map().x(), r.maxY() - l.map().y()});
        }
        return out;
    }

    private static void drawTitle(GraphicsContext g, Composition c, ChromeLayout l) {
        g.setFill(Color.WHITE);
        g.fillRect(l.title().x(), l.title().y(), l.title().width(), l.title().height());
        g.setStroke(ExportStyle.COUNTRY_EDGE);
        g.setLineWidth(1);
        g.strokeLine(0, l.title().maxY() - 0.5, l.title().width(), l.title().maxY() - 0.5);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setFill(ExportStyle.TEXT);
        g.setFont(FxTextMeasure.font(Composition.TITLE_SIZE, true));
        double y = l.title().y() + ChromeLayout.MARGIN * 0.75;
        g.fillText(c.title(), ChromeLayout.MARGIN, y, l.title().width() - 2 * ChromeLayout.MARGIN);
        if (!c.subtitle().isBlank()) {
            g.setFill(ExportStyle.MUTED);
            g.setFont(FxTextMeasure.font(Composition.SUBTITLE_SIZE, false));
            g.fillText(c.subtitle(), ChromeLayout.MARGIN, y + Composition.TITLE_SIZE * 1.3, l.title().width() - 2 * ChromeLayout.MARGIN);
        }
    }

    private static void drawLegend(GraphicsContext g, Composition c, ChromeLayout l) {
        if (c.legend().placed().isEmpty()) return;
        var box = l.legend();
        g.setFill(Color.web("#ffffff", 0.93));
        g.fillRoundRect(box.x(), box.y(), box.width(), box.height(), 8, 8);
        g.setStroke(ExportStyle.COUNTRY_EDGE);
        g.setLineWidth(1);
        g.strokeRoundRect(box.x(), box.y(), box.width(), box.height(), 8, 8);
        double ox = box.x() + ChromeLayout.LEGEND_PAD, oy = box.y() + ChromeLayout.LEGEND_PAD;
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (LegendLayout.Placed p : c.legend().placed()) {
            double x = ox + p.x(), cy = oy + p.y() + p.height() / 2;
            if (cy > box.maxY()) break;
            LegendItem it = p.item();
            if (it.isHeading()) {
                boolean note = it.swatch() == LegendItem.Swatch.NOTE;
                g.setFill(note ? ExportStyle.MUTED : ExportStyle.TEXT);
                g.setFont(FxTextMeasure.font(note ? Composition.LEGEND_SIZE - 1 : Composition.LEGEND_SIZE, !note));
                g.fillText(it.label(), x, cy);
                continue;
            }
            double sw = LegendLayout.SWATCH_W;
            switch (it.swatch()) {
                case LINE, DASHED_LINE -> {
                    g.setStroke(it.color());
                    g.setLineWidth(3.5);
                    g.setLineDashes(it.swatch() == LegendItem.Swatch.DASHED_LINE ? new double[] {8, 5} : null);
                    g.strokeLine(x + 2, cy, x + sw - 2, cy);
                    g.setLineDashes((double[]) null);
                }
                case ARROW -> {
                    g.setStroke(it.color());
                    g.setLineWidth(2.5);
                    g.setLineDashes(6, 4);
                    g.beginPath();
                    g.moveTo(x + 2, cy + 4);
                    g.quadraticCurveTo(x + sw / 2, cy - 8, x + sw - 6, cy);
                    g.stroke();
                    g.setLineDashes((double[]) null);
                    MapPainter.arrow(g, x + sw - 2, cy + 2, Math.atan2(2, 4), it.color(), 9);
                }
                case AREA -> {
                    g.setFill(it.color());
                    g.fillRect(x + 2, cy - 7, sw - 4, 14);
                    g.setStroke(ExportStyle.COUNTRY_EDGE);
                    g.setLineWidth(0.8);
                    g.strokeRect(x + 2, cy - 7, sw - 4, 14);
                }
                default -> MapPainter.symbol(g, it.swatch(), x + sw / 2, cy, 6, it.color());
            }
            g.setFill(ExportStyle.TEXT);
            g.setFont(FxTextMeasure.font(Composition.LEGEND_SIZE, false));
            g.setTextBaseline(VPos.CENTER);
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(it.label(), x + sw + LegendLayout.GAP, cy);
        }
    }

    private static void drawNorthArrow(GraphicsContext g, ChromeLayout l, String n) {
        var r = l.north();
        double cx = r.centerX(), top = r.y() + 14, bottom = r.maxY();
        double half = r.width() / 2.4;
        g.setFill(Color.web("#ffffff", 0.8));
        g.fillRoundRect(r.x() - 4, r.y() - 4, r.width() + 8, r.height() + 8, 6, 6);
        g.setFill(ExportStyle.TEXT);
        g.fillPolygon(new double[] {cx, cx + half, cx}, new double[] {top, bottom, bottom - 8}, 3);
        g.setFill(Color.WHITE);
        g.setStroke(ExportStyle.TEXT);
        g.setLineWidth(1);
        g.fillPolygon(new double[] {cx, cx - half, cx}, new double[] {top, bottom, bottom - 8}, 3);
        g.strokePolygon(new double[] {cx, cx - half, cx, cx + half}, new double[] {top, bottom, bottom - 8, bottom}, 4);
        g.setFill(ExportStyle.TEXT);
        g.setFont(FxTextMeasure.font(13, true));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.fillText(n, cx, r.y() - 2);
    }

    private static void drawScaleBar(GraphicsContext g, ScaleBar bar, ChromeLayout l) {
        var r = l.scale();
        double x = r.x() + 6, y = r.maxY() - 10, len = bar.lengthPx();
        g.setFill(Color.web("#ffffff", 0.8));
        g.fillRoundRect(r.x(), r.y(), len + 60, r.height(), 6, 6);
        g.setFill(ExportStyle.TEXT);
        g.fillRect(x, y - 3, len / 2, 6);
        g.setFill(Color.WHITE);
        g.fillRect(x + len / 2, y - 3, len / 2, 6);
        g.setStroke(ExportStyle.TEXT);
        g.setLineWidth(1);
        g.strokeRect(x, y - 3, len, 6);
        g.setFill(ExportStyle.TEXT);
        g.setFont(FxTextMeasure.font(12, false));
        g.setTextBaseline(VPos.BOTTOM);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("0", x - 3, y - 5);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(bar.label(), x + len, y - 5);
    }

    private static void drawFooter(GraphicsContext g, Composition c, ChromeLayout l) {
        g.setFill(Color.WHITE);
        g.fillRect(l.footer().x(), l.footer().y(), l.footer().width(), l.footer().height());
        g.setStroke(ExportStyle.COUNTRY_EDGE);
        g.setLineWidth(1);
        g.strokeLine(0, l.footer().y() + 0.5, l.footer().width(), l.footer().y() + 0.5);
        g.setFill(ExportStyle.MUTED);
        g.setFont(FxTextMeasure.font(Composition.FOOTER_SIZE, false));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        double y = l.footer().y() + ChromeLayout.MARGIN * 0.6;
        for (String line : c.footer()) {
            g.fillText(line, ChromeLayout.MARGIN, y);
            y += Composition.FOOTER_LINE;
        }
    }
}
