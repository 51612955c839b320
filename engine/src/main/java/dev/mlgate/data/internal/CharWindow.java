package dev.mlgate.data.internal;

import java.io.IOException;
import java.io.Reader;

/**
 * A growable window of decoded characters over a reader, which the parsers scan in place.
 *
 * <p>A parser keeps the unfinished part of its current record: {@link #refill(int)} moves it to the
 * front, so that offsets into {@link #buffer()} stay small, and reads more after it. The window grows
 * only when one record is larger than half of it, up to {@link #MAX_CHARS}; a larger record is almost
 * always an unterminated quote, and reading on would only exhaust memory.
 */
final class CharWindow {

    /** The most characters one record may hold: 16 Mi. */
    static final int MAX_CHARS = 16 * 1024 * 1024;
    private static final int CHUNK = 64 * 1024;

    private final Reader reader;
    private char[] buffer = new char[CHUNK];
    private int limit;
    private boolean exhausted;

    CharWindow(Reader reader) {
        this.reader = reader;
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
     * @throws RecordTooLongException if the kept part has reached {@link #MAX_CHARS}
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
        if (kept > buffer.length / 2) {
            if (buffer.length >= MAX_CHARS) {
                throw new RecordTooLongException();
            }
            char[] larger = new char[Math.min(buffer.length * 2, MAX_CHARS)];
            System.arraycopy(buffer, 0, larger, 0, kept);
            buffer = larger;
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

    /** One record has more than {@link #MAX_CHARS} characters. */
    static final class RecordTooLongException extends IOException {

        private static final long serialVersionUID = 1L;

        RecordTooLongException() {
            super("a single record is longer than " + MAX_CHARS + " characters");
        }
    }
}
