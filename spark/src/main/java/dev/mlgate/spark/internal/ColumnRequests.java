package dev.mlgate.spark.internal;

import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.isnan;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import dev.mlgate.backend.Extreme;
import dev.mlgate.backend.MetricRequest;
import dev.mlgate.backend.ScanSettings;
import dev.mlgate.backend.ViolationCount;
import dev.mlgate.data.ValueKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;

/**
 * The requests of one column: each registers what it needs with the suite's jobs (aggregates of the
 * single pass, a uniqueness question, a later job) and turns what they computed into the result the
 * request names.
 */
final class ColumnRequests {

    private final ParsedValue value;
    private final ValueType type;
    private final Jobs jobs;
    private final Map<MetricRequest, Function<Row, Object>> results = new LinkedHashMap<>();

    ColumnRequests(ParsedValue value, ValueType type, Jobs jobs) {
        this.value = value;
        this.type = type;
        this.jobs = jobs;
    }

    void add(MetricRequest request) {
        ScanSettings settings = jobs.settings();
        Counting counting = Counting.of(request, value, type, settings);
        if (counting != null) {
            results.put(request, counted(counting));
        } else if (request instanceof MetricRequest.RepeatedValues repeated) {
            Column counted = value.isValue();
            if (!repeated.includeNaN() && type.kind() == ValueKind.DECIMAL) {
                counted = counted.and(isnan(value.number()).unary_$bang());
            }
            Column key = when(counted, value.key());
            int question = jobs.repeats().add(key);
            results.put(request, scalars -> {
                Repeats.Counts counts = jobs.repeatCounts(question);
                return new ViolationCount(counts.values(), counts.inRepeats(), counts.inRepeats() == 0 ? java.util.List.of()
                        : jobs.examples(RepeatExamples.first(jobs.positions(), key, value.raw(), true,
                                settings.maxExamples())), counts.details());
            });
        } else if (request instanceof MetricRequest.Moments) {
            MomentsAggregate moments = new MomentsAggregate(value, type, jobs.pass());
            results.put(request, moments::result);
        } else if (request instanceof MetricRequest.SortedValues) {
            Column kept = when(value.isValue().and(isnan(value.number()).unary_$bang()), value.number());
            int count = jobs.pass().add(count(kept));
            Function<Long, SparkQuantiles> quantiles = jobs.quantiles(kept);
            results.put(request, scalars -> quantiles.apply(scalars.getLong(count)));
        } else if (request instanceof MetricRequest.ExtremeValue extreme) {
            Column time = struct(value.number().as("n"), value.nanos().as("s"));
            Column kept = when(value.isValue(), time);
            int index = jobs.pass().add(extreme.newest() ? max(kept) : min(kept));
            results.put(request, scalars -> extreme(extreme, scalars.getStruct(index), settings));
        } else if (request instanceof MetricRequest.ValueCounts counts) {
            results.put(request, scalars -> jobs.valueCounts(value.raw(), counts.limit()));
        } else {
            throw Unsupported.request(value.column(), request);
        }
    }

    private Function<Row, Object> counted(Counting counting) {
        int checked = jobs.pass().add(count(when(counting.checks(), true)));
        Column violating = counting.checks().and(counting.violates());
        int violations = jobs.pass().add(count(when(violating, true)));
        return scalars -> {
            long found = scalars.getLong(violations);
            return new ViolationCount(scalars.getLong(checked), found, found == 0 ? java.util.List.of()
                    : jobs.examples(Examples.first(jobs.positions(), violating, value.raw(),
                            jobs.settings().maxExamples())));
        };
    }

    private Extreme extreme(MetricRequest.ExtremeValue request, Row found, ScanSettings settings) {
        if (found == null) {
            return new Extreme(null, false);
        }
        long number = (long) found.getDouble(0);
        int nanos = found.getInt(1);
        Comparable<?> time = switch (type.kind()) {
            case DATE -> LocalDate.ofEpochDay(number);
            case DATE_TIME -> LocalDateTime.ofEpochSecond(number, nanos, ZoneOffset.UTC);
            default -> Instant.ofEpochSecond(number, nanos);
        };
        TimeBound extreme = TimeBound.of(time);
        TimeBound bound = Counting.earliest(type, request.age(), request.dates(), settings);
        boolean within = !extreme.lessThan(bound);
        return new Extreme(time, request.newest() ? within : !bound.lessThan(extreme));
    }

    /** Each request's result, once the jobs ran. */
    Map<MetricRequest, Object> results(Row scalars) {
        Map<MetricRequest, Object> computed = new LinkedHashMap<>();
        results.forEach((request, result) -> computed.put(request, result.apply(scalars)));
        return computed;
    }
}
