package dev.mlgate.contract.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * The exact sum of integral values: a long while it fits, a BigInteger after, so a mean of integers or
 * a share of trues is one division of exact numbers rather than a running floating-point average.
 */
final class ExactSum {

    private static final long EXACT_IN_DOUBLE = 1L << 53;

    private long small;
    private BigInteger large;
    private boolean exact = true;

    void add(long value) {
        if (large == null) {
            long next = small + value;
            // overflow iff both operands have the sign opposite to the result's
            if (((small ^ next) & (value ^ next)) >= 0) {
                small = next;
                return;
            }
            large = BigInteger.valueOf(small);
        }
        large = large.add(BigInteger.valueOf(value));
    }

    /** Marks a value that is not integral: the sum no longer stands for the values. */
    void inexact() {
        exact = false;
    }

    boolean isExact() {
        return exact;
    }

    /** The sum, rounded once to the nearest double. */
    double value() {
        return large == null ? (double) small : new BigDecimal(large).doubleValue();
    }

    /** The sum divided by {@code count}, rounded once to the nearest double. */
    double divideBy(long count) {
        if (large == null && Math.abs(small) <= EXACT_IN_DOUBLE && count <= EXACT_IN_DOUBLE) {
            // both operands are exact doubles, and IEEE division rounds the quotient once
            return (double) small / count;
        }
        BigDecimal total = large == null ? BigDecimal.valueOf(small) : new BigDecimal(large);
        return total.divide(BigDecimal.valueOf(count), MathContext.DECIMAL128).doubleValue();
    }
}
