package pe.rutas.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Cold start: time from process start to the first rendered frame, for (a) an empty JavaFX
 * stage and (b) Rutas showing its map with data, each started the same way
 * ({@code Application.launch} in a fresh JVM with the same flags). Runs each RUNS times,
 * alternating, and reports medians and the peak RSS of the child JVMs.
 */
public final class StartBench {
    private static final int RUNS = 5;

    public static void main(String[] args) throws Exception {
        if (args.length > 1 && args[1].equals("--child-empty")) {
            Application.launch(EmptyStage.class);
            return;
        }
        if (args.length > 1 && args[1].equals("--child-app")) {
            watchForMap();
            Class<? extends Application> app = Class.forName("pe.rutas.app.RutasApp").asSubclass(Application.class);
            Application.launch(app);
            return;
        }
        double[] empty = new double[RUNS], app = new double[RUNS];
        double rssEmpty = 0, rssApp = 0;
        for (int i = 0; i < RUNS; i++) {
            double[] e = child("--child-empty");
            double[] a = child("--child-app");
            empty[i] = e[0]; rssEmpty = Math.max(rssEmpty, e[1]);
            app[i] = a[0]; rssApp = Math.max(rssApp, a[1]);
            System.out.printf("run %d: empty stage %.0f ms, rutas %.0f ms%n", i + 1, e[0], a[0]);
        }
        System.out.printf("peak RSS: empty stage %.0f MiB, rutas %.0f MiB%n", rssEmpty, rssApp);
        System.out.println(String.format(java.util.Locale.ROOT,
                "RESULT cold-start-to-map-frame %.2f ms baseline(empty-stage)=%.2f ratio=%.2f rss=%.0fMiB",
                BenchSupport.median(app), BenchSupport.median(empty), BenchSupport.median(app) / BenchSupport.median(empty), rssApp));
    }

    /** Runs one child JVM and returns {first-frame ms, peak RSS MiB}. */
    private static double[] child(String mode) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(StartBench.class.getName());
        cmd.add("unused");
        cmd.add(mode);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        double ms = -1, rss = -1;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("FIRST_FRAME ")) {
                    String[] f = line.split(" ");
                    ms = Double.parseDouble(f[1]);
                    rss = Double.parseDouble(f[2]);
                }
            }
        }
        p.waitFor();
        if (ms < 0) throw new IllegalStateException(mode + " did not report a first frame");
        return new double[] {ms, rss};
    }

    private static double sinceProcessStart() {
        long start = ProcessHandle.current().info().startInstant().orElseThrow().toEpochMilli();
        return System.currentTimeMillis() - start;
    }

    /** Reports after the second pulse following {@code ready}: the first frame with it has then been rendered. */
    private static void reportAfterNextFrame() {
        new AnimationTimer() {
            int frames;
            @Override public void handle(long now) {
                if (++frames == 2) {
                    stop();
                    System.out.println("FIRST_FRAME " + sinceProcessStart() + " " + BenchSupport.peakRssMiB());
                    System.out.flush();
                    Runtime.getRuntime().halt(0);
                }
            }
        }.start();
    }

    /** Polls the scene graph for the map's route layer with its nodes, i.e. the map with data. */
    private static void watchForMap() {
        Thread t = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(5);
                    Platform.runLater(StartBench::checkForMap);
                } catch (IllegalStateException notStartedYet) {
                    // toolkit not up yet
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "start-bench-watch");
        t.setDaemon(true);
        t.start();
    }

    private static boolean reported;

    private static void checkForMap() {
        if (reported) return;
        for (Window w : Window.getWindows()) {
            Scene s = w.getScene();
            if (s == null) continue;
            Node routes = s.lookup("#layer-routes");
            if (routes instanceof Parent p && !p.getChildrenUnmodifiable().isEmpty() && routes.getScene().getWidth() > 0) {
                reported = true;
                reportAfterNextFrame();
                return;
            }
        }
    }

    public static final class EmptyStage extends Application {
        @Override public void start(Stage stage) {
            stage.setScene(new Scene(new Pane(), 1400, 900));
            stage.show();
            reportAfterNextFrame();
        }
    }
}
