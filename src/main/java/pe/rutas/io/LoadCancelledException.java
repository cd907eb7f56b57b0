package pe.rutas.io;

/** Reading stopped because the user cancelled it; nothing from the file is kept. */
public class LoadCancelledException extends DataFileException {
    public LoadCancelledException(String file) {
        super(file, Message.of("load.cancelled"));
    }
}
