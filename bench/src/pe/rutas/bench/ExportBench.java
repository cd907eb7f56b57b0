package pe.rutas.bench;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Headless export of a 3840×2160 composed image through the CLI entry point
 * ({@code pe.rutas.export.ExportCommand}), against the same-size work with nothing composed:
 * snapshot of a blank canvas encoded as PNG with ImageIO. First (cold) run reported separately;
 * then the median of warm runs.
 */
public final class ExportBench {
    private static final int RUNS = 5;

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        Files.createDirectories(work);
        Path out = work.resolve("export-4k.png");
        Path blank = work.resolve("blank-4k.png");
        Method run = Class.forName("pe.rutas.export.ExportCommand").getMethod("run", String[].class, java.io.PrintStream.class, java.io.PrintStream.class);
        String[] cli = {"--out", out.toString(), "--width", "3840", "--height", "2160", "--force"};

        long t0 = System.nanoTime();
        int status = (Integer) run.invoke(null, cli, System.out, System.err);
        double cold = (System.nanoTime() - t0) / 1e6;
        if (status != 0) throw new IllegalStateException("export exited " + status);
        double[] warm = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            run.invoke(null, cli, System.out, System.err);
            warm[i] = (System.nanoTime() - t) / 1e6;
        }
        double[] base = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            writeBlank(blank);
            base[i] = (System.nanoTime() - t) / 1e6;
        }
        System.out.printf("cold export (toolkit start + data load + render + PNG): %.0f ms; %s is %d bytes%n",
                cold, out.getFileName(), Files.size(out));
        BenchSupport.result("export-3840x2160", BenchSupport.median(warm), "ms", "blank-canvas-png", BenchSupport.median(base));
        Platform.exit();
        System.exit(0);
    }

    private static void writeBlank(Path file) throws Exception {
        java.util.concurrent.CompletableFuture<WritableImage> img = new java.util.concurrent.CompletableFuture<>();
        Platform.runLater(() -> {
            Canvas c = new Canvas(3840, 2160);
            c.getGraphicsContext2D().setFill(Color.WHITE);
            c.getGraphicsContext2D().fillRect(0, 0, 3840, 2160);
            img.complete(c.snapshot(new SnapshotParameters(), null));
        });
        javax.imageio.ImageIO.write(SwingFXUtils.fromFXImage(img.get(), null), "png", file.toFile());
    }
}
