package pe.rutas.app;

import javafx.concurrent.Task;
import pe.rutas.ui.I18n;

/**
 * Runs a {@link DataLoader} off the FX thread, publishing progress and a translated step
 * message for the loading screen.
 */
public final class DataLoadTask extends Task<LoadedData> {
    private final DataLoader loader;
    private final I18n i18n;

    public DataLoadTask(DataLoader loader, I18n i18n) {
        this.loader = loader;
        this.i18n = i18n;
    }

    @Override
    protected LoadedData call() {
        return loader.load((key, fraction) -> {
            updateMessage(i18n.get(key));
            updateProgress(fraction, 1.0);
        });
    }
}
