package pe.rutas.ui.export;

/** Image sizes offered by the export dialog, in device pixels. {@code CUSTOM} lets the user type them. */
public enum ExportPreset {
    FULL_HD(1920, 1080), LARGE(3000, 2000), A4_LANDSCAPE_300DPI(3508, 2480), CUSTOM(0, 0);

    public final int width, height;

    ExportPreset(int width, int height) {
        this.width = width;
        this.height = height;
    }
}
