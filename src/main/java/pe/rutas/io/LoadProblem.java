package pe.rutas.io;

import java.util.Locale;

/**
 * Something wrong with one part of a data file that did not stop the rest from loading.
 *
 * @param file         the file's name as the user knows it (path or resource name)
 * @param featureIndex zero-based index in the {@code features} array, or -1 for the file as a whole
 * @param line         1-based line in the file if known, or -1
 * @param severity     {@link Severity#ERROR} when the feature was skipped, {@link Severity#WARNING}
 *                     when it loaded but looks suspicious (e.g. coordinates outside the region)
 * @param text         what is wrong, in plain words, without a stack trace, in either language
 */
public record LoadProblem(String file, int featureIndex, int line, Severity severity, Message text) {

    public enum Severity { WARNING, ERROR }

    /** A problem whose reason is the same text in every language (see {@link Message#literal}). */
    public LoadProblem(String file, int featureIndex, int line, Severity severity, String message) {
        this(file, featureIndex, line, severity, Message.literal(message));
    }

    public static LoadProblem error(String file, int featureIndex, Message text) {
        return new LoadProblem(file, featureIndex, -1, Severity.ERROR, text);
    }

    public static LoadProblem warning(String file, int featureIndex, Message text) {
        return new LoadProblem(file, featureIndex, -1, Severity.WARNING, text);
    }

    public static LoadProblem error(String file, int featureIndex, String message) {
        return error(file, featureIndex, Message.literal(message));
    }

    public static LoadProblem warning(String file, int featureIndex, String message) {
        return warning(file, featureIndex, Message.literal(message));
    }

    /** What is wrong, in English. */
    public String message() {
        return text.english();
    }

    /** What is wrong, in the language of {@code locale} (Spanish or English). */
    public String message(Locale locale) {
        return text.text(locale);
    }

    /** One line for logs, dialogs and the {@code validate} command: file, where, what (English). */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) b.append(':').append(line);
        if (featureIndex >= 0) b.append(", feature ").append(featureIndex);
        b.append(": ").append(severity == Severity.ERROR ? "skipped: " : "warning: ").append(message());
        return b.toString();
    }
}
