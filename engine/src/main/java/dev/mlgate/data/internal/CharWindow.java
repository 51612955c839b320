package dev.mlgate.data.internal;

import java.io.IOException;
import java.io.Reader;

/**
 * A growable window of decoded characters over a reader, which the parsers scan in place.
 *
 * <p>A parser keeps the unfinished part of its current record: {@link #refill(int)} moves it to the
 * front, so that offsets into {@link #buffer()} stay small, and reads more after it. The window grows
 * only when one record is larger than half of it, up to the record limit; a record that fills a window
 * of the limit's size is almost always an unterminated quote, and reading on would only exhaust memory.
 */
final class CharWindow {

    private static final int CHUNK = 64 * 1024;

    private final Reader reader;
    private final int maxChars;
    private char[] buffer;
    private int limit;
    private boolean exhausted;

    /** A window over {@code reader} whose records may hold up to {@code maxChars} characters. */
    CharWindow(Reader reader, int maxChars) {
        this.reader = reader;
        this.maxChars = maxChars;
        this.buffer = new char[Math.min(CHUNK, maxChars)];
    }

    /** The characters; valid from index 0 up to {@link #limit()}. Changes on {@link #refill(int)}. */
    char[] buffer() {
        return buffer;
    }

    int limit() {
        return limit;
    }

    /**
     * Moves {@code buffer[keepFrom, limit)} to the front, so that every offset the caller holds must drop
     * by {@code keepFrom}, and reads more characters after it.
     *
     * @return whether characters were added; {@code false} at the end of the input
     * @throws RecordTooLongException if the kept part already fills a window of the record limit's size
     * @throws IOException if reading fails, including invalid bytes for the charset
     */
    boolean refill(int keepFrom) throws IOException {
        int kept = limit - keepFrom;
        if (keepFrom > 0) {
            System.arraycopy(buffer, keepFrom, buffer, 0, kept);
            limit = kept;
        }
        if (exhausted) {
            return false;
        }
        // Grow while the record still has room to: at the limit's size the window only stops growing, and
        // the record is too long only once it fills the whole window (it used to fail at half of it).
        if (kept > buffer.length / 2 && buffer.length < maxChars) {
            char[] larger = new char[(int) Math.min(buffer.length * 2L, maxChars)];
            System.arraycopy(buffer, 0, larger, 0, kept);
            buffer = larger;
        }
        if (kept >= buffer.length) {
            throw new RecordTooLongException(maxChars);
        }
        int read;
        do {
            read = reader.read(buffer, limit, buffer.length - limit);
        } while (read == 0);
        if (read < 0) {
            exhausted = true;
            return false;
        }
        limit += read;
        return true;
    }

    /** One record is longer than the limit. */
    static final class RecordTooLongException extends IOException {

        private static final long serialVersionUID = 1L;

        RecordTooLongException(int maxChars) {
            super(String.format(java.util.Locale.ROOT, "a single record reaches the limit of %,d characters", maxChars));
        }
    }
}
