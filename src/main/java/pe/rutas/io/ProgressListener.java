package pe.rutas.io;

/**
 * Receives progress while a data file is read. Called on the reading thread (never the FX
 * thread): a UI must hand the values over to its own thread itself. Calls are throttled by
 * the reader, so an implementation may do a little work per call.
 */
@FunctionalInterface
public interface ProgressListener {
    /** Ignores all progress. */
    ProgressListener NONE = (read, total, features) -> { };

    /**
     * @param charsRead    characters consumed so far; for ASCII-heavy GeoJSON this is close to bytes
     * @param totalBytes   size of the file in bytes, or -1 when unknown (e.g. a stream)
     * @param featuresRead features examined so far, loaded or skipped
     */
    void progress(long charsRead, long totalBytes, int featuresRead);
}
