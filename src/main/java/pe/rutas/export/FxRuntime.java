package pe.rutas.export;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Starts the JavaFX toolkit for command-line use and runs work on its thread. With no toolkit
 * running yet, it selects Monocle's headless platform and software rendering first (the
 * properties are read once, when the toolkit starts), so exports work with no display at all.
 * A toolkit that is already running (the GUI, TestFX) is used as it is.
 */
public final class FxRuntime {
    private static final long TIMEOUT_MIN = 10;

    private FxRuntime() {}

    /** Properties that make the toolkit start headless; existing settings are kept. */
    static void selectHeadless() {
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("prism.text", "t2k");
        setIfAbsent("java.awt.headless", "true");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) System.setProperty(key, value);
    }

    /** Starts the toolkit if needed (headless) and keeps it alive when no window is open. */
    public static synchronized void ensureStarted() {
        try {
            Platform.runLater(() -> { });
            return; // already running
        } catch (IllegalStateException notStarted) {
            // fall through and start it
        }
        selectHeadless();
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyStarted) {
            started.complete(null);
        }
        Platform.setImplicitExit(false);
        try {
            started.get(TIMEOUT_MIN, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting JavaFX", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("JavaFX did not start: " + e, e);
        }
    }

    /** Runs {@code work} on the FX thread and waits for its result; exceptions are rethrown unwrapped. */
    public static <T> T call(Supplier<T> work) {
        if (Platform.isFxApplicationThread()) return work.get();
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.get());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        try {
            return f.get(TIMEOUT_MIN, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("rendering took longer than " + TIMEOUT_MIN + " min", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) throw r;
            if (c instanceof Error err) throw err;
            throw new IllegalStateException(c);
        }
    }
}
