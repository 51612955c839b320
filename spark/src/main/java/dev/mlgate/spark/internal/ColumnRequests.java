package dev.mlgate.spark.internal;

import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.isnan;
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
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
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
    private final Map<MetricRequest, Function<Row, Supplier<Object>>> results = new LinkedHashMap<>();

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
            results.put(request, scalars -> () -> {
                Repeats.Counts counts = jobs.repeatCounts(question);
                return new ViolationCount(counts.values(), counts.inRepeats(), counts.inRepeats() == 0 ? List.of()
                        : jobs.rowExamples(RepeatExamples.first(jobs.positions(), key, value.raw(), true,
                                settings.maxExamples())), counts.details());
            });
        } else if (request instanceof MetricRequest.Moments) {
            MomentsAggregate aggregate = new MomentsAggregate(value, type, jobs.pass());
            results.put(request, scalars -> {
                Object moments = aggregate.result(scalars);
                return () -> moments;
            });
        } else if (request instanceof MetricRequest.SortedValues) {
            Column kept = when(value.isValue().and(isnan(value.number()).unary_$bang()), value.number());
            int count = jobs.pass().add(count(kept));
            Function<Long, SparkQuantiles> quantiles = jobs.quantiles(kept);
            results.put(request, scalars -> {
                Object computed = quantiles.apply(scalars.getLong(count));
                return () -> computed;
            });
        } else if (request instanceof MetricRequest.ExtremeValue extreme) {
            Column time = struct(value.number().as("n"), value.nanos().as("s"));
            Column kept = when(value.isValue(), time);
            int index = jobs.pass().add(extreme.newest() ? max(kept) : min(kept));
            results.put(request, scalars -> {
                Object found = extreme(extreme, scalars.getStruct(index), settings);
                return () -> found;
            });
        } else if (request instanceof MetricRequest.ValueCounts counts) {
            jobs.expectJob();
            results.put(request, scalars -> () -> jobs.valueCounts(value.raw(), counts.limit()));
        } else {
            throw Unsupported.request(value.column(), request);
        }
    }

    private Function<Row, Supplier<Object>> counted(Counting counting) {
        return jobs.violations(counting.checks(), counting.checks().and(counting.violates()), value.raw());
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

    /** Each request's result, to be read once every request of the scan had its turn (examples share a job). */
    Map<MetricRequest, Supplier<Object>> results(Row scalars) {
        Map<MetricRequest, Supplier<Object>> computed = new LinkedHashMap<>();
        results.forEach((request, result) -> computed.put(request, result.apply(scalars)));
        return computed;
    }
}
