package pe.rutas.io;

/**
 * Settings, saved views or a views file could not be read or written. The message is meant
 * for the user: it names the file and what went wrong, without a stack trace; the cause is kept.
 */
public class SettingsException extends Exception {
    public SettingsException(String message, Throwable cause) {
        super(message, cause);
    }

    public SettingsException(String message) {
        super(message);
    }
}
