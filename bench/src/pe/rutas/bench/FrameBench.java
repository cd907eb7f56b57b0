package pe.rutas.bench;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;
import pe.rutas.map.RutasMap;

/**
 * Frame time while panning and zooming: starts Rutas as a user would (all default layers, plus
 * the generated 1,000,000-vertex layer when the build can add user layers), then drives a
 * scripted pan/zoom one step per pulse and records pulse-to-pulse intervals. Baseline: the
 * same number of pulses with the map idle, measured in the same run. Reports median and p95.
 */
public final class FrameBench {
    private static final int STEPS = 600;
    private static Path million;

    public static void main(String[] args) throws Exception {
        million = Path.of(args[0]).resolve("million.geojson");
        if (!java.nio.file.Files.exists(million)) LoadBench.writeMillionVertexFile(million);
        Thread watcher = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(20);
                    Platform.runLater(FrameBench::findMap);
                } catch (IllegalStateException notYet) {
                    // toolkit not started
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "frame-bench-watch");
        watcher.setDaemon(true);
        watcher.start();
        Application.launch(Class.forName("pe.rutas.app.RutasApp").asSubclass(Application.class));
    }

    private static boolean started;

    private static void findMap() {
        if (started) return;
        for (Window w : Window.getWindows()) {
            Scene s = w.getScene();
            if (s == null) continue;
            for (Node n : s.getRoot().lookupAll("*")) {
                if (n instanceof RutasMap map && map.getWidth() > 0 && s.lookup("#layer-routes") != null) {
                    started = true;
                    closeDialogs();
                    boolean extra = addMillionLayer(map);
                    System.out.println(extra ? "1M-vertex layer added" : "this build cannot add a user layer: measuring built-in layers only");
                    // let the layer settle for 2 s, then idle baseline, then the scripted pan/zoom
                    new Script(map).startAfter(120);
                    return;
                }
            }
        }
    }

    private static void closeDialogs() {
        for (Window w : new ArrayList<>(Window.getWindows())) {
            if (w instanceof javafx.stage.Stage st && st.getOwner() != null) st.close();
        }
    }

    /** Uses the map's user-layer entry point if this build has one ({@code addUserLayer(Path)}). */
    private static boolean addMillionLayer(RutasMap map) {
        for (Method m : map.getClass().getMethods()) {
            if (m.getName().equals("addUserLayer") && m.getParameterCount() == 1 && m.getParameterTypes()[0] == Path.class) {
                try {
                    m.invoke(map, million);
                    return true;
                } catch (ReflectiveOperationException e) {
                    System.out.println("adding the 1M layer failed: " + e.getCause());
                    return false;
                }
            }
        }
        return false;
    }

    private static final class Script extends AnimationTimer {
        private final RutasMap map;
        private int wait;
        private int frame;
        private long last;
        private final List<Double> idle = new ArrayList<>();
        private final List<Double> moving = new ArrayList<>();

        Script(RutasMap map) { this.map = map; }

        void startAfter(int pulses) { wait = pulses; start(); }

        @Override public void handle(long now) {
            if (wait-- > 0) return;
            if (last != 0) {
                double ms = (now - last) / 1e6;
                (frame <= STEPS ? idle : moving).add(ms);
            }
            last = now;
            frame++;
            if (frame % 200 == 0 || (frame > STEPS && frame % 25 == 0)) System.out.println("  pulse " + frame + " of " + 2 * STEPS);
            if (frame > STEPS) step(frame - STEPS);
            if (frame > 2 * STEPS) {
                stop();
                report();
            }
        }

        /** Pans in a loop and zooms in/out every 100 steps: every step moves the map. */
        private void step(int i) {
            int phase = (i / 50) % 4;
            double dx = phase == 0 ? 6 : phase == 2 ? -6 : 0;
            double dy = phase == 1 ? 5 : phase == 3 ? -5 : 0;
            map.panBy(dx, dy);
            if (i % 100 == 25) map.zoomIn();
            if (i % 100 == 75) map.zoomOut();
        }

        private void report() {
            double[] a = moving.stream().mapToDouble(Double::doubleValue).toArray();
            double[] b = idle.stream().mapToDouble(Double::doubleValue).toArray();
            System.out.printf(Locale.ROOT, "pan/zoom: median %.2f ms, p95 %.2f ms, max %.2f ms over %d pulses; idle: median %.2f, p95 %.2f%n",
                    BenchSupport.median(a), BenchSupport.percentile(a, 95), BenchSupport.percentile(a, 100), a.length,
                    BenchSupport.median(b), BenchSupport.percentile(b, 95));
            BenchSupport.result("frame-p95-pan-zoom", BenchSupport.percentile(a, 95), "ms", "idle-p95", BenchSupport.percentile(b, 95));
            BenchSupport.result("frame-median-pan-zoom", BenchSupport.median(a), "ms", "idle-median", BenchSupport.median(b));
            System.out.flush();
            Runtime.getRuntime().halt(0);
        }
    }
}
