package dev.mlgate.contract.internal;

import dev.mlgate.backend.ColumnMoments;
import dev.mlgate.contract.internal.ColumnValue.State;
import dev.mlgate.data.ValueKind;
import dev.mlgate.metrics.internal.CompensatedSum;

/**
 * Welford's streaming algorithm for the mean and the sum of squared deviations, numerically stable
 * in one pass, plus minimum and maximum. NaN values are counted and left out, as pandas does. The mean
 * of integral and boolean values (a true rate) is exact instead: their sum is kept as an integer (a
 * long, a BigInteger past its range) and divided once, so 649,591 trues in 1,000,000 give 0.649591.
 */
final class MomentsAccumulator implements Accumulator {

    private final ExactSum sum = new ExactSum();
    private final CompensatedSum floatingSum = new CompensatedSum();

    private long count;
    private long nanCount;
    private double mean;
    private double squaredDeviations;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    @Override
    public void accept(ColumnValue value) {
        if (value.state != State.VALUE) {
            return;
        }
        double x = value.number;
        if (Double.isNaN(x)) {
            nanCount++;
            return;
        }
        if (value.kind() == ValueKind.INTEGER) {
            sum.add(value.integer);
        } else if (value.kind() == ValueKind.BOOLEAN) {
            sum.add(value.bool ? 1 : 0);
        } else {
            sum.inexact();
        }
        floatingSum.add(x);
        count++;
        double delta = x - mean;
        mean += delta / count;
        squaredDeviations += delta * (x - mean);
        min = Math.min(min, x);
        max = Math.max(max, x);
    }

    @Override
    public ColumnMoments result() {
        return new ColumnMoments(count, nanCount, sum.isExact() && count > 0 ? sum.divideBy(count) : mean,
                squaredDeviations, min, max, sum.isExact() ? sum.value() : floatingSum.value());
    }

}
