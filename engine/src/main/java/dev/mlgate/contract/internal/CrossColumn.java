package dev.mlgate.contract.internal;

import static dev.mlgate.engine.internal.check.Declarations.problem;

import dev.mlgate.backend.RowRequest;
import dev.mlgate.contract.ColumnPair;
import dev.mlgate.contract.ColumnsSumTo;
import dev.mlgate.data.ValueKind;
import dev.mlgate.engine.internal.check.CheckSpec;
import dev.mlgate.engine.internal.check.DeclarationProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.TestSource;

/**
 * Row-wise constraints across columns, declared on the contract and counted in the single pass like
 * {@code @UniqueTogether}: a comparison of two columns ({@link ColumnPair}) and a sum of columns
 * ({@link ColumnsSumTo}).
 */
final class CrossColumn {

    private CrossColumn() {
    }

    static void plan(Class<?> type, List<ColumnSpec> columns, TestSource source, boolean blocking,
            List<ContractCheck> checks, List<DeclarationProblem> problems) {
        Map<String, ColumnSpec> byName = columns.stream()
                .collect(Collectors.toMap(ColumnSpec::name, Function.identity(), (a, b) -> a));
        for (ColumnPair pair : AnnotationSupport.findRepeatableAnnotations(type, ColumnPair.class)) {
            String name = pair.left() + " " + symbol(pair.op()) + " " + pair.right()
                    + (pair.tolerance() > 0 ? " (tolerance " + Messages.number(pair.tolerance()) + ")" : "");
            ColumnSpec left = byName.get(pair.left());
            ColumnSpec right = byName.get(pair.right());
            String where = type.getName() + ": @ColumnPair(" + name + ")";
            if (left == null || right == null) {
                problems.add(problem(where + " names a column the contract does not declare; the columns are "
                        + byName.keySet(), source));
                continue;
            }
            boolean numeric = isNumber(left) && isNumber(right);
            if (!numeric && !(left.kind() == right.kind() && isTime(left))) {
                problems.add(problem(where + " compares " + left.kind().description() + " with "
                        + right.kind().description() + "; compare two numbers, or two dates or times of one kind",
                        source));
                continue;
            }
            if (!tolerable(pair.mostly(), pair.allowedViolations()) || !(pair.tolerance() >= 0)) {
                problems.add(problem(where + " has an invalid tolerance; mostly lies in [0, 1], allowedViolations and"
                        + " tolerance are not negative", source));
                continue;
            }
            RowRequest metric = new RowRequest.ColumnPairRows(left.describe(), pair.op(), right.describe(),
                    pair.tolerance());
            add(checks, "columnPair(" + pair.left() + "," + pair.op() + "," + pair.right() + ")", name, source,
                    blocking, metric, "rows with both values", "fail " + name, pair.mostly(), pair.allowedViolations());
        }
        for (ColumnsSumTo sum : AnnotationSupport.findRepeatableAnnotations(type, ColumnsSumTo.class)) {
            List<String> parts = List.of(sum.columns());
            String target = sum.total().isBlank() ? Messages.number(sum.value()) : sum.total();
            String name = String.join(" + ", parts) + " = " + target;
            String where = type.getName() + ": @ColumnsSumTo(" + name + ")";
            List<String> named = new ArrayList<>(parts);
            if (!sum.total().isBlank()) {
                named.add(sum.total());
            }
            if (parts.size() < 2 || named.stream().anyMatch(column -> !byName.containsKey(column))) {
                problems.add(problem(where + " must add two or more declared columns (and name a declared total);"
                        + " the columns are " + byName.keySet(), source));
                continue;
            }
            if (named.stream().map(byName::get).anyMatch(spec -> !isNumber(spec))) {
                problems.add(problem(where + " adds a column that is not numeric; declare the columns as numbers",
                        source));
                continue;
            }
            if (!tolerable(sum.mostly(), sum.allowedViolations()) || !(sum.tolerance() >= 0)) {
                problems.add(problem(where + " has an invalid tolerance; mostly lies in [0, 1], allowedViolations and"
                        + " tolerance are not negative", source));
                continue;
            }
            boolean column = !sum.total().isBlank();
            RowRequest metric = new RowRequest.ColumnsSum(parts.stream().map(byName::get).map(ColumnSpec::describe)
                    .toList(), column ? byName.get(sum.total()).describe() : null, sum.value(), sum.tolerance());
            add(checks, "columnsSumTo(" + String.join("+", parts) + "=" + target + ")", name, source, blocking, metric,
                    "rows with every value", "do not add up: " + name, sum.mostly(), sum.allowedViolations());
        }
    }

    private static void add(List<ContractCheck> checks, String key, String name, TestSource source, boolean blocking,
            RowRequest metric, String population, String violation, double mostly, long allowed) {
        checks.add(new ContractCheck(new CheckSpec<ContractState>("constraint", key, name, source, Optional.empty(),
                Set.of(), blocking, false, new RowViolationCheck(metric, population, violation,
                        new Tolerance(mostly, allowed))), Needs.row(metric)));
    }

    private static String symbol(ColumnPair.Op op) {
        return switch (op) {
            case GREATER -> ">";
            case GREATER_OR_EQUAL -> ">=";
            case EQUAL -> "==";
            case LESS_OR_EQUAL -> "<=";
            case LESS -> "<";
        };
    }

    private static boolean tolerable(double mostly, long allowed) {
        return mostly >= 0 && mostly <= 1 && allowed >= 0;
    }

    private static boolean isNumber(ColumnSpec spec) {
        return spec.kind() == ValueKind.INTEGER || spec.kind() == ValueKind.DECIMAL;
    }

    private static boolean isTime(ColumnSpec spec) {
        return spec.kind() == ValueKind.DATE || spec.kind() == ValueKind.DATE_TIME || spec.kind() == ValueKind.INSTANT;
    }
}
