package dev.mlgate.contract.internal;

import dev.mlgate.contract.internal.ColumnValue.State;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quantity of one column that constraints ask for and the scan computes. Requests are values:
 * two constraints asking for an equal metric share one accumulator, as Deequ's analyzers do.
 */
sealed interface ColumnMetric {

    /** A fresh accumulator for one scan, with the settings of this run (examples kept, the current time). */
    Accumulator newAccumulator(ScanSettings settings);

    /** Null values among all rows. */
    record NullCount() implements ColumnMetric {
        @Override
        public Accumulator newAccumulator(ScanSettings settings) {
            return new Accumulator.Counting(settings.maxExamples(), value -> true, value -> value.state == State.NULL);
        }
    }

    /** Non-null values that cannot be read as the column's type. */
    record UnreadableValues() implements ColumnMetric {
        @Override
        public Accumulator newAccumulator(ScanSettings settings) {
            return new Accumulator.Counting(settings.maxExamples(), value -> value.state != State.NULL,
                    value -> value.state == State.UNREADABLE);
        }
    }

    /**
     * Values that occur more than once, every occurrence counted (see {@link RepeatsAccumulator}), with
     * the distinct values. With {@code includeNaN}, NaN is a value equal to itself (pandas'
     * {@code duplicated}); without, NaN is left out (pandas' {@code nunique}).
     */
    record RepeatedValues(boolean includeNaN) implements ColumnMetric {
        @Override
        public Accumulator newAccumulator(ScanSettings settings) {
            return new RepeatsAccumulator(settings.maxExamples(), includeNaN);
        }
    }

    /** Values outside [min, max] (bounds exclusive where marked); NaN is always outside. */
    record OutOfRange(double min, double max, boolean minExclusive, boolean maxExclusive) implements ColumnMetric {
        @Override
        public Accumulator newAccumulator(ScanSettings settings) {
            return new Accumulator.Counting(settings.maxExamples(), value -> value.state == State.VALUE, value -> !inside(value.number));
        }

        boolean inside(double x) {
            boolean aboveMin = minExclusive ? x > min : x >= min;
            boolean belowMax = maxExclusive ? x < max : x <= max;
            return aboveMin && belowMax;
        }
    }

    /** Values not in {@code allowed}, compared as written. */
    record NotInSet(Set<String> allowed) implements ColumnMetric {
        @Override
        public Accumulator newAccumulator(ScanSettings settings) {
            return new Accumulator.Counting(settings.maxExamples(), value -> value.state == State.VALUE,
                    value -> !allowed.contains(value.raw));
        }
    }

    /** Values in {@code forbidden}, compared as written. */
    record InSet(Set<String> forbidden) implements ColumnMetric {
        @Override
        public Accumulator newAccumulator(ScanSettings settings) {
            return new Accumulator.Counting(settings.maxExamples(), value -> value.state == State.VALUE,
                    value -> forbidden.contains(value.raw));
        }
    }

    /**
     * Values in which some of the regular expressions find a match ({@code matchesAny} counts a match as
     * conforming: values that none matches are counted; else values that any matches are).
     */
    record PatternList(List<String> regexes, boolean matchesAny) implements ColumnMetric {
        @Override
        public Accumulator newAccumulator(ScanSettings settings) {
            List<Matcher> matchers = regexes.stream().map(regex -> Pattern.compile(regex).matcher("")).toList();
            return new Accumulator.Counting(settings.maxExamples(), value -> value.state == State.VALUE, value -> {
                boolean any = matchers.stream().anyMatch(matcher -> matcher.reset(value.raw).find());
                return matchesAny != any;
            });
        }
    }

    /** Values that are not null: readable or not, every row that holds something. */
    record NonNullValues() implements ColumnMetric {
        @Override
        public Accumulator newAccumulator(ScanSettings settings) {
            return new Accumulator.Counting(settings.maxExamples(), value -> true,
                    value -> value.state != State.NULL);
        }
    }

    /**
     * Values out of order against the previous checked value in file order: smaller than it when
     * {@code increasing}, greater when not; equal ones too when {@code strict}. Nulls and NaN are skipped.
     */
    record OutOfOrder(boolean increasing, boolean strict) implements ColumnMetric {
        @Override
        public Accumulator newAccumulator(ScanSettings settings) {
            double[] previous = {Double.NaN};
            return new Accumulator.Counting(settings.maxExamples(),
                    value -> value.state == State.VALUE && !Double.isNaN(value.number), value -> {
                        double before = previous[0];
                        previous[0] = value.number;
                        if (Double.isNaN(before)) {
                            return false;
                        }
                        int order = Double.compare(value.number, before);
                        return increasing ? order < 0 || strict && order == 0 : order > 0 || strict && order == 0;
                    });
        }
    }

    /** Values that are not one complete JSON document. */
    record NotJson() implements ColumnMetric {
        @Override
        public Accumulator newAccumulator(ScanSettings settings) {
            JsonDocuments documents = new JsonDocuments();
            return new Accumulator.Counting(settings.maxExamples(), value -> value.state == State.VALUE,
                    value -> !documents.isOne(value.raw));
        }
    }

    /** Values that {@code pattern}, read strictly, cannot parse in full. */
    record NotDateTimePattern(String pattern) implements ColumnMetric {
        @Override
        public Accumulator newAccumulator(ScanSettings settings) {
            java.time.format.DateTimeFormatter formatter = java.time.format.DateTimeFormatter.ofPattern(pattern)
                    .withResolverStyle(java.time.format.ResolverStyle.STRICT);
            return new Accumulator.Counting(settings.maxExamples(), value -> value.state == State.VALUE, value -> {
                try {
                    formatter.parse(value.raw);
                    return false;
                } catch (java.time.format.DateTimeParseException e) {
                    return true;
                }
            });
        }
    }

    /** Values in which the regular expression finds no match. */
    record PatternMismatch(String regex) implements ColumnMetric {
        @Override
        public Accumulator newAccumulator(ScanSettings settings) {
            Matcher matcher = Pattern.compile(regex).matcher("");
            return new Accumulator.Counting(settings.maxExamples(), value -> value.state == State.VALUE,
                    value -> !matcher.reset(value.raw).find());
        }
    }

    /** Values with fewer than {@code min} or more than {@code max} code points. */
    record LengthOutOfRange(int min, int max) implements ColumnMetric {
        @Override
        public Accumulator newAccumulator(ScanSettings settings) {
            return new Accumulator.Counting(settings.maxExamples(), value -> value.state == State.VALUE, value -> {
                int length = value.raw.codePointCount(0, value.raw.length());
                return length < min || length > max;
            });
        }
    }

    /**
     * Dates, date-times or instants before {@code from} or after {@code to}; a null bound is open.
     * Bounds have the column's java.time type, so they compare with the values directly.
     */
    record TemporalOutOfRange(Comparable<?> from, Comparable<?> to) implements ColumnMetric {
        @Override
        public Accumulator newAccumulator(ScanSettings settings) {
            return new Accumulator.Counting(settings.maxExamples(), value -> value.state == State.VALUE,
                    value -> before(value.key(), from) || before(to, value.key()));
        }

        /** Counts values after the bound of their own type: {@code today} for dates, {@code now} otherwise. */
        Accumulator counting(ScanSettings settings, java.time.LocalDate today, java.time.Instant now) {
            java.time.LocalDateTime localNow = java.time.LocalDateTime.ofInstant(now, java.time.ZoneOffset.UTC);
            return new Accumulator.Counting(settings.maxExamples(), value -> value.state == State.VALUE,
                    value -> before(value.temporal instanceof java.time.LocalDate ? today
                            : value.temporal instanceof java.time.LocalDateTime ? localNow : now, value.temporal));
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        static boolean before(Object a, Object b) {
            return a != null && b != null && ((Comparable) a).compareTo(b) < 0;
        }
    }

    /**
     * Dates, date-times or instants after the run's present: today for dates, now (UTC) for
     * date-times and instants, both from {@link ScanSettings}.
     */
    record InFuture() implements ColumnMetric {
        @Override
        public Accumulator newAccumulator(ScanSettings settings) {
            return new TemporalOutOfRange(null, null).counting(settings, settings.today(), settings.now());
        }
    }

    /** Dates, date-times or instants older than {@code age} before the run's present ({@link Ages}). */
    record OlderThan(String age, boolean dates) implements ColumnMetric {
        @Override
        public Accumulator newAccumulator(ScanSettings settings) {
            java.time.temporal.TemporalAmount amount = Ages.parse(age, dates);
            return new Accumulator.Counting(settings.maxExamples(), value -> value.state == State.VALUE,
                    value -> TemporalOutOfRange.before(value.temporal,
                            Ages.earliest(value.temporal, amount, settings.today(), settings.now())));
        }
    }

    /**
     * The newest value ({@code newest}) or the oldest, and whether it lies on the right side of {@code age}
     * before the run's present: the newest within it, the oldest beyond it. An {@link Extreme} result the
     * freshness check reads.
     */
    record ExtremeValue(String age, boolean dates, boolean newest) implements ColumnMetric {

        ExtremeValue(String age, boolean dates) {
            this(age, dates, true);
        }

        @Override
        public Accumulator newAccumulator(ScanSettings settings) {
            java.time.temporal.TemporalAmount amount = Ages.parse(age, dates);
            return new Accumulator() {
                private Object extreme;

                @Override
                public void accept(ColumnValue value) {
                    if (value.state == State.VALUE && (extreme == null || (newest
                            ? TemporalOutOfRange.before(extreme, value.temporal)
                            : TemporalOutOfRange.before(value.temporal, extreme)))) {
                        extreme = value.temporal;
                    }
                }

                @Override
                public Object result() {
                    if (extreme == null) {
                        return new Extreme(null, false);
                    }
                    Object bound = Ages.earliest(extreme, amount, settings.today(), settings.now());
                    boolean within = !TemporalOutOfRange.before(extreme, bound);
                    return new Extreme(extreme, newest ? within : !TemporalOutOfRange.before(bound, extreme));
                }
            };
        }

        /** The extreme value (null without one) and whether it is on the right side of the age. */
        record Extreme(Object value, boolean fresh) {
        }
    }

    /**
     * How often each distinct non-null value occurs, as written, in first-appearance order; counting stops
     * (and {@link Counts#complete()} is false) past {@code limit} distinct values, so memory stays bounded.
     */
    record ValueCounts(int limit) implements ColumnMetric {
        @Override
        public Accumulator newAccumulator(ScanSettings settings) {
            BoundedCounts counts = new BoundedCounts(limit);
            return new Accumulator() {
                @Override
                public void accept(ColumnValue value) {
                    if (value.state != State.NULL) {
                        counts.add(value.raw);
                    }
                }

                @Override
                public Object result() {
                    return new Counts(counts.toMap(), !counts.overflowed());
                }
            };
        }

        /** The counts, and whether every distinct value was counted. */
        record Counts(java.util.Map<String, Long> counts, boolean complete) {
        }
    }

    /** Count, mean, variance, minimum and maximum of the non-null, non-NaN values, in one pass. */
    record Moments() implements ColumnMetric {
        @Override
        public Accumulator newAccumulator(ScanSettings settings) {
            return new MomentsAccumulator();
        }
    }

    /** Every non-null, non-NaN value, sorted at the end: what exact quantiles need. */
    record SortedValues() implements ColumnMetric {
        @Override
        public Accumulator newAccumulator(ScanSettings settings) {
            return new SortedValuesAccumulator();
        }
    }

    /**
     * {@code metric} counted only on rows where {@code condition} holds ({@code @When}); the scan feeds it
     * after the row's record is built and the condition evaluated.
     */
    record When(ColumnMetric metric, RowRuleMetric condition) implements ColumnMetric {
        @Override
        public Accumulator newAccumulator(ScanSettings settings) {
            return metric.newAccumulator(settings);
        }
    }
}
