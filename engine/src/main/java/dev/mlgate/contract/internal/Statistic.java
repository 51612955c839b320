package dev.mlgate.contract.internal;

import dev.mlgate.backend.ColumnMoments;
import dev.mlgate.backend.MetricRequest;
import dev.mlgate.backend.Quantiles;
import dev.mlgate.backend.ViolationCount;

/**
 * A number computed from one column's metric, bounded by a statistic constraint. Each says which
 * metric it reads, how it is computed, over how many values, and why it may be undefined.
 */
sealed interface Statistic {

    /** The metric the scan must compute. */
    MetricRequest metric();

    /** The statistic's name in messages, such as {@code mean} or {@code 0.9-quantile}. */
    String name();

    /** The value, or NaN when undefined. */
    double compute(Object result);

    /** How many values the statistic was computed over, for messages. */
    long population(Object result);

    /** What the population consists of, for messages. */
    default String populationNoun() {
        return "values";
    }

    /** Why the value is NaN. */
    default String undefinedReason(Object result) {
        return "there is no non-null, non-NaN value";
    }

    /** How the backend approximated the value, with its error bound; empty when it is exact. */
    default String approximation(Object result) {
        return "";
    }

    /** NaN values left out, for messages; 0 when not applicable. */
    default long leftOut(Object result) {
        return result instanceof ColumnMoments moments ? moments.nanCount() : 0;
    }

    /**
     * Minimum, maximum, mean or true rate of the values, or their sum, from their moments. The sum of no
     * value is 0 (pandas' {@code sum}); the others are then undefined.
     */
    record FromMoments(String name, Kind kind) implements Statistic {

        enum Kind { MIN, MAX, MEAN, SUM }

        @Override
        public MetricRequest metric() {
            return new MetricRequest.Moments();
        }

        @Override
        public double compute(Object result) {
            ColumnMoments moments = (ColumnMoments) result;
            if (kind == Kind.SUM) {
                return moments.count() == 0 ? 0.0 : moments.sum();
            }
            if (moments.count() == 0) {
                return Double.NaN;
            }
            return switch (kind) {
                case MIN -> moments.min();
                case MAX -> moments.max();
                case MEAN -> moments.mean();
                case SUM -> moments.sum();
            };
        }

        @Override
        public long population(Object result) {
            return ((ColumnMoments) result).count();
        }
    }

    /** Standard deviation with divisor n - ddof. */
    record StandardDeviation(int ddof) implements Statistic {

        @Override
        public MetricRequest metric() {
            return new MetricRequest.Moments();
        }

        @Override
        public String name() {
            return ddof == 0 ? "population standard deviation" : "sample standard deviation";
        }

        @Override
        public double compute(Object result) {
            return ((ColumnMoments) result).standardDeviation(ddof);
        }

        @Override
        public long population(Object result) {
            return ((ColumnMoments) result).count();
        }

        @Override
        public String undefinedReason(Object result) {
            return ddof == 1 && ((ColumnMoments) result).count() == 1
                    ? "the sample standard deviation needs at least two values, and there is one"
                    : Statistic.super.undefinedReason(result);
        }
    }

    /** An exact quantile with linear interpolation (numpy's default). */
    record Quantile(double q) implements Statistic {

        @Override
        public MetricRequest metric() {
            return new MetricRequest.SortedValues();
        }

        @Override
        public String name() {
            return q == 0.5 ? "median" : Messages.number(q) + "-quantile";
        }

        @Override
        public double compute(Object result) {
            return ((Quantiles) result).quantile(q);
        }

        @Override
        public long population(Object result) {
            return ((Quantiles) result).size();
        }

        @Override
        public String approximation(Object result) {
            return ((Quantiles) result).approximation();
        }
    }

    /**
     * The number of distinct non-null, non-NaN values (pandas' {@code nunique}); 0.0 and -0.0 are one
     * value, as in pandas.
     */
    record DistinctCount() implements Statistic {

        @Override
        public MetricRequest metric() {
            return new MetricRequest.RepeatedValues(false);
        }

        @Override
        public String name() {
            return "distinct count";
        }

        @Override
        public double compute(Object result) {
            return ((Number) ((ViolationCount) result).details().get(RepeatsAccumulator.DISTINCT)).doubleValue();
        }

        @Override
        public long population(Object result) {
            return ((ViolationCount) result).checked();
        }
    }

    /**
     * Distinct non-null values over non-null values (Great Expectations' unique proportion): 1 when every
     * value differs. Undefined without a value.
     */
    record DistinctShare() implements Statistic {

        @Override
        public MetricRequest metric() {
            return new MetricRequest.RepeatedValues(false);
        }

        @Override
        public String name() {
            return "distinct share";
        }

        @Override
        public double compute(Object result) {
            ViolationCount found = (ViolationCount) result;
            if (found.checked() == 0) {
                return Double.NaN;
            }
            return ((Number) found.details().get(RepeatsAccumulator.DISTINCT)).doubleValue() / found.checked();
        }

        @Override
        public long population(Object result) {
            return ((ViolationCount) result).checked();
        }
    }

    /** The share of non-null values among all rows; an empty dataset is complete. */
    record Completeness() implements Statistic {

        @Override
        public MetricRequest metric() {
            return new MetricRequest.NullCount();
        }

        @Override
        public String name() {
            return "completeness";
        }

        @Override
        public String populationNoun() {
            return "rows";
        }

        @Override
        public double compute(Object result) {
            ViolationCount nulls = (ViolationCount) result;
            return nulls.checked() == 0 ? 1.0 : (double) (nulls.checked() - nulls.violations()) / nulls.checked();
        }

        @Override
        public long population(Object result) {
            return ((ViolationCount) result).checked();
        }
    }
}
