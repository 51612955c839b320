package dev.mlgate.parquet.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.UUID;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation.DecimalLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimestampLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.UUIDLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation;

/**
 * One column of one row group, positioned on a row: whether its value there is null, and the value as
 * the text a CSV file would hold (numbers as Java writes them, which parse back to the same double) or,
 * for the fast paths, as a primitive.
 */
final class ColumnCursor {

    /** Days from the Julian day number epoch of INT96 timestamps to 1970-01-01. */
    private static final long JULIAN_EPOCH_DAY = 2_440_588;

    private final ColumnReader reader;
    private final ParquetColumn column;
    private final Shape shape;
    private final int maxDefinition;
    private long position;

    ColumnCursor(ColumnReader reader, ParquetColumn column) {
        this.reader = reader;
        this.column = column;
        this.shape = column.shape();
        this.maxDefinition = column.maxDefinitionLevel();
    }

    Shape shape() {
        return shape;
    }

    /** Moves forward to the 0-based row {@code row} of the row group. */
    void moveTo(long row) {
        for (; position < row; position++) {
            reader.consume();
        }
    }

    boolean isNull() {
        return reader.getCurrentDefinitionLevel() < maxDefinition;
    }

    double doubleValue() {
        return reader.getDouble();
    }

    long longValue() {
        return shape == Shape.INT32 ? reader.getInteger() : reader.getLong();
    }

    boolean booleanValue() {
        return reader.getBoolean();
    }

    /** The value as text, or null when it is null. */
    String text() {
        if (isNull()) {
            return null;
        }
        LogicalTypeAnnotation logical = column.type().getLogicalTypeAnnotation();
        return switch (shape) {
            case BOOLEAN -> Boolean.toString(reader.getBoolean());
            case INT32 -> Integer.toString(reader.getInteger());
            case UINT32 -> Integer.toUnsignedString(reader.getInteger());
            case INT64 -> Long.toString(reader.getLong());
            case UINT64 -> Long.toUnsignedString(reader.getLong());
            case FLOAT -> Float.toString(reader.getFloat());
            case DOUBLE -> Double.toString(reader.getDouble());
            case DECIMAL -> new BigDecimal(unscaled(), ((DecimalLogicalTypeAnnotation) logical).getScale())
                    .toPlainString();
            case DATE -> LocalDate.ofEpochDay(reader.getInteger()).toString();
            case INSTANT -> instant(logical).toString();
            case LOCAL_DATE_TIME -> LocalDateTime.ofInstant(instant(logical), ZoneOffset.UTC).toString();
            case TEXT -> reader.getBinary().toStringUsingUTF8();
            case OTHER -> other(logical);
        };
    }

    private BigInteger unscaled() {
        return switch (column.type().getPrimitiveTypeName()) {
            case INT32 -> BigInteger.valueOf(reader.getInteger());
            case INT64 -> BigInteger.valueOf(reader.getLong());
            default -> new BigInteger(reader.getBinary().getBytes());
        };
    }

    private Instant instant(LogicalTypeAnnotation logical) {
        if (!(logical instanceof TimestampLogicalTypeAnnotation timestamp)) {
            return int96(reader.getBinary());
        }
        long value = reader.getLong();
        return fromUnit(value, timestamp.getUnit());
    }

    private static Instant fromUnit(long value, TimeUnit unit) {
        long perSecond = switch (unit) {
            case MILLIS -> 1_000L;
            case MICROS -> 1_000_000L;
            case NANOS -> 1_000_000_000L;
        };
        return Instant.ofEpochSecond(Math.floorDiv(value, perSecond),
                Math.floorMod(value, perSecond) * (1_000_000_000L / perSecond));
    }

    /** A legacy INT96 timestamp: 8 bytes of nanoseconds of the day, then 4 of the Julian day, little-endian. */
    private static Instant int96(Binary binary) {
        ByteBuffer bytes = binary.toByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
        long nanos = bytes.getLong(bytes.position());
        long julianDay = bytes.getInt(bytes.position() + 8);
        return Instant.ofEpochSecond((julianDay - JULIAN_EPOCH_DAY) * 86_400L, nanos);
    }

    private String other(LogicalTypeAnnotation logical) {
        if (logical instanceof TimeLogicalTypeAnnotation time) {
            long value = column.type().getPrimitiveTypeName()
                    == org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT32
                    ? reader.getInteger() : reader.getLong();
            Instant instant = fromUnit(value, time.getUnit());
            return LocalTime.ofNanoOfDay(instant.getEpochSecond() * 1_000_000_000L + instant.getNano()).toString();
        }
        return switch (column.type().getPrimitiveTypeName()) {
            case INT32 -> Integer.toString(reader.getInteger());
            case INT64 -> Long.toString(reader.getLong());
            default -> logical instanceof UUIDLogicalTypeAnnotation ? uuid(reader.getBinary().getBytes())
                    : HexFormat.of().formatHex(reader.getBinary().getBytes());
        };
    }

    private static String uuid(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong()).toString();
    }
}
