package pe.rutas.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file so that a reader sees either the old or the new content, never a mix:
 * the new content goes to a temporary file in the same directory, is flushed to disk, then
 * moved over the target (atomically where the file system allows). Stateless.
 */
final class AtomicFiles {
    /** The last step, a move; replaceable so tests can make it fail. */
    @FunctionalInterface
    interface Mover {
        void move(Path from, Path to, StandardCopyOption... options) throws IOException;
    }

    static final Mover FILES_MOVE = (from, to, options) -> Files.move(from, to, options);

    private AtomicFiles() {
    }

    /**
     * Writes {@code content} to {@code target}. On any failure the temporary file is removed and
     * {@code target} keeps its previous content.
     */
    static void write(Path target, byte[] content, Mover mover) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, target.getFileName().toString() + ".", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(content);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                // durable before the rename, or a crash could leave an empty file under the real name
                ch.force(true);
            }
            try {
                mover.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                mover.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }
}
