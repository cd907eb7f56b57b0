package pe.rutas.export;

import java.util.Locale;
import pe.rutas.io.Message;

/**
 * A request that cannot be exported as asked: an image size or scale out of range, or an id that
 * names nothing loaded ({@link Composer.UnknownFeatureException}). {@link #getMessage()} is English
 * (for logs and tests); {@link #message(Locale)} gives the same reason in Spanish too, so the command
 * line and the export dialog can show it in the user's language.
 */
public class ExportRequestException extends IllegalArgumentException {
    private final transient Message text;

    public ExportRequestException(Message text) {
        super(text.english());
        this.text = text;
    }

    /** The reason, to be shown in either language. */
    public Message text() {
        return text;
    }

    /** The reason in the language of {@code locale} (Spanish or English). */
    public String message(Locale locale) {
        return text.text(locale);
    }
}
