package pe.rutas.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Loads an arbitrary GeoJSON file chosen by the user as an extra map layer, with tighter
 * ceilings than the app's own data and region warnings (outside Peru, swapped axes). Never
 * throws for bad input: every outcome is a {@link UserLayerLoad}. Runs on the caller's thread
 * (call it from a background task); progress and cancellation callbacks run on that thread too.
 * No JavaFX. Thread-safe: holds only immutable configuration.
 */
public final class UserLayerLoader {
    /** A workshop layer is small; 100 MiB of GeoJSON is already a few hundred MiB in memory. */
    public static final long DEFAULT_MAX_BYTES = 100L * 1024 * 1024;
    public static final int DEFAULT_MAX_FEATURES = 250_000;
    /** One feature's text; its JSON tree takes several times this while it is converted. */
    public static final long DEFAULT_MAX_FEATURE_CHARS = 32L * 1024 * 1024;

    private final GeoJsonReader reader;
    private final RegionCheck region;

    public UserLayerLoader() {
        this(DEFAULT_MAX_BYTES, DEFAULT_MAX_FEATURES);
    }

    public UserLayerLoader(long maxBytes, int maxFeatures) {
        this(new GeoJsonReader(new GeometryFactory(), maxBytes, maxFeatures, Math.min(maxBytes, DEFAULT_MAX_FEATURE_CHARS)),
                RegionCheck.peru());
    }

    public UserLayerLoader(GeoJsonReader reader, RegionCheck region) {
        this.reader = reader;
        this.region = region;
    }

    public UserLayerLoad load(Path file) {
        return load(file, ProgressListener.NONE, () -> false);
    }

    /**
     * Loads {@code file}; {@code cancelled} is polled while reading, and a true answer ends the
     * load with status {@link UserLayerLoad.Status#CANCELLED} within one buffer of text. It is
     * polled from the loading thread, so back it with something safely published across threads
     * (an {@code AtomicBoolean}, or a JavaFX {@code Task}'s {@code isCancelled}).
     */
    public UserLayerLoad load(Path file, ProgressListener progress, BooleanSupplier cancelled) {
        String name = file.toString();
        FeatureCollection fc;
        try {
            fc = reader.read(file, progress, cancelled);
        } catch (LoadCancelledException e) {
            return new UserLayerLoad(name, UserLayerLoad.Status.CANCELLED, List.of(),
                    List.of(LoadProblem.warning(name, -1, Message.of("userLayer.cancelled"))));
        } catch (DataFileException e) {
            return new UserLayerLoad(name, UserLayerLoad.Status.UNUSABLE, List.of(),
                    List.of(new LoadProblem(name, -1, e.line(), LoadProblem.Severity.ERROR, e.problemText())));
        } catch (RuntimeException e) {
            // a bug of ours must not take the app down with the user's file
            return new UserLayerLoad(name, UserLayerLoad.Status.UNUSABLE, List.of(),
                    List.of(LoadProblem.error(name, -1, Message.of("userLayer.internalError", e))));
        }
        List<LoadProblem> problems = new ArrayList<>(fc.problems());
        problems.addAll(region.check(fc));
        if (fc.features().isEmpty() && fc.problems().stream().noneMatch(p -> p.featureIndex() >= 0)) {
            problems.add(LoadProblem.warning(name, -1, Message.of("userLayer.noFeatures")));
        } else if (fc.features().isEmpty()) {
            problems.add(LoadProblem.error(name, -1, Message.of("userLayer.noneLoaded")));
        }
        // file-level first, then by feature; stable so a feature's own problems keep their order
        problems.sort(Comparator.comparingInt(LoadProblem::featureIndex));
        UserLayerLoad.Status status = problems.isEmpty() ? UserLayerLoad.Status.CLEAN : UserLayerLoad.Status.PROBLEMS;
        return new UserLayerLoad(name, status, fc.features(), problems);
    }
}
