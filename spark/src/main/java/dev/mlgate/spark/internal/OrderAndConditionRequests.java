package dev.mlgate.spark.internal;

import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.isnan;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import dev.mlgate.backend.MetricRequest;
import dev.mlgate.backend.ViolationCount;
import dev.mlgate.data.ValueKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RuntimeConfig;
import org.apache.spark.sql.types.DataTypes;

/**
 * The requests of one column beside {@link ColumnRequests}': values out of row order (the scan's
 * {@link OrderJob}), values that are not JSON (a count of the single pass, by the engine's JSON test),
 * and any counting request made conditional by {@code @When}: counted only on rows where the condition
 * holds, as the local scan feeds its accumulator only those rows.
 */
final class OrderAndConditionRequests {

    private static final String CONSTRAINTS = "spark.sql.constraintPropagation.enabled";

    private final ParsedValue value;
    private final ValueType type;
    private final Jobs jobs;
    private final ConditionColumns conditions;
    private final OrderJob order;
    private final Map<MetricRequest, Function<Row, Supplier<Object>>> results = new LinkedHashMap<>();

    OrderAndConditionRequests(ParsedValue value, ValueType type, Jobs jobs, ConditionColumns conditions,
            OrderJob order) {
        this.value = value;
        this.type = type;
        this.jobs = jobs;
        this.conditions = conditions;
        this.order = order;
    }

    /** Whether this class, rather than {@link ColumnRequests}, computes {@code request}. */
    static boolean handles(MetricRequest request) {
        return request instanceof MetricRequest.When || request instanceof MetricRequest.OutOfOrder
                || request instanceof MetricRequest.NotJson;
    }

    void add(MetricRequest request) {
        Column holds = lit(true);
        MetricRequest metric = request;
        if (request instanceof MetricRequest.When when) {
            holds = conditions.holds(when.condition());
            metric = when.metric();
        }
        Function<Row, Supplier<Object>> result = result(request, metric, holds);
        if (request instanceof MetricRequest.When) {
            results.put(request, scalars -> {
                conditions.failIfThrew(scalars);
                return result.apply(scalars);
            });
        } else {
            results.put(request, result);
        }
    }

    private Function<Row, Supplier<Object>> result(MetricRequest request, MetricRequest metric, Column holds) {
        if (metric instanceof MetricRequest.OutOfOrder ordered) {
            Column checks = value.isValue().and(isnan(value.number()).unary_$bang()).and(holds);
            Supplier<ViolationCount> counted = order.request(checks, value, ordered.increasing(), ordered.strict());
            return scalars -> counted::get;
        }
        if (metric instanceof MetricRequest.RepeatedValues repeated) {
            return repeats(repeated, holds);
        }
        Counting counting = metric instanceof MetricRequest.NotJson
                ? new Counting(value.isValue(), udf(new JsonValidity(), DataTypes.BooleanType).apply(value.raw())
                        .unary_$bang())
                : Counting.of(metric, value, type, jobs.settings());
        if (counting == null) {
            throw Unsupported.request(value.column(), request);
        }
        Column checks = counting.checks().and(holds);
        return jobs.violations(checks, checks.and(counting.violates()), value.raw());
    }

    /** Repeated values among the rows where the condition holds, as {@link ColumnRequests} counts them. */
    private Function<Row, Supplier<Object>> repeats(MetricRequest.RepeatedValues repeated, Column holds) {
        Column counted = value.isValue().and(holds);
        if (!repeated.includeNaN() && type.kind() == ValueKind.DECIMAL) {
            counted = counted.and(isnan(value.number()).unary_$bang());
        }
        Column key = when(counted, value.key());
        int question = jobs.repeats().add(key);
        int max = jobs.settings().maxExamples();
        return scalars -> () -> {
            Repeats.Counts counts = jobs.repeatCounts(question);
            return new ViolationCount(counts.values(), counts.inRepeats(), counts.inRepeats() == 0 ? List.of()
                    : jobs.rowExamples(withoutConstraints(() -> RepeatExamples.first(jobs.positions(), key,
                            value.raw(), true, max))), counts.details());
        };
    }

    /**
     * Runs {@code job} with Spark's constraint propagation off: the examples' self-join over a key holding a
     * condition (a function of every parsed column) otherwise keeps the optimizer busy for minutes deriving
     * constraints the plan does not need. The session's setting is restored afterwards.
     */
    private <T> T withoutConstraints(Supplier<T> job) {
        RuntimeConfig conf = jobs.positions().rows().sparkSession().conf();
        String before = conf.get(CONSTRAINTS, "true");
        conf.set(CONSTRAINTS, "false");
        try {
            return job.get();
        } finally {
            conf.set(CONSTRAINTS, before);
        }
    }

    /** Each request's result, to be read once every request of the scan had its turn. */
    Map<MetricRequest, Supplier<Object>> results(Row scalars) {
        Map<MetricRequest, Supplier<Object>> computed = new LinkedHashMap<>();
        results.forEach((request, result) -> computed.put(request, result.apply(scalars)));
        return computed;
    }
}
