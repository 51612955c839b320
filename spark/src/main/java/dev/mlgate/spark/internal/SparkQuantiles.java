package dev.mlgate.spark.internal;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.percentile;
import static org.apache.spark.sql.functions.percentile_approx;

import dev.mlgate.backend.Quantiles;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;

/**
 * A column's quantiles on Spark, each computed by one job when a check asks for it (the plan says that
 * quantiles are needed, not which): exact with Spark's {@code percentile} (linear interpolation between
 * closest ranks, numpy's default, as the local backend's), or with {@code percentile_approx} when
 * configured, whose rank error bound {@link #approximation()} states. The values never reach the driver;
 * the jobs read the scan's projection of the numbers quantiles need, kept on the executors.
 */
final class SparkQuantiles implements Quantiles {

    private final QuantileProjection projection;
    private final String column;
    private final long count;
    private final QuantileMode mode;
    private final Map<Double, Double> computed = new HashMap<>();

    SparkQuantiles(QuantileProjection projection, String column, long count, QuantileMode mode) {
        this.projection = projection;
        this.column = column;
        this.count = count;
        this.mode = mode;
    }

    @Override
    public synchronized double quantile(double q) {
        if (count == 0) {
            return Double.NaN;
        }
        return computed.computeIfAbsent(q, key -> {
            Column values = projection.column(column);
            Column quantile = mode == QuantileMode.EXACT ? percentile(values, lit(q))
                    : percentile_approx(values, lit(q), lit(QuantileMode.ACCURACY));
            Row row = projection.rows().agg(quantile.cast("double")).first();
            return row.isNullAt(0) ? Double.NaN : row.getDouble(0);
        });
    }

    @Override
    public long size() {
        return count;
    }

    @Override
    public String approximation() {
        if (mode == QuantileMode.EXACT) {
            return "";
        }
        long bound = (long) Math.ceil((double) count / QuantileMode.ACCURACY);
        return "approximate (Spark percentile_approx, accuracy " + QuantileMode.ACCURACY + "): within "
                + bound + " ranks of the exact quantile among " + count + " values";
    }
}
