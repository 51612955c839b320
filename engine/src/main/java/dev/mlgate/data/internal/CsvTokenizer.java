package dev.mlgate.data.internal;

import dev.mlgate.data.ArtifactException;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Splits delimited text into records of fields, in place in a {@link CharWindow}, counting physical lines.
 *
 * <p>RFC 4180 with a configurable delimiter and quote: a field that starts with the quote runs to the next
 * lone quote, may hold delimiters and line breaks, and writes a quote as two quotes. A quote inside an
 * unquoted field is an ordinary character. Anything but a delimiter or line break after a closing quote,
 * and a quote never closed, are errors. Line breaks are LF, CRLF or CR. Empty lines are skipped, as pandas
 * does. A leading byte-order mark is skipped.
 *
 * <p>Fields are offsets into the window's buffer, valid until the next {@link #next()}: no string is made
 * unless asked for. (FastCSV, which the engine also depends on, silently reads an unterminated quote to
 * the end of the file and cannot say on which line invalid bytes are, so it does not fit here.)
 */
final class CsvTokenizer {

    private static final int FIELD_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int AFTER_QUOTE = 3;

    private final Path file;
    private final CharWindow window;
    private final int maxRecordChars;
    private final char delimiter;
    private final char quote;
    private List<String> header;

    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int count;
    private int pos;
    private long line = 1;
    private long recordLine;
    private long records;
    private boolean afterCarriageReturn;
    private boolean started;

    CsvTokenizer(Path file, Reader reader, char delimiter, char quote, int maxRecordChars) {
        this.file = file;
        this.window = new CharWindow(reader, maxRecordChars);
        this.maxRecordChars = maxRecordChars;
        this.delimiter = delimiter;
        this.quote = quote;
    }

    /** Names columns in later error messages. */
    void header(List<String> names) {
        this.header = names;
    }

    char[] buffer() {
        return window.buffer();
    }

    int count() {
        return count;
    }

    int start(int field) {
        return starts[field];
    }

    int length(int field) {
        return ends[field] - starts[field];
    }

    /** The physical line the current record starts on. */
    long recordLine() {
        return recordLine;
    }

    /** How many records were read, the header included. */
    long records() {
        return records;
    }

    /** A copy of the current record's fields. */
    String[] fields() {
        String[] fields = new String[count];
        for (int i = 0; i < count; i++) {
            fields[i] = new String(window.buffer(), starts[i], length(i));
        }
        return fields;
    }

    /** Reads the next non-empty record; {@code false} at the end of the input. */
    boolean next() {
        try {
            if (!started) {
                started = true;
                skipByteOrderMark();
            }
            count = 0;
            records++;
            if (!skipLineBreaks()) {
                records--;
                return false;
            }
            readRecord();
            return true;
        } catch (CharWindow.RecordTooLongException e) {
            throw failure(recordLine, null, "the record starting on line " + recordLine + " reaches the limit of "
                    + String.format(java.util.Locale.ROOT, "%,d", maxRecordChars) + " characters; most likely a quote is"
                    + " never closed (if the record is real, raise mlgate.csv.max-record-chars)", e);
        } catch (IOException e) {
            Integer field = e instanceof StrictReader.InvalidBytesException ? count : null;
            throw failure(line, field, ArtifactInput.reason(e), e);
        }
    }

    private void skipByteOrderMark() throws IOException {
        if (window.refill(0) && window.buffer()[0] == '\uFEFF') {
            pos = 1;
        }
    }

    /** Skips empty lines; {@code false} if the input ends first. */
    private boolean skipLineBreaks() throws IOException {
        while (true) {
            if (pos == window.limit()) {
                if (!window.refill(pos)) {
                    pos = 0;
                    return false;
                }
                pos = 0;
            }
            char c = window.buffer()[pos];
            if (c == '\n') {
                line += afterCarriageReturn ? 0 : 1;
            } else if (c == '\r') {
                line++;
            } else {
                afterCarriageReturn = false;
                return true;
            }
            afterCarriageReturn = c == '\r';
            pos++;
        }
    }

    private void readRecord() throws IOException {
        recordLine = line;
        int recordStart = pos;
        int fieldStart = pos;
        int state = FIELD_START;
        long quoteLine = 0;
        boolean escaped = false;
        char[] buf = window.buffer();
        int limit = window.limit();
        int p = pos;
        while (true) {
            if (p == limit) {
                boolean more = window.refill(recordStart);
                p -= recordStart;
                fieldStart -= recordStart;
                shiftFields(recordStart);
                recordStart = 0;
                buf = window.buffer();
                limit = window.limit();
                if (!more) {
                    pos = p;
                    finishAtEnd(state, fieldStart, p, escaped, quoteLine);
                    return;
                }
            }
            char c = buf[p];
            if (state == FIELD_START) {
                if (c == quote) {
                    state = QUOTED;
                    quoteLine = line;
                    escaped = false;
                    fieldStart = ++p;
                    continue;
                }
                state = UNQUOTED;
            }
            if (state == UNQUOTED) {
                while (c != delimiter && c != '\n' && c != '\r') {
                    if (++p == limit) {
                        break;
                    }
                    c = buf[p];
                }
                if (p == limit) {
                    continue;
                }
                addField(fieldStart, p);
            } else if (state == QUOTED) {
                while (c != quote) {
                    if (c == '\r' || (c == '\n' && buf[p - 1] != '\r')) {
                        line++;
                    }
                    if (++p == limit) {
                        break;
                    }
                    c = buf[p];
                }
                if (p < limit) {
                    p++;
                    state = AFTER_QUOTE;
                }
                continue;
            } else {
                if (c == quote) {
                    escaped = true;
                    state = QUOTED;
                    p++;
                    continue;
                }
                if (c != delimiter && c != '\n' && c != '\r') {
                    throw failure(line, count, "unexpected character " + Texts.quote(String.valueOf(c))
                            + " after the closing quote of a quoted field (write a quote inside a quoted field"
                            + " as two quotes)", null);
                }
                addField(fieldStart, escaped ? unescape(buf, fieldStart, p - 1) : p - 1);
            }
            p++;
            if (c == delimiter) {
                state = FIELD_START;
                fieldStart = p;
                continue;
            }
            line++;
            afterCarriageReturn = c == '\r';
            pos = p;
            return;
        }
    }

    private void finishAtEnd(int state, int fieldStart, int end, boolean escaped, long quoteLine) {
        char[] buf = window.buffer();
        switch (state) {
            case QUOTED -> throw failure(quoteLine, count, "unterminated quote: the quoted field opened on this"
                    + " line is still open at the end of the file", null);
            case AFTER_QUOTE -> addField(fieldStart, escaped ? unescape(buf, fieldStart, end - 1) : end - 1);
            default -> addField(fieldStart, end);
        }
    }

    /** Turns each doubled quote in {@code buf[from, to)} into one, in place; returns the new end. */
    private int unescape(char[] buf, int from, int to) {
        int write = from;
        for (int read = from; read < to; read++) {
            char c = buf[read];
            buf[write++] = c;
            if (c == quote) {
                read++;
            }
        }
        return write;
    }

    private void addField(int start, int end) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        starts[count] = start;
        ends[count++] = end;
    }

    private void shiftFields(int by) {
        for (int i = 0; i < count; i++) {
            starts[i] -= by;
            ends[i] -= by;
        }
    }

    private ArtifactException failure(long atLine, Integer field, String reason, Throwable cause) {
        boolean dataRow = header != null;
        String column = dataRow && field != null && field < header.size() ? header.get(field) : null;
        return new ArtifactException(file, atLine, dataRow ? records - 1 : null, column, reason, cause);
    }
}
