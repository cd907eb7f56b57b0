package pe.rutas.export;

import java.io.IOException;
import java.util.Locale;
import pe.rutas.io.DataFileException;
import pe.rutas.io.Message;

/**
 * The export's words outside the image, in English and Spanish: the command's usage, help, errors
 * and notes, and the reasons of the exceptions the export code throws to the command line and the
 * GUI's export dialog. Patterns are in {@code pe/rutas/export/messages.properties} and its Spanish
 * twin ({@link java.text.MessageFormat}; a literal apostrophe is {@code ''}). The words printed on
 * the image itself are in {@code export.properties} ({@link ExportText}). Stateless.
 */
public final class ExportMessages {
    public static final String BUNDLE = "pe.rutas.export.messages";

    private ExportMessages() {}

    /** A message of this bundle. */
    public static Message of(String key, Object... args) {
        return Message.in(BUNDLE, key, args);
    }

    /**
     * What went wrong in an export, for the user, in the language of {@code locale}: the localized
     * reason when the failure carries one (a request that cannot be exported, an unusable data file,
     * a file that cannot be written), else the exception's own message.
     */
    public static String describe(Throwable e, Locale locale) {
        return reason(e).text(locale);
    }

    /** As {@link #describe}, as a message that can still be shown in either language. */
    public static Message reason(Throwable e) {
        if (e instanceof ExportRequestException r) return r.text();
        if (e instanceof DataFileException d) return of("data.fileProblem", d.file() + (d.line() > 0 ? ":" + d.line() : ""), d.problemText());
        if (e instanceof IOException io) return PngWriter.reason(io);
        return Message.literal(e.getMessage() == null ? e.toString() : e.getMessage());
    }
}
