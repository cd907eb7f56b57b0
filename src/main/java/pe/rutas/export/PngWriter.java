package pe.rutas.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javax.imageio.ImageIO;

/**
 * Writes an image as an opaque RGB PNG without ever leaving a partial file: the bytes go to a
 * temporary file in the target's directory, which is then renamed over the target atomically.
 */
public final class PngWriter {
    private PngWriter() {}

    /**
     * Fails early, before any rendering, when the target cannot be written: its directory is
     * missing or not writable, it is a directory, or it exists and {@code overwrite} is false.
     */
    public static void checkWritable(Path out, boolean overwrite) throws IOException {
        Path abs = out.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) throw new NoSuchFileException(abs.toString(), null, "directory does not exist");
        if (Files.isDirectory(abs)) throw new IOException(abs + ": is a directory");
        if (Files.exists(abs) && !overwrite) throw new FileAlreadyExistsException(abs.toString(), null, "file exists (use --force to overwrite)");
        if (!Files.isWritable(dir)) throw new AccessDeniedException(dir.toString(), null, "directory is not writable");
    }

    /** Pixels of a toolkit image as an opaque {@link BufferedImage} (no toolkit thread needed). */
    public static BufferedImage toRgb(Image img) {
        int w = (int) img.getWidth(), h = (int) img.getHeight();
        int[] px = new int[w * h];
        img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), px, 0, w);
        BufferedImage b = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        b.setRGB(0, 0, w, h, px, 0, w);
        return b;
    }

    public static void write(BufferedImage img, Path out, boolean overwrite) throws IOException {
        checkWritable(out, overwrite);
        Path abs = out.toAbsolutePath();
        Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName() + ".", ".tmp");
        try {
            if (!ImageIO.write(img, "png", tmp.toFile())) throw new IOException("no PNG writer available");
            if (overwrite) {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                if (Files.exists(abs)) throw new FileAlreadyExistsException(abs.toString(), null, "file exists (use --force to overwrite)");
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
