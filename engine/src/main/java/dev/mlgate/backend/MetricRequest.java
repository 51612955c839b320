package dev.mlgate.backend;

import java.util.List;
import java.util.Set;

/**
 * A quantity of one column that a contract's checks ask for and a backend computes. Requests are values:
 * two checks asking for an equal metric share one computation, as Deequ's analyzers do. Each record says
 * which result a backend returns for it in {@link ScanResults#metrics()}; "values" are the column's
 * non-null fields read as its {@link ColumnDescription#kind() kind}, "unreadable" ones those that cannot
 * be (or that its Java type cannot hold). Counting requests return a {@link ViolationCount} whose
 * examples are the first violations in row order, at most {@link ScanSettings#maxExamples()}.
 */
public sealed interface MetricRequest {

    /** Null fields among all rows; {@link ViolationCount} with every row checked. */
    record NullCount() implements MetricRequest {
    }

    /** Non-null fields that cannot be read as the column's type; {@link ViolationCount} of non-null fields. */
    record UnreadableValues() implements MetricRequest {
    }

    /**
     * Values that occur more than once, every occurrence counted, with the distinct values in the details
     * ({@code distinct}, {@code unique}, {@code distinct ratio}, {@code uniqueness}); {@link ViolationCount}.
     * With {@code includeNaN}, NaN is a value equal to itself (pandas' {@code duplicated}); without, NaN is
     * left out (pandas' {@code nunique}). 0.0 and -0.0 are one value.
     */
    record RepeatedValues(boolean includeNaN) implements MetricRequest {
    }

    /** Values outside [min, max] (bounds exclusive where marked); NaN is always outside. {@link ViolationCount}. */
    record OutOfRange(double min, double max, boolean minExclusive, boolean maxExclusive) implements MetricRequest {
    }

    /** Values not in {@code allowed}, compared as written; {@link ViolationCount}. */
    record NotInSet(Set<String> allowed) implements MetricRequest {
    }

    /** Values in {@code forbidden}, compared as written; {@link ViolationCount}. */
    record InSet(Set<String> forbidden) implements MetricRequest {
    }

    /**
     * Values in which some of the regular expressions ({@link java.util.regex.Matcher#find()}) find a
     * match: with {@code matchesAny} a match conforms and values none matches are counted, else values any
     * matches are counted. {@link ViolationCount}.
     */
    record PatternList(List<String> regexes, boolean matchesAny) implements MetricRequest {
    }

    /** Non-null fields, readable or not, among all rows; {@link ViolationCount}. */
    record NonNullValues() implements MetricRequest {
    }

    /**
     * Values out of order against the previous checked value in row order: smaller than it when
     * {@code increasing}, greater when not; equal ones too when {@code strict}. Nulls and NaN are skipped.
     * Depends on row order, so a partitioned backend must keep partitions in order. {@link ViolationCount}.
     */
    record OutOfOrder(boolean increasing, boolean strict) implements MetricRequest {
    }

    /** Values that are not one complete JSON document; {@link ViolationCount}. */
    record NotJson() implements MetricRequest {
    }

    /** Values that the {@link java.time.format.DateTimeFormatter} pattern, strict, cannot parse in full. */
    record NotDateTimePattern(String pattern) implements MetricRequest {
    }

    /** Values in which the regular expression finds no match; {@link ViolationCount}. */
    record PatternMismatch(String regex) implements MetricRequest {
    }

    /** Values with fewer than {@code min} or more than {@code max} code points; {@link ViolationCount}. */
    record LengthOutOfRange(int min, int max) implements MetricRequest {
    }

    /**
     * Dates, date-times or instants before {@code from} or after {@code to}; a null bound is open. Bounds
     * have the column's java.time type. {@link ViolationCount}.
     */
    record TemporalOutOfRange(Comparable<?> from, Comparable<?> to) implements MetricRequest {
    }

    /**
     * Dates, date-times or instants after the run's present: {@link ScanSettings#today()} for dates,
     * {@link ScanSettings#now()} (UTC) for date-times and instants. {@link ViolationCount}.
     */
    record InFuture() implements MetricRequest {
    }

    /**
     * Dates, date-times or instants older than {@code age} (an ISO-8601 period or duration such as
     * {@code P30D}, {@code PT12H}; periods only when {@code dates}) before the run's present.
     * {@link ViolationCount}.
     */
    record OlderThan(String age, boolean dates) implements MetricRequest {
    }

    /**
     * The newest value ({@code newest}) or the oldest, and whether it lies on the right side of {@code age}
     * before the run's present: the newest within it, the oldest beyond it. {@link Extreme}.
     */
    record ExtremeValue(String age, boolean dates, boolean newest) implements MetricRequest {

        /** The newest value. */
        public ExtremeValue(String age, boolean dates) {
            this(age, dates, true);
        }
    }

    /**
     * How often each distinct non-null field occurs, as written, in first-appearance order; counting stops
     * past {@code limit} distinct values, so memory stays bounded. {@link DistinctCounts}.
     */
    record ValueCounts(int limit) implements MetricRequest {
    }

    /** Count, mean, variance, minimum, maximum and sum of the non-NaN values; {@link ColumnMoments}. */
    record Moments() implements MetricRequest {
    }

    /**
     * What quantiles of the non-NaN values need: {@link Quantiles} (locally exact, each quantile by selection
     * over every value; {@link SortedNumbers} gives the same values from a sorted array).
     */
    record SortedValues() implements MetricRequest {
    }

    /**
     * {@code metric} counted only on rows where {@code condition} holds ({@code @When}); its result is
     * {@code metric}'s.
     */
    record When(MetricRequest metric, RowPredicate condition) implements MetricRequest {
    }
}
