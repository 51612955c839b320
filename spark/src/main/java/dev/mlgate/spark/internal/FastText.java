package dev.mlgate.spark.internal;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataTypes;

/**
 * Spark's own expressions for the common text forms whose reading they give exactly as the engine's
 * parsers do, so most fields never reach the parsing UDF: integers of at most 18 digits with an optional
 * sign (cast only after the pattern matched, so ANSI mode cannot throw), plain decimals (digits, an
 * optional fraction) of {@code double} columns, and booleans (true/false, yes/no case-insensitive, 1/0).
 * Every other text goes to {@link TextValues}. Dates stay with the UDF: Spark's
 * {@code to_date} throws on some impossible dates unless the session's parser policy is changed.
 */
final class FastText {

    private FastText() {
    }

    /** The parsed struct of {@code raw}: by Spark where the form allows, else by {@code parsed} (the UDF). */
    static Column parse(Column raw, ValueType type, Column parsed) {
        return switch (type.kind()) {
            case INTEGER -> {
                Column simple = raw.rlike("^[+-]?[0-9]{1,18}$");
                Column integer = raw.cast(DataTypes.LongType);
                yield when(raw.isNull(), lit(null))
                        .when(simple.and(integer.between(type.minInteger(), type.maxInteger())), struct(
                                integer.cast(DataTypes.DoubleType).as("num"), integer.as("int"),
                                integer.cast(DataTypes.StringType).as("key"), lit(0).as("nanos")))
                        .when(simple, lit(null))
                        .otherwise(parsed);
            }
            case BOOLEAN -> {
                Column text = lower(raw);
                Column isTrue = raw.equalTo("1").or(text.isin("true", "yes"));
                Column isFalse = raw.equalTo("0").or(text.isin("false", "no"));
                yield when(isTrue, struct(lit(1.0).as("num"), lit(1L).as("int"), lit("true").as("key"),
                        lit(0).as("nanos")))
                        .when(isFalse, struct(lit(0.0).as("num"), lit(0L).as("int"), lit("false").as("key"),
                                lit(0).as("nanos")));
            }
            case DECIMAL -> {
                if (type.singlePrecision()) {
                    yield parsed;
                }
                // plain decimals of at most 300 integral digits: finite, and Spark's cast is Double.parseDouble,
                // the correctly rounded value the engine's parser gives; the key is Double.toString, as its own
                Column number = raw.cast(DataTypes.DoubleType);
                yield when(raw.isNull(), lit(null))
                        .when(raw.rlike("^[+-]?[0-9]{1,300}(\\.[0-9]+)?$"), struct(number.as("num"),
                                lit(null).cast(DataTypes.LongType).as("int"), when(number.equalTo(0), lit("0.0"))
                                        .otherwise(number.cast(DataTypes.StringType)).as("key"), lit(0).as("nanos")))
                        .otherwise(parsed);
            }
            default -> parsed;
        };
    }
}
