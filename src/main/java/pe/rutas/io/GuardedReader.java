package pe.rutas.io;

import java.io.FilterReader;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Reader;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/**
 * Wraps the text of a data file so that a hostile or huge file cannot run away with the
 * reader: counts characters, stops at a total ceiling and at a ceiling per JSON element
 * (a feature), and checks for cancellation on every buffer fill. The limits are enforced by
 * throwing the nested {@link IOException}s, which Gson passes up (possibly wrapped).
 * Not thread-safe; used by one reading thread.
 */
final class GuardedReader extends FilterReader {
    private final long maxChars;
    private final BooleanSupplier cancelled;
    private final LongConsumer progress;
    private final long progressStep;
    private long count;
    private long nextProgress;
    private long elementStart = -1;
    private long elementLimit = Long.MAX_VALUE;

    /**
     * @param progress     called with the characters read so far, about every {@code progressStep}
     *                     characters, so that progress moves even inside one huge feature
     */
    GuardedReader(Reader in, long maxChars, BooleanSupplier cancelled, LongConsumer progress, long progressStep) {
        super(in);
        this.maxChars = maxChars;
        this.cancelled = cancelled;
        this.progress = progress;
        this.progressStep = progressStep;
        this.nextProgress = progressStep;
    }

    long count() {
        return count;
    }

    /** Starts measuring one element; reading more than {@code limit} characters from here fails. */
    void startElement(long limit) {
        elementStart = count;
        elementLimit = limit;
    }

    void endElement() {
        elementStart = -1;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (cancelled.getAsBoolean()) {
            throw new Cancelled();
        }
        int n = super.read(buf, off, len);
        if (n > 0) {
            count += n;
            if (count > maxChars) {
                throw new TooLarge(maxChars);
            }
            if (elementStart >= 0 && count - elementStart > elementLimit) {
                throw new ElementTooLarge(elementLimit);
            }
            if (count >= nextProgress) {
                nextProgress = count + progressStep;
                progress.accept(count);
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skip not supported");
    }

    static final class Cancelled extends InterruptedIOException {
        Cancelled() {
            super("cancelled");
        }
    }

    static final class TooLarge extends IOException {
        final long limit;

        TooLarge(long limit) {
            super("text is longer than " + limit + " characters");
            this.limit = limit;
        }
    }

    static final class ElementTooLarge extends IOException {
        final long limit;

        ElementTooLarge(long limit) {
            super("element is longer than " + limit + " characters");
            this.limit = limit;
        }
    }
}
