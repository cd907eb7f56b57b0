package pe.rutas.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.image.WritableImage;
import pe.rutas.model.StatTable;

/**
 * Composes and renders exports for one loaded data set: the single entry point shared by the
 * command line, the export dialog, the clipboard and printing, so that all of them produce the
 * same composition. {@link #render} must be called on the FX thread; {@link #renderToFile} may
 * be called from any thread once the toolkit runs (it hops onto the FX thread to draw and writes
 * the file on the calling thread).
 */
public final class Exporter {
    private final ExportData data;
    private final SourceShortNames shortNames;

    public Exporter(ExportData data) {
        this(data, SourceShortNames.fromClasspath());
    }

    public Exporter(ExportData data, SourceShortNames shortNames) {
        this.data = data;
        this.shortNames = shortNames;
    }

    public ExportData data() {
        return data;
    }

    /** The composition for a request (FX thread: text is measured with the toolkit's fonts). */
    public Composition compose(ExportRequest req) {
        return new Composer(data, shortNames, new FxTextMeasure()).compose(req);
    }

    /** Composes and draws a request. FX thread only. */
    public WritableImage render(ExportRequest req) {
        Composition c = compose(req);
        return new ExportRenderer(data).render(c, table(req));
    }

    /** Renders and writes a PNG atomically; returns the composition that was drawn. */
    public Composition renderToFile(ExportRequest req, Path out, boolean overwrite) throws IOException {
        PngWriter.checkWritable(out, overwrite);
        Object[] result = FxRuntime.call(() -> {
            Composition c = compose(req);
            WritableImage img = new ExportRenderer(data).render(c, table(req));
            return new Object[] {c, PngWriter.toRgb(img)};
        });
        PngWriter.write((BufferedImage) result[1], out, overwrite);
        return (Composition) result[0];
    }

    private StatTable table(ExportRequest req) {
        return req.statTableId() == null ? null : data.catalog().table(req.statTableId()).orElse(null);
    }
}
