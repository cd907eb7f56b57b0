package pe.rutas.ui;

/** Starts {@link PanelsPreview} from the classpath (a non-Application main class). */
public final class PanelsPreviewMain {
    private PanelsPreviewMain() {}

    public static void main(String[] args) { javafx.application.Application.launch(PanelsPreview.class, args); }
}
