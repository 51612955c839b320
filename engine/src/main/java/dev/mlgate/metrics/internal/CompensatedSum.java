package dev.mlgate.metrics.internal;

/**
 * A running sum with Neumaier's compensation (improved Kahan summation): the low-order bits each addition
 * loses are kept in a second accumulator, so a sum over millions of rows stays within a few ulps of the
 * exact sum instead of drifting by about {@code n * 2^-53} relative, as a plain running sum can.
 */
public final class CompensatedSum {

    private double sum;
    private double compensation;

    /**
     * Adds a term.
     *
     * @param term the value to add
     */
    public void add(double term) {
        double next = sum + term;
        if (Math.abs(sum) >= Math.abs(term)) {
            compensation += (sum - next) + term;
        } else {
            compensation += (term - next) + sum;
        }
        sum = next;
    }

    /** @return the compensated sum of the terms added so far */
    public double value() {
        return sum + compensation;
    }
}
