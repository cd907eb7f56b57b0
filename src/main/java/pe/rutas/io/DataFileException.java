package pe.rutas.io;

import java.util.Locale;

/**
 * A data file that cannot be used at all: missing, unreadable, not JSON, not the expected
 * GeoJSON type, or over the size limit. The message names the file and, where known,
 * the line and the problem; the cause is kept. {@link #getMessage()} is English;
 * {@link #message(Locale)} and {@link #problem(Locale)} give Spanish too.
 */
public class DataFileException extends Exception {
    private final String file;
    private final int line;
    private final Message problem;

    public DataFileException(String file, int line, Message problem, Throwable cause) {
        super(where(file, line) + problem.english(), cause);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public DataFileException(String file, Message problem) {
        this(file, -1, problem, null);
    }

    /** A problem described by text that is the same in every language. */
    public DataFileException(String file, int line, String problem, Throwable cause) {
        this(file, line, Message.literal(problem), cause);
    }

    public DataFileException(String file, String problem) {
        this(file, -1, problem, null);
    }

    private static String where(String file, int line) {
        return file + (line > 0 ? ":" + line : "") + ": ";
    }

    public String file() { return file; }

    /** What is wrong, without the file name and line, in English. */
    public String problem() { return problem.english(); }

    /** What is wrong, without the file name and line, in the language of {@code locale}. */
    public String problem(Locale locale) { return problem.text(locale); }

    /** What is wrong, as a message that can be shown in either language. */
    public Message problemText() { return problem; }

    /** File, line and problem, in the language of {@code locale}. */
    public String message(Locale locale) { return where(file, line) + problem.text(locale); }

    /** 1-based line of the problem, or -1 when unknown. */
    public int line() { return line; }
}
