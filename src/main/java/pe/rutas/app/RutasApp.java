package pe.rutas.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** Placeholder until the data loaders land; replaced by the real window wiring. */
public final class RutasApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("Rutas");
        stage.show();
    }
}
