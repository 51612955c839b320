package dev.mlgate.data;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A data file that cannot be read as declared: missing, malformed, or holding a value of the wrong type.
 *
 * <p>Bad input is normal input for a validation tool, so this exception carries where the problem is,
 * as far as it is known: the file (as given, not resolved), the 1-based physical line, the 1-based data
 * row (the header is not a row) and the column name. {@link #getMessage()} reads as one sentence, for
 * example {@code customers.csv, line 17 (row 16), column 'age': cannot read 'abc' as an integer}.
 */
public final class ArtifactException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final Long line;
    private final Long row;
    private final String column;
    private final String reason;

    /**
     * Creates an exception; every location part except the file may be {@code null} when unknown.
     *
     * @param file   the file, as the user named it
     * @param line   the 1-based physical line, or {@code null}
     * @param row    the 1-based data row, or {@code null}
     * @param column the column name, or {@code null}
     * @param reason what is wrong, in a phrase that follows the location
     * @param cause  the underlying exception, or {@code null}
     */
    public ArtifactException(Path file, Long line, Long row, String column, String reason, Throwable cause) {
        super(reason, cause);
        this.file = Objects.requireNonNull(file, "file");
        this.line = line;
        this.row = row;
        this.column = column;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** A problem with the file as a whole, such as a missing file. */
    public static ArtifactException of(Path file, String reason) {
        return new ArtifactException(file, null, null, null, reason, null);
    }

    /** A problem on a line that is not a data row, such as the header. */
    public static ArtifactException atLine(Path file, long line, String reason) {
        return new ArtifactException(file, line, null, null, reason, null);
    }

    /** A problem with one value. */
    public static ArtifactException atValue(Path file, long line, long row, String column, String reason) {
        return new ArtifactException(file, line, row, column, reason, null);
    }

    /** The file, as the user named it. */
    public Path file() {
        return file;
    }

    /** The 1-based physical line where the problem is, or {@code null} if it is not about one line. */
    public Long line() {
        return line;
    }

    /** The 1-based data row (the header is not counted), or {@code null}. */
    public Long row() {
        return row;
    }

    /** The column name, or {@code null}. */
    public String column() {
        return column;
    }

    /** What is wrong, without the location. */
    public String reason() {
        return reason;
    }

    @Override
    public String getMessage() {
        StringBuilder message = new StringBuilder(file.toString());
        if (line != null) {
            message.append(", line ").append(line);
            if (row != null) {
                message.append(" (row ").append(row).append(')');
            }
        } else if (row != null) {
            message.append(", row ").append(row);
        }
        if (column != null) {
            message.append(", column '").append(column).append('\'');
        }
        return message.append(": ").append(reason).toString();
    }
}
