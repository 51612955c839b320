package dev.mlgate.contract.internal;

import static dev.mlgate.engine.internal.check.Declarations.problem;

import dev.mlgate.contract.Between;
import dev.mlgate.contract.Unique;
import dev.mlgate.data.ValueKind;
import dev.mlgate.engine.internal.check.Check;
import dev.mlgate.engine.internal.check.CheckSpec;
import dev.mlgate.engine.internal.check.Declarations;
import dev.mlgate.engine.internal.check.DeclarationProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.TestSource;

/** Turns a column's type, nullability and constraint annotations into checks. */
final class ColumnConstraints {

    private final Class<?> type;
    private final ColumnSpec column;
    private final List<DeclarationProblem> problems;
    private final TestSource source;
    private final Set<String> tags;
    private final boolean blocking;
    private final List<ContractCheck> checks = new ArrayList<>();

    private ColumnConstraints(Class<?> type, ColumnSpec column, List<DeclarationProblem> problems) {
        this.type = type;
        this.column = column;
        this.problems = problems;
        this.source = column.accessor().map(accessor -> Declarations.source(type, accessor))
                .orElse(Declarations.source(type));
        this.tags = Declarations.tags(column.annotations(), where(), source, problems);
        this.blocking = Declarations.blocking(column.annotations(), type);
    }

    static List<ContractCheck> plan(Class<?> type, ColumnSpec column, List<DeclarationProblem> problems) {
        ColumnConstraints constraints = new ColumnConstraints(type, column, problems);
        constraints.planAll();
        return constraints.checks;
    }

    private void planAll() {
        if (column.kind() != ValueKind.STRING) {
            add("type", "type " + column.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    new ColumnMetric.UnreadableValues(), "non-null values",
                    "cannot be read as " + column.kind().description(), Tolerance.STRICT);
        }
        if (!column.nullable()) {
            add("notNull", "not null", new ColumnMetric.NullCount(), "rows", "are null", Tolerance.STRICT);
        }
        AnnotationSupport.findAnnotation(column.annotations(), Unique.class).ifPresent(unique ->
                tolerance("@Unique", unique.mostly(), unique.allowedViolations()).ifPresent(tolerance ->
                        add("unique", "unique", new ColumnMetric.RepeatedValues(), "non-null values",
                                "repeat a value of an earlier row", tolerance)));
        AnnotationSupport.findAnnotation(column.annotations(), Between.class).ifPresent(this::between);
    }

    private void between(Between between) {
        if (column.kind() != ValueKind.INTEGER && column.kind() != ValueKind.DECIMAL) {
            problems.add(problem(where() + ": @Between needs a numeric column, but '" + column.name() + "' is "
                    + column.kind().description(), source));
            return;
        }
        if (between.min() > between.max() || Double.isNaN(between.min()) || Double.isNaN(between.max())) {
            problems.add(problem(where() + ": @Between(min = " + between.min() + ", max = " + between.max()
                    + ") admits no value; min must not exceed max", source));
            return;
        }
        ColumnMetric.OutOfRange range = new ColumnMetric.OutOfRange(between.min(), between.max(),
                between.minExclusive(), between.maxExclusive());
        String bounds = describe(range);
        tolerance("@Between", between.mostly(), between.allowedViolations()).ifPresent(tolerance ->
                add("between", bounds, range, "non-null values", "are not " + bounds, tolerance));
    }

    static String describe(ColumnMetric.OutOfRange range) {
        boolean hasMin = range.min() != Double.NEGATIVE_INFINITY;
        boolean hasMax = range.max() != Double.POSITIVE_INFINITY;
        String min = (range.minExclusive() ? "> " : ">= ") + Messages.number(range.min());
        String max = (range.maxExclusive() ? "< " : "<= ") + Messages.number(range.max());
        if (hasMin && hasMax) {
            return "between " + Messages.number(range.min()) + " and " + Messages.number(range.max())
                    + boundsNote(range);
        }
        return hasMin ? min : hasMax ? max : "a number";
    }

    private static String boundsNote(ColumnMetric.OutOfRange range) {
        if (!range.minExclusive() && !range.maxExclusive()) {
            return "";
        }
        if (range.minExclusive() && range.maxExclusive()) {
            return " (exclusive)";
        }
        return range.minExclusive() ? " (min exclusive)" : " (max exclusive)";
    }

    private java.util.Optional<Tolerance> tolerance(String annotation, double mostly, long allowed) {
        if (!(mostly >= 0 && mostly <= 1) || allowed < 0) {
            problems.add(problem(where() + ": " + annotation + "(mostly = " + mostly + ", allowedViolations = "
                    + allowed + ") is invalid; mostly lies in [0, 1] and allowedViolations is not negative", source));
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Tolerance(mostly, allowed));
    }

    private void add(String key, String description, ColumnMetric metric, String population, String violation,
            Tolerance tolerance) {
        Check<ContractState> check = new ViolationCheck(column.name(), metric, population, violation, tolerance);
        CheckSpec<ContractState> spec = new CheckSpec<>("constraint", column.name() + "." + key,
                column.name() + ": " + description, source, column.accessor(), tags, blocking, false, check);
        checks.add(new ContractCheck(spec, Map.of(column.name(), Set.of(metric)), false));
    }

    private String where() {
        return type.getName() + "." + column.javaName();
    }
}
