package dev.mlgate.parquet.internal;

import dev.mlgate.data.ValueKind;
import java.util.EnumSet;
import java.util.Set;
import org.apache.parquet.schema.LogicalTypeAnnotation.DateLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DecimalLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.IntLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimestampLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.UUIDLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;

/**
 * How a Parquet column's values are read: its physical type with its logical type, reduced to the cases
 * that read differently, and which {@link ValueKind}s (so which Java types) can hold them.
 */
enum Shape {
    BOOLEAN("boolean", EnumSet.of(ValueKind.BOOLEAN)),
    INT32("int or long", EnumSet.of(ValueKind.INTEGER, ValueKind.DECIMAL)),
    UINT32("long", EnumSet.of(ValueKind.INTEGER, ValueKind.DECIMAL)),
    INT64("long", EnumSet.of(ValueKind.INTEGER, ValueKind.DECIMAL)),
    UINT64("long (values above Long.MAX_VALUE are unreadable)", EnumSet.of(ValueKind.INTEGER, ValueKind.DECIMAL)),
    FLOAT("float or double", EnumSet.of(ValueKind.DECIMAL)),
    DOUBLE("double", EnumSet.of(ValueKind.DECIMAL)),
    DECIMAL("double", EnumSet.of(ValueKind.DECIMAL)),
    DATE("LocalDate", EnumSet.of(ValueKind.DATE)),
    /** A TIMESTAMP with isAdjustedToUTC = true, or a legacy INT96 timestamp: an instant. */
    INSTANT("Instant", EnumSet.of(ValueKind.INSTANT)),
    /** A TIMESTAMP with isAdjustedToUTC = false: a wall-clock date-time. */
    LOCAL_DATE_TIME("LocalDateTime", EnumSet.of(ValueKind.DATE_TIME)),
    TEXT("String", EnumSet.noneOf(ValueKind.class)),
    /** Anything else (UUID, TIME, raw bytes): read as text only. */
    OTHER("String", EnumSet.noneOf(ValueKind.class));

    private final String javaTypes;
    private final Set<ValueKind> kinds;

    Shape(String javaTypes, Set<ValueKind> kinds) {
        this.javaTypes = javaTypes;
        this.kinds = EnumSet.copyOf(kinds.isEmpty() ? EnumSet.of(ValueKind.STRING) : kinds);
        this.kinds.add(ValueKind.STRING); // every value has a text form, as in a CSV file
    }

    /** The Java types to declare for such a column, in words. */
    String javaTypes() {
        return javaTypes;
    }

    /** Whether a column of this shape can be read as {@code kind}. */
    boolean holds(ValueKind kind, LogicalTypeAnnotation logical) {
        // a DECIMAL with scale 0 holds integers exactly
        return kinds.contains(kind) || kind == ValueKind.INTEGER && logical instanceof DecimalLogicalTypeAnnotation d
                && d.getScale() == 0;
    }

    static Shape of(PrimitiveType type) {
        LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
        if (logical instanceof DecimalLogicalTypeAnnotation) {
            return DECIMAL;
        }
        if (logical instanceof UUIDLogicalTypeAnnotation) {
            return OTHER;
        }
        return switch (type.getPrimitiveTypeName()) {
            case BOOLEAN -> BOOLEAN;
            case INT32 -> logical instanceof DateLogicalTypeAnnotation ? DATE
                    : logical instanceof IntLogicalTypeAnnotation i && !i.isSigned() ? UINT32
                    : logical == null || logical instanceof IntLogicalTypeAnnotation ? INT32 : OTHER;
            case INT64 -> logical instanceof TimestampLogicalTypeAnnotation t
                    ? (t.isAdjustedToUTC() ? INSTANT : LOCAL_DATE_TIME)
                    : logical instanceof IntLogicalTypeAnnotation i && !i.isSigned() ? UINT64
                    : logical == null || logical instanceof IntLogicalTypeAnnotation ? INT64 : OTHER;
            case INT96 -> INSTANT;
            case FLOAT -> FLOAT;
            case DOUBLE -> DOUBLE;
            case BINARY -> logical == null || logical instanceof LogicalTypeAnnotation.StringLogicalTypeAnnotation
                    || logical instanceof LogicalTypeAnnotation.EnumLogicalTypeAnnotation
                    || logical instanceof LogicalTypeAnnotation.JsonLogicalTypeAnnotation ? TEXT : OTHER;
            case FIXED_LEN_BYTE_ARRAY -> OTHER;
        };
    }
}
