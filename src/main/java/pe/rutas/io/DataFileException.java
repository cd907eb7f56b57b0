package pe.rutas.io;

/**
 * A data file that cannot be used at all: missing, unreadable, not JSON, not the expected
 * GeoJSON type, or over the size limit. The message names the file and, where known,
 * the line and the problem; the cause is kept.
 */
public class DataFileException extends Exception {
    private final String file;
    private final int line;
    private final String problem;

    public DataFileException(String file, int line, String problem, Throwable cause) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem, cause);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public DataFileException(String file, String problem) {
        this(file, -1, problem, null);
    }

    public String file() { return file; }

    /** What is wrong, without the file name and line. */
    public String problem() { return problem; }

    /** 1-based line of the problem, or -1 when unknown. */
    public int line() { return line; }
}
