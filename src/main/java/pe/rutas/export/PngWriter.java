package pe.rutas.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javax.imageio.ImageIO;
import pe.rutas.io.Message;

/**
 * Writes an image as an opaque RGB PNG without ever leaving a partial file: the bytes go to a
 * temporary file in the target's directory, which is then renamed over the target atomically.
 */
public final class PngWriter {
    // the English reasons this class gives its exceptions; reason(IOException) translates them
    static final String NO_DIRECTORY = "directory does not exist";
    static final String IS_DIRECTORY = "is a directory";
    static final String EXISTS = "file exists (use --force to overwrite)";
    static final String NOT_WRITABLE = "directory is not writable";
    static final String NO_PNG_WRITER = "no PNG writer available";

    private PngWriter() {}

    /**
     * Why a file could not be written, in either language: this class's own reasons translated,
     * "permission denied" for the system's refusals, any other system reason as written.
     */
    public static Message reason(IOException e) {
        if (e instanceof FileAlreadyExistsException) return ExportMessages.of("write.exists");
        if (e instanceof FileSystemException f && f.getReason() != null) {
            switch (f.getReason()) {
                case NO_DIRECTORY -> { return ExportMessages.of("write.noDirectory"); }
                case IS_DIRECTORY -> { return ExportMessages.of("write.isDirectory"); }
                case NOT_WRITABLE -> { return ExportMessages.of("write.notWritable"); }
                default -> { }
            }
        }
        if (e instanceof AccessDeniedException) return ExportMessages.of("write.denied");
        if (e instanceof FileSystemException f && f.getReason() != null) return Message.literal(f.getReason());
        if (NO_PNG_WRITER.equals(e.getMessage())) return ExportMessages.of("write.noPngWriter");
        return Message.literal(e.getMessage() == null ? e.toString() : e.getMessage());
    }

    /**
     * Fails early, before any rendering, when the target cannot be written: its directory is
     * missing or not writable, it is a directory, or it exists and {@code overwrite} is false.
     */
    public static void checkWritable(Path out, boolean overwrite) throws IOException {
        Path abs = out.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) throw new NoSuchFileException(abs.toString(), null, NO_DIRECTORY);
        if (Files.isDirectory(abs)) throw new FileSystemException(abs.toString(), null, IS_DIRECTORY);
        if (Files.exists(abs) && !overwrite) throw new FileAlreadyExistsException(abs.toString(), null, EXISTS);
        if (!Files.isWritable(dir)) throw new AccessDeniedException(dir.toString(), null, NOT_WRITABLE);
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
            if (!ImageIO.write(img, "png", tmp.toFile())) throw new IOException(NO_PNG_WRITER);
            if (overwrite) {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                if (Files.exists(abs)) throw new FileAlreadyExistsException(abs.toString(), null, EXISTS);
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
