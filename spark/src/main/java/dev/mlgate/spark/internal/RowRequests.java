package dev.mlgate.spark.internal;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.when;

import dev.mlgate.backend.ColumnDescription;
import dev.mlgate.backend.RowRequest;
import dev.mlgate.backend.ViolationCount;
import dev.mlgate.data.ValueKind;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;

/**
 * Requests over whole rows: compound keys and duplicate rows are questions of the uniqueness job; column
 * pairs and sums are counts of the single pass. Keys compare the fields as read (JSON arrays of them, so
 * no separator can make two keys equal); examples show the fields joined with {@code ", "}.
 */
final class RowRequests {

    private RowRequests() {
    }

    static Function<Row, Supplier<ViolationCount>> register(RowRequest request, Function<String, ParsedValue> values,
            List<String> header, Jobs jobs) {
        int max = jobs.settings().maxExamples();
        List<String> names = request.columns().isEmpty() ? header : request.columns();
        List<ParsedValue> read = names.stream().map(values).toList();
        Column[] raws = read.stream().map(ParsedValue::raw).toArray(Column[]::new);
        Column shown = concat_ws(", ", read.stream().map(value -> coalesce(value.raw(), lit("null"))).toArray(Column[]::new));
        if (request instanceof RowRequest.RepeatedKeys) {
            Column complete = read.stream().map(value -> value.raw().isNotNull()).reduce(Column::and).orElse(lit(true));
            Column key = when(complete, to_json(array(raws)));
            int question = jobs.repeats().add(key);
            return scalars -> () -> {
                Repeats.Counts counts = jobs.repeatCounts(question);
                return new ViolationCount(counts.values(), counts.inRepeats(), counts.inRepeats() == 0 ? List.of()
                        : jobs.rowExamples(RepeatExamples.first(jobs.positions(), key, shown, true, max)), counts.details());
            };
        }
        if (request instanceof RowRequest.DuplicateRows) {
            Column key = to_json(array(raws));
            int question = jobs.repeats().add(key);
            return scalars -> () -> {
                Repeats.Counts counts = jobs.repeatCounts(question);
                return new ViolationCount(scalars.getLong(0), counts.laterRepeats(), counts.laterRepeats() == 0
                        ? List.of() : jobs.rowExamples(RepeatExamples.first(jobs.positions(), key, shown, false, max)));
            };
        }
        Column checks = read.stream().map(ParsedValue::isValue).reduce(Column::and).orElse(lit(true));
        Column violates;
        if (request instanceof RowRequest.ColumnPairRows pair) {
            violates = holds(pair.op(), order(read.get(0), read.get(1), numeric(pair.left()) && numeric(pair.right()),
                    pair.tolerance())).unary_$bang();
        } else if (request instanceof RowRequest.ColumnsSum sum) {
            int parts = sum.parts().size();
            Column total = read.get(0).number();
            for (int i = 1; i < parts; i++) {
                total = total.plus(read.get(i).number());
            }
            Column expected = sum.total() != null ? read.get(parts).number() : lit(sum.value());
            violates = abs(total.minus(expected)).leq(sum.tolerance()).unary_$bang();
        } else {
            throw Unsupported.request(request);
        }
        int checked = jobs.pass().add(count(when(checks, true)));
        Column violating = checks.and(violates);
        int violations = jobs.pass().add(count(when(violating, true)));
        return scalars -> {
            long found = scalars.getLong(violations);
            long all = scalars.getLong(checked);
            Supplier<List<FoundExample>> examples = found == 0 ? List::of : jobs.exampleJob().request(violating, shown);
            return () -> new ViolationCount(all, found, jobs.rowExamples(examples.get()));
        };
    }

    private static boolean numeric(ColumnDescription column) {
        return column.kind() == ValueKind.INTEGER || column.kind() == ValueKind.DECIMAL;
    }

    /** -1, 0 or 1: numbers within the tolerance are equal; times compare by second, then nanosecond. */
    private static Column order(ParsedValue left, ParsedValue right, boolean numeric, double tolerance) {
        if (numeric) {
            Column difference = left.number().minus(right.number());
            return when(abs(difference).leq(tolerance), 0).when(difference.lt(0), -1).otherwise(1);
        }
        Column l = struct(left.number().as("n"), left.nanos().as("s"));
        Column r = struct(right.number().as("n"), right.nanos().as("s"));
        return when(l.lt(r), -1).when(l.gt(r), 1).otherwise(0);
    }

    private static Column holds(dev.mlgate.contract.ColumnPair.Op op, Column order) {
        return switch (op) {
            case GREATER -> order.gt(0);
            case GREATER_OR_EQUAL -> order.geq(0);
            case EQUAL -> order.equalTo(0);
            case LESS_OR_EQUAL -> order.leq(0);
            case LESS -> order.lt(0);
        };
    }
}
