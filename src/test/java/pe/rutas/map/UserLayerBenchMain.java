package pe.rutas.map;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.locationtech.jts.geom.Envelope;
import pe.rutas.app.DataLoader;
import pe.rutas.app.LoadedData;
import pe.rutas.model.FeatureRef;

/**
 * Measures a large user layer by eye and clock (not a test): loads the file given as the first
 * argument with {@link RutasMap#addUserLayer(Path)}, then pans 150 frames at several zooms and prints
 * the frame intervals and the simplified vertex counts. Run under a display (e.g. Xvfb).
 */
public final class UserLayerBenchMain {
    private UserLayerBenchMain() {}

    public static void main(String[] args) { Application.launch(App.class, args); }

    public static final class App extends Application {
        private RutasMap map;
        private UserLayerHandle handle;
        private final double[] zooms = {5, 7, 9, 12};
        private int step;

        @Override
        public void start(Stage stage) {
            LoadedData data = DataLoader.fromSystemProperties().load((k, f) -> {});
            map = new RutasMap(data.departments(), data.countries(), data.catalog(), new SimpleObjectProperty<FeatureRef>());
            map.animateProperty().set(false);
            stage.setScene(new Scene(map, 1400, 900));
            stage.show();
            long t0 = System.nanoTime();
            handle = map.addUserLayer(Path.of(getParameters().getRaw().get(0)));
            System.out.printf("load+add: %.0f ms, %d features, %d vertices, %d problems%n",
                    (System.nanoTime() - t0) / 1e6, handle.featureCount(), handle.vertexCount(), handle.problems().size());
            Platform.runLater(this::next);
        }

        private void next() {
            if (step >= zooms.length) {
                Platform.exit();
                return;
            }
            double z = zooms[step++];
            Envelope b = handle.bounds();
            double lon = b.centre().x;
            double lat = b.centre().y;
            double w = 360 / Math.pow(2, z) * 1400 / 256;
            long t0 = System.nanoTime();
            map.flyTo(new Envelope(lon - w / 2, lon + w / 2, lat - w / 3, lat + w / 3));
            List<Long> frames = new ArrayList<>();
            List<Long> hidden = new ArrayList<>();
            new AnimationTimer() {
                long last;
                int n;

                @Override
                public void handle(long now) {
                    if (n == 1) {
                        System.out.printf("zoom %.1f: first frame after %.0f ms, drawn vertices %d%n",
                                map.currentFrame().zoom(), (now - t0) / 1e6, handle.drawnVertexCount());
                    }
                    boolean off = n % 40 >= 20;
                    handle.visibleProperty().set(!off);
                    if (last != 0 && n > 3 && n % 20 > 1) (off ? hidden : frames).add(now - last);
                    last = now;
                    n++;
                    if (n > 3) map.panBy(n % 120 < 60 ? 9 : -9, 4 * Math.sin(n / 10.0));
                    if (n > 243) {
                        stop();
                        hidden.sort(Long::compare);
                        System.out.printf("   pan, layer hidden: median %.1f ms/frame%n", hidden.get(hidden.size() / 2) / 1e6);
                        handle.visibleProperty().set(true);
                        frames.sort(Long::compare);
                        double mean = frames.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
                        System.out.printf("   pan, layer shown: mean %.1f ms/frame, median %.1f, p95 %.1f, max %.1f%n", mean,
                                frames.get(frames.size() / 2) / 1e6, frames.get(frames.size() * 95 / 100) / 1e6,
                                frames.get(frames.size() - 1) / 1e6);
                        Platform.runLater(UserLayerBenchMain.App.this::next);
                    }
                }
            }.start();
        }
    }
}
