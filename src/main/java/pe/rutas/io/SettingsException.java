package pe.rutas.io;

import java.util.Locale;

/**
 * Settings, saved views or a views file could not be read or written. The message is meant
 * for the user: it names the file and what went wrong, without a stack trace; the cause is kept.
 * {@link #getMessage()} is English; {@link #message(Locale)} gives Spanish too.
 */
public class SettingsException extends Exception {
    private final Message text;

    public SettingsException(Message text, Throwable cause) {
        super(text.english(), cause);
        this.text = text;
    }

    public SettingsException(Message text) {
        this(text, null);
    }

    public SettingsException(String message, Throwable cause) {
        this(Message.literal(message), cause);
    }

    public SettingsException(String message) {
        this(Message.literal(message), null);
    }

    public Message text() { return text; }

    /** The message in the language of {@code locale} (Spanish or English). */
    public String message(Locale locale) { return text.text(locale); }
}
