package dev.mlgate.spark.internal;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.isnan;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.var_pop;
import static org.apache.spark.sql.functions.when;

import dev.mlgate.backend.ColumnMoments;
import dev.mlgate.data.ValueKind;
import java.math.BigDecimal;
import java.math.MathContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;

/**
 * {@link dev.mlgate.backend.MetricRequest.Moments} as seven aggregates of the suite's single pass. Count,
 * NaN count, minimum and maximum are exact; so are the sum and mean of integral and boolean values (a
 * long sum, wrapping arithmetic being exact whenever the true sum fits in a long, which the double sum
 * confirms; the mean is one division, as the local backend's). The mean, sum and variance of decimals
 * are Spark's (pairwise per partition, merged), equal to the local Welford and Neumaier values to about
 * 1e-12 relative, not to the last bit.
 */
final class MomentsAggregate {

    /** Beyond this magnitude a long sum may have wrapped; the double sum is used instead. */
    private static final double LONG_SAFE = 9.0e18;

    private final boolean integral;
    private final int first;

    MomentsAggregate(ParsedValue value, ValueType type, ScalarPass pass) {
        integral = type.kind() == ValueKind.INTEGER || type.kind() == ValueKind.BOOLEAN;
        Column number = value.number();
        Column counted = value.isValue().and(isnan(number).unary_$bang());
        Column kept = when(counted, number);
        first = pass.add(count(when(counted, true)));
        pass.add(count(when(value.isValue().and(isnan(number)), true)));
        pass.add(avg(kept));
        pass.add(var_pop(kept));
        pass.add(min(kept));
        pass.add(max(kept));
        pass.add(sum(kept));
        if (integral) {
            pass.add(sum(when(counted, value.integer())));
        }
    }

    ColumnMoments result(Row scalars) {
        long count = scalars.getLong(first);
        long nans = scalars.getLong(first + 1);
        if (count == 0) {
            return new ColumnMoments(0, nans, 0.0, 0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0);
        }
        double mean = scalars.getDouble(first + 2);
        double squaredDeviations = scalars.getDouble(first + 3) * count;
        double sum = scalars.getDouble(first + 6);
        if (integral && Math.abs(sum) < LONG_SAFE) {
            long exact = scalars.getLong(first + 7);
            sum = exact;
            mean = divide(exact, count);
        }
        return new ColumnMoments(count, nans, mean, squaredDeviations, scalars.getDouble(first + 4),
                scalars.getDouble(first + 5), sum);
    }

    /** The exact sum over the count, rounded once (the local backend's ExactSum.divideBy). */
    private static double divide(long sum, long count) {
        long exactInDouble = 1L << 53;
        if (Math.abs(sum) <= exactInDouble && count <= exactInDouble) {
            return (double) sum / count;
        }
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), MathContext.DECIMAL128).doubleValue();
    }
}
