package dev.mlgate.spark.internal;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.isnan;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.unix_micros;
import static org.apache.spark.sql.functions.when;

import dev.mlgate.data.ValueKind;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.ByteType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.FloatType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.ShortType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampType;

/**
 * One column's value on a row, as Spark expressions every metric of the column shares: {@code raw}, the
 * field as written (null when missing), and {@code parsed}, a struct of the value read as the column's
 * kind (null when missing or unreadable) with its number ({@code num}: the value, 1/0 for booleans, epoch
 * day or second for times), its exact integer ({@code int}) and its identity as text ({@code key}: equal
 * values, and only they, share one; 0.0 and -0.0 are one value, NaN equals NaN).
 */
record ParsedValue(String column, Column raw, Column parsed) {

    /** The struct of a read value. */
    static final StructType SCHEMA = new StructType()
            .add("num", DataTypes.DoubleType)
            .add("int", DataTypes.LongType)
            .add("key", DataTypes.StringType)
            .add("nanos", DataTypes.IntegerType);

    /** The identity of a decimal: -0.0 is 0.0; Java's shortest text otherwise, which is unique per double. */
    static String decimalKey(double number) {
        return number == 0 ? "0.0" : Double.toString(number);
    }

    /** The value of {@code column}, read as {@code type}. */
    static ParsedValue of(SparkInput input, String column, ValueType type, DataType sparkType) {
        Column field = col(quoted(column));
        if (input.textual() || !native_(type.kind(), sparkType)) {
            // null tokens are already null here: RowPositions reads them so, once per field
            Column raw = field.cast(DataTypes.StringType);
            UserDefinedFunction parse = udf(new TextValues(type), SCHEMA);
            return new ParsedValue(column, raw, TextValues.parses(type.kind()) ? FastText.parse(raw, type,
                    parse.apply(raw)) : when(raw.isNotNull(), struct(lit(Double.NaN).as("num"),
                    lit(null).cast(DataTypes.LongType).as("int"), raw.as("key"), lit(0).as("nanos"))));
        }
        Column raw = field.cast(DataTypes.StringType);
        Column number = field.cast(DataTypes.DoubleType);
        Column value = switch (type.kind()) {
            case INTEGER -> when(field.cast(DataTypes.LongType).between(type.minInteger(), type.maxInteger()),
                    struct(number.as("num"), field.cast(DataTypes.LongType).as("int"), raw.as("key"), lit(0).as("nanos")));
            case DECIMAL -> {
                Column key = when(number.equalTo(0), lit("0.0")).when(isnan(number), lit("NaN")).otherwise(raw);
                // a finite double that a float cannot hold would become infinite: unreadable, as locally
                Column finite = isnan(number).unary_$bang().and(abs(number).notEqual(Double.POSITIVE_INFINITY));
                Column overflows = abs(number.cast(DataTypes.FloatType)).equalTo(Float.POSITIVE_INFINITY);
                Column fits = type.singlePrecision() ? finite.and(overflows).unary_$bang() : lit(true);
                yield when(field.isNotNull().and(fits), struct(number.as("num"),
                        lit(null).cast(DataTypes.LongType).as("int"), key.as("key"), lit(0).as("nanos")));
            }
            case BOOLEAN -> when(field.isNotNull(), struct(when(field, 1.0).otherwise(0.0).as("num"),
                    when(field, 1L).otherwise(0L).as("int"), raw.as("key"), lit(0).as("nanos")));
            case DATE -> when(field.isNotNull(), struct(org.apache.spark.sql.functions.datediff(field,
                    lit(java.sql.Date.valueOf("1970-01-01"))).cast(DataTypes.DoubleType).as("num"),
                    lit(null).cast(DataTypes.LongType).as("int"), raw.as("key"), lit(0).as("nanos")));
            case INSTANT -> when(field.isNotNull(), struct(field.cast(DataTypes.LongType).cast(DataTypes.DoubleType)
                    .as("num"), lit(null).cast(DataTypes.LongType).as("int"), raw.as("key"),
                    pmod(unix_micros(field), lit(1_000_000L)).multiply(1000).cast(DataTypes.IntegerType).as("nanos")));
            default -> when(field.isNotNull(), struct(lit(Double.NaN).as("num"),
                    lit(null).cast(DataTypes.LongType).as("int"), raw.as("key"), lit(0).as("nanos")));
        };
        return new ParsedValue(column, raw, value);
    }

    /**
     * This value read once per row by a projection: the returned value refers to the projected columns
     * {@code __r<i>} and {@code __p<i>}, whose definitions are added to {@code projection}. Every metric
     * then reads the parsed value instead of parsing it again (Spark does not collapse the projection
     * into the aggregation, since that would repeat the parser).
     */
    ParsedValue projected(List<Column> projection) {
        int index = projection.size() / 2;
        projection.add(raw.as("__r" + index));
        projection.add(parsed.as("__p" + index));
        return new ParsedValue(column, col("__r" + index), col("__p" + index));
    }

    /** Whether Spark's own type holds the kind's values, so no text needs parsing. */
    private static boolean native_(ValueKind kind, DataType type) {
        return switch (kind) {
            case INTEGER -> type instanceof LongType || type instanceof IntegerType || type instanceof ShortType
                    || type instanceof ByteType;
            case DECIMAL -> type instanceof DoubleType || type instanceof FloatType || type instanceof DecimalType
                    || type instanceof LongType || type instanceof IntegerType;
            case BOOLEAN -> type instanceof BooleanType;
            case DATE -> type instanceof DateType;
            case INSTANT -> type instanceof TimestampType;
            case STRING -> type instanceof StringType;
            default -> false;
        };
    }

    /** A column name as Spark resolves it literally, dots and all. */
    static String quoted(String column) {
        return "`" + column.replace("`", "``") + "`";
    }

    Column isNull() {
        return raw.isNull();
    }

    Column isValue() {
        return parsed.isNotNull();
    }

    Column isUnreadable() {
        return raw.isNotNull().and(parsed.isNull());
    }

    Column number() {
        return parsed.getField("num");
    }

    Column integer() {
        return parsed.getField("int");
    }

    Column key() {
        return parsed.getField("key");
    }

    Column nanos() {
        return parsed.getField("nanos");
    }
}
