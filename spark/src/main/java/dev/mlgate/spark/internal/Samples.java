package dev.mlgate.spark.internal;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.isnan;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import dev.mlgate.backend.DistinctCounts;
import dev.mlgate.backend.Sample;
import dev.mlgate.backend.SampleRequest;
import dev.mlgate.data.ValueKind;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Drift samples. A categorical sample is its category counts (one job; the driver receives at most
 * {@link SampleRequest#MAX_CATEGORIES} + 1 rows). A numeric sample is the column's distinct values with
 * their counts (one job, grouped on the executors): the driver receives one row per distinct value and
 * expands them into the sorted array the engine's drift statistics read, so its memory grows with the
 * column's size (8 bytes a value), the one place the Spark backend brings data to the driver. Counts of
 * missing and NaN values come from the single pass.
 */
final class Samples {

    private Samples() {
    }

    static Function<Row, Supplier<Sample>> register(SampleRequest request, ParsedValue value, ValueType type,
            Jobs jobs) {
        jobs.expectJob();
        Column valued = value.isValue();
        int missing = jobs.pass().add(count(when(valued.unary_$bang(), true)));
        if (!request.numeric()) {
            // an integer column compared as categories: "07" and "7" are one value (the key is the integer)
            Column category = when(valued, type.kind() == ValueKind.INTEGER ? value.key() : value.raw());
            int size = jobs.pass().add(count(category));
            return scalars -> () -> {
                DistinctCounts counts = jobs.valueCounts(category, SampleRequest.MAX_CATEGORIES);
                return new Sample.Categorical(counts.counts(), scalars.getLong(missing), scalars.getLong(size),
                        !counts.complete());
            };
        }
        Column nan = valued.and(isnan(value.number()));
        int nans = jobs.pass().add(count(when(nan, true)));
        Column kept = when(valued.and(nan.unary_$bang()), value.number());
        return scalars -> () -> new Sample.Numeric(expand(jobs.rows(), kept), scalars.getLong(missing), scalars.getLong(nans));
    }

    private static double[] expand(Dataset<Row> rows, Column kept) {
        List<Row> counts = rows.select(kept.as("v")).where(col("v").isNotNull()).groupBy(col("v"))
                .agg(count(lit(1)).as("n")).orderBy(col("v")).collectAsList();
        long total = counts.stream().mapToLong(row -> row.getLong(1)).sum();
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("a numeric drift sample of " + total + " values does not fit one array");
        }
        double[] values = new double[(int) total];
        int at = 0;
        for (Row row : counts) {
            Arrays.fill(values, at, at + (int) row.getLong(1), row.getDouble(0));
            at += (int) row.getLong(1);
        }
        return values;
    }
}
