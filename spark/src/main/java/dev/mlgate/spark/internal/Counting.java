package dev.mlgate.spark.internal;

import static org.apache.spark.sql.functions.isnan;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;

import dev.mlgate.backend.MetricRequest;
import dev.mlgate.backend.ScanSettings;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAmount;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;

/**
 * A counting metric as two Spark conditions: which values it checks, and which of those violate it.
 * Each definition follows the request's Javadoc (and the local accumulator) value for value: NaN is
 * outside every range, sets and patterns compare the value as written, lengths count code points.
 */
record Counting(Column checks, Column violates) {

    /** The counting form of {@code request} on {@code value}, or null when the request is not a count. */
    static Counting of(MetricRequest request, ParsedValue value, ValueType type, ScanSettings settings) {
        Column valued = value.isValue();
        if (request instanceof MetricRequest.NullCount) {
            return new Counting(lit(true), value.isNull());
        }
        if (request instanceof MetricRequest.UnreadableValues) {
            return new Counting(value.raw().isNotNull(), value.isUnreadable());
        }
        if (request instanceof MetricRequest.NonNullValues) {
            return new Counting(lit(true), value.raw().isNotNull());
        }
        if (request instanceof MetricRequest.OutOfRange range) {
            return new Counting(valued, isnan(value.number()).or(inside(range, value).unary_$bang()));
        }
        if (request instanceof MetricRequest.NotInSet set) {
            return new Counting(valued, in(value.raw(), set.allowed()).unary_$bang());
        }
        if (request instanceof MetricRequest.InSet set) {
            return new Counting(valued, in(value.raw(), set.forbidden()));
        }
        if (request instanceof MetricRequest.PatternList patterns) {
            Column any = lit(false);
            for (String regex : patterns.regexes()) {
                any = any.or(value.raw().rlike(regex));
            }
            return new Counting(valued, patterns.matchesAny() ? any.unary_$bang() : any);
        }
        if (request instanceof MetricRequest.PatternMismatch pattern) {
            return new Counting(valued, value.raw().rlike(pattern.regex()).unary_$bang());
        }
        if (request instanceof MetricRequest.LengthOutOfRange range) {
            Column codePoints = length(value.raw());
            return new Counting(valued, codePoints.lt(range.min()).or(codePoints.gt(range.max())));
        }
        if (request instanceof MetricRequest.NotDateTimePattern pattern) {
            return new Counting(valued,
                    udf(new PatternParses(pattern.pattern()), DataTypes.BooleanType).apply(value.raw()).unary_$bang());
        }
        if (request instanceof MetricRequest.TemporalOutOfRange range) {
            Column before = range.from() == null ? lit(false) : TimeBound.of(range.from()).isBefore(value);
            Column after = range.to() == null ? lit(false) : TimeBound.of(range.to()).isAfter(value);
            return new Counting(valued, before.or(after));
        }
        if (request instanceof MetricRequest.InFuture) {
            return new Counting(valued, present(type, settings).isAfter(value));
        }
        if (request instanceof MetricRequest.OlderThan older) {
            return new Counting(valued, earliest(type, older.age(), older.dates(), settings).isBefore(value));
        }
        return null;
    }

    private static Column inside(MetricRequest.OutOfRange range, ParsedValue value) {
        Column x = value.number();
        Column aboveMin = range.minExclusive() ? x.gt(range.min()) : x.geq(range.min());
        Column belowMax = range.maxExclusive() ? x.lt(range.max()) : x.leq(range.max());
        return aboveMin.and(belowMax);
    }

    private static Column in(Column raw, Set<String> values) {
        return values.isEmpty() ? lit(false) : raw.isin(values.toArray());
    }

    /** The run's present in the column's type: today for dates, now (UTC) for date-times and instants. */
    static TimeBound present(ValueType type, ScanSettings settings) {
        return switch (type.kind()) {
            case DATE -> TimeBound.of(settings.today());
            case DATE_TIME -> TimeBound.of(LocalDateTime.ofInstant(settings.now(), ZoneOffset.UTC));
            default -> TimeBound.of(settings.now());
        };
    }

    /** The earliest time within {@code age} of the present, in the column's type (the engine's Ages). */
    static TimeBound earliest(ValueType type, String age, boolean dates, ScanSettings settings) {
        TemporalAmount amount = dates ? java.time.Period.parse(age) : java.time.Duration.parse(age);
        return switch (type.kind()) {
            case DATE -> TimeBound.of(settings.today().minus(amount));
            case DATE_TIME -> TimeBound.of(LocalDateTime.ofInstant(settings.now(), ZoneOffset.UTC).minus(amount));
            default -> TimeBound.of(settings.now().minus(amount));
        };
    }

    /** Whether a strict {@link DateTimeFormatter} pattern parses a text in full. */
    private record PatternParses(String pattern) implements UDF1<String, Boolean> {
        @Override
        public Boolean call(String text) {
            if (text == null) {
                return null;
            }
            try {
                DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT).parse(text);
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }
    }
}
