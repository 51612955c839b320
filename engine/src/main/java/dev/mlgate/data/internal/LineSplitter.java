package dev.mlgate.data.internal;

import java.io.IOException;
import java.io.Reader;

/**
 * Splits characters at LF into lines, in place in a {@link CharWindow}; a CR before the LF stays in the
 * line (JSON treats it as whitespace). A leading byte-order mark is skipped.
 */
final class LineSplitter {

    private final CharWindow window;
    private int pos;
    private int start;
    private int end;
    private long line;
    private boolean started;

    LineSplitter(Reader reader) {
        this.window = new CharWindow(reader);
    }

    char[] buffer() {
        return window.buffer();
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    /** The 1-based number of the current line, or of the line being read when reading fails. */
    long line() {
        return line;
    }

    /** Reads the next line, which may be blank; {@code false} at the end of the input. */
    boolean next() throws IOException {
        line++;
        if (!started) {
            started = true;
            if (window.refill(0) && window.buffer()[0] == '\uFEFF') {
                pos = 1;
            }
        }
        int p = pos;
        start = pos;
        while (true) {
            char[] buf = window.buffer();
            int limit = window.limit();
            while (p < limit && buf[p] != '\n') {
                p++;
            }
            if (p < limit) {
                end = p;
                pos = p + 1;
                return true;
            }
            boolean more = window.refill(start);
            p -= start;
            start = 0;
            if (!more) {
                end = p;
                pos = p;
                return p > start;
            }
        }
    }

    /** Whether the current line holds only whitespace. */
    boolean blank() {
        char[] buf = window.buffer();
        for (int i = start; i < end; i++) {
            char c = buf[i];
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }
}
