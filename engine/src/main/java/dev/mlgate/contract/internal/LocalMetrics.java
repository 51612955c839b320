package dev.mlgate.contract.internal;

import dev.mlgate.backend.DistinctCounts;
import dev.mlgate.backend.Extreme;
import dev.mlgate.backend.MetricRequest;
import dev.mlgate.backend.ScanSettings;
import dev.mlgate.contract.internal.ColumnValue.State;
import dev.mlgate.contract.internal.regex.TextPattern;
import dev.mlgate.data.ValueKind;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAmount;
import java.util.List;
import java.util.function.Predicate;

/**
 * The local backend's computation of each {@link MetricRequest}: a fresh {@link Accumulator} per scan,
 * fed the column's value on every row in row order.
 */
final class LocalMetrics {

    private LocalMetrics() {
    }

    /** A fresh accumulator of {@code request} for one scan, with the settings of this run. */
    static Accumulator accumulator(MetricRequest request, ScanSettings settings) {
        int max = settings.maxExamples();
        if (request instanceof MetricRequest.When when) {
            return accumulator(when.metric(), settings);
        } else if (request instanceof MetricRequest.NullCount) {
            return new Accumulator.Counting(max, value -> true, value -> value.state == State.NULL);
        } else if (request instanceof MetricRequest.UnreadableValues) {
            return new Accumulator.Counting(max, value -> value.state != State.NULL,
                    value -> value.state == State.UNREADABLE);
        } else if (request instanceof MetricRequest.NonNullValues) {
            return new Accumulator.Counting(max, value -> true, value -> value.state != State.NULL);
        } else if (request instanceof MetricRequest.RepeatedValues repeated) {
            return new RepeatsAccumulator(max, repeated.includeNaN());
        } else if (request instanceof MetricRequest.Moments) {
            return new MomentsAccumulator();
        } else if (request instanceof MetricRequest.SortedValues) {
            return new SortedValuesAccumulator();
        } else if (request instanceof MetricRequest.ValueCounts counts) {
            return valueCounts(counts.limit());
        } else if (request instanceof MetricRequest.ExtremeValue extreme) {
            return extreme(extreme, settings);
        } else if (request instanceof MetricRequest.OutOfOrder order) {
            return outOfOrder(order, max);
        }
        return new Accumulator.Counting(max, value -> value.state == State.VALUE, violation(request, settings));
    }

    /** Whether a value, present and readable, violates a value constraint. */
    private static Predicate<ColumnValue> violation(MetricRequest request, ScanSettings settings) {
        if (request instanceof MetricRequest.OutOfRange range) {
            return value -> !inside(range, value.number);
        } else if (request instanceof MetricRequest.NotInSet set) {
            TextSet allowed = new TextSet(set.allowed());
            return value -> !allowed.contains(value.text());
        } else if (request instanceof MetricRequest.InSet set) {
            TextSet forbidden = new TextSet(set.forbidden());
            return value -> forbidden.contains(value.text());
        } else if (request instanceof MetricRequest.PatternList list) {
            TextPattern[] patterns = list.regexes().stream().map(TextPattern::compile).toArray(TextPattern[]::new);
            return value -> list.matchesAny() != anyFinds(patterns, value.text());
        } else if (request instanceof MetricRequest.PatternMismatch mismatch) {
            TextPattern pattern = TextPattern.compile(mismatch.regex());
            return value -> !pattern.find(value.text());
        } else if (request instanceof MetricRequest.NotJson) {
            JsonDocuments documents = new JsonDocuments();
            return value -> !documents.isOne(value.raw());
        } else if (request instanceof MetricRequest.NotDateTimePattern pattern) {
            DateTimeFormatter formatter = DateTimeFormatter.ofPattern(pattern.pattern())
                    .withResolverStyle(ResolverStyle.STRICT);
            return value -> !parses(formatter, value.raw());
        } else if (request instanceof MetricRequest.LengthOutOfRange length) {
            return value -> {
                CharSequence text = value.text();
                int codePoints = Character.codePointCount(text, 0, text.length());
                return codePoints < length.min() || codePoints > length.max();
            };
        } else if (request instanceof MetricRequest.TemporalOutOfRange range) {
            return value -> value.before(range.from()) || value.after(range.to());
        } else if (request instanceof MetricRequest.InFuture) {
            LocalDateTime localNow = LocalDateTime.ofInstant(settings.now(), ZoneOffset.UTC);
            return value -> value.after(value.kind() == ValueKind.DATE ? settings.today()
                    : value.kind() == ValueKind.DATE_TIME ? localNow : settings.now());
        } else if (request instanceof MetricRequest.OlderThan older) {
            TemporalAmount amount = Ages.parse(older.age(), older.dates());
            return value -> Temporals.before(value.temporal(),
                    Ages.earliest(value.temporal(), amount, settings.today(), settings.now()));
        }
        throw new IllegalArgumentException("no local computation of " + request);
    }

    static boolean inside(MetricRequest.OutOfRange range, double x) {
        boolean aboveMin = range.minExclusive() ? x > range.min() : x >= range.min();
        boolean belowMax = range.maxExclusive() ? x < range.max() : x <= range.max();
        return aboveMin && belowMax;
    }

    private static boolean parses(DateTimeFormatter formatter, String text) {
        try {
            formatter.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static Accumulator outOfOrder(MetricRequest.OutOfOrder order, int max) {
        double[] previous = {Double.NaN};
        return new Accumulator.Counting(max, value -> value.state == State.VALUE && !Double.isNaN(value.number),
                value -> {
                    double before = previous[0];
                    previous[0] = value.number;
                    if (Double.isNaN(before)) {
                        return false;
                    }
                    int compared = Double.compare(value.number, before);
                    return order.increasing() ? compared < 0 || order.strict() && compared == 0
                            : compared > 0 || order.strict() && compared == 0;
                });
    }

    private static Accumulator extreme(MetricRequest.ExtremeValue request, ScanSettings settings) {
        TemporalAmount amount = Ages.parse(request.age(), request.dates());
        boolean newest = request.newest();
        return new Accumulator() {
            private Object extreme;

            @Override
            public void accept(ColumnValue value) {
                if (value.state == State.VALUE && (extreme == null || (newest
                        ? value.after(extreme)
                        : value.before(extreme)))) {
                    extreme = value.temporal();
                }
            }

            @Override
            public Object result() {
                if (extreme == null) {
                    return new Extreme(null, false);
                }
                Object bound = Ages.earliest(extreme, amount, settings.today(), settings.now());
                boolean within = !Temporals.before(extreme, bound);
                return new Extreme(extreme, newest ? within : !Temporals.before(bound, extreme));
            }
        };
    }

    private static Accumulator valueCounts(int limit) {
        BoundedCounts counts = new BoundedCounts(limit);
        return new Accumulator() {
            @Override
            public void accept(ColumnValue value) {
                if (value.state != State.NULL) {
                    counts.add(value.raw());
                }
            }

            @Override
            public Object result() {
                return new DistinctCounts(counts.toMap(), !counts.overflowed());
            }
        };
    }

    private static boolean anyFinds(TextPattern[] patterns, CharSequence text) {
        for (TextPattern pattern : patterns) {
            if (pattern.find(text)) {
                return true;
            }
        }
        return false;
    }
}
