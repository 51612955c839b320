package dev.mlgate.contract.internal;

import static dev.mlgate.engine.internal.check.Declarations.problem;

import dev.mlgate.backend.MetricRequest;
import dev.mlgate.backend.RowPredicate;
import dev.mlgate.contract.When;
import dev.mlgate.engine.internal.check.CheckSpec;
import dev.mlgate.engine.internal.check.DeclarationProblem;
import dev.mlgate.engine.internal.check.Declarations;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.TestSource;

/**
 * Conditional constraints ({@link When}): a component's value constraints, as {@link ColumnConstraints}
 * planned them, are rewritten to count only rows where the condition method holds, with the condition in
 * their display name and message. Type, not-null and enum checks stay unconditional, as do statistics.
 */
final class Conditions {

    private Conditions() {
    }

    /** {@code planned} (the checks of {@code column}), with its value constraints made conditional if it has {@code @When}. */
    static List<ContractCheck> apply(Class<?> type, ColumnSpec column, List<ColumnSpec> columns,
            List<ContractCheck> planned, List<DeclarationProblem> problems) {
        Optional<When> when = AnnotationSupport.findAnnotation(column.annotations(), When.class);
        if (when.isEmpty()) {
            return planned;
        }
        TestSource source = column.accessor().map(accessor -> Declarations.source(type, accessor))
                .orElse(Declarations.source(type));
        Optional<RowRuleMetric> condition = when.get().column().isBlank()
                ? condition(type, column, columns, when.get().value(), source, problems)
                : declared(type, column, columns, when.get(), source, problems);
        if (condition.isEmpty()) {
            return List.of();
        }
        List<ContractCheck> checks = new ArrayList<>();
        for (ContractCheck check : planned) {
            checks.add(check.spec().check() instanceof ViolationCheck violations && applies(column, violations.metric())
                    ? conditional(check.spec(), violations, condition.get()) : check);
        }
        return checks;
    }

    private static boolean applies(ColumnSpec column, MetricRequest metric) {
        return !(metric instanceof MetricRequest.UnreadableValues) && !(metric instanceof MetricRequest.NullCount)
                && !metric.equals(new MetricRequest.NotInSet(column.allowedValues()));
    }

    private static ContractCheck conditional(CheckSpec<ContractState> spec, ViolationCheck check,
            RowRuleMetric condition) {
        MetricRequest metric = new MetricRequest.When(check.metric(), condition.predicate());
        ViolationCheck counted = new ViolationCheck(check.column(), metric, check.population() + " in rows where "
                + condition.name() + " holds", check.violation(), check.tolerance());
        CheckSpec<ContractState> rewritten = new CheckSpec<>(spec.segmentType(), spec.segmentValue(),
                spec.displayName() + " when " + condition.name(), spec.source(), spec.member(), spec.tags(),
                spec.blocking(), spec.breaksDown(), new ConditionalCheck(counted, condition));
        return new ContractCheck(rewritten, Needs.column(check.column(), metric));
    }

    /** A declarative condition: the value of a declared column, as text, is one of the listed values. */
    private static Optional<RowRuleMetric> declared(Class<?> type, ColumnSpec column, List<ColumnSpec> columns,
            When when, TestSource source, List<DeclarationProblem> problems) {
        String name = when.column() + " in " + Arrays.toString(when.in());
        String where = type.getName() + "." + column.javaName() + ": @When(column = \"" + when.column() + "\")";
        Optional<ColumnSpec> condition = columns.stream().filter(spec -> spec.name().equals(when.column())).findFirst();
        if (!when.value().isBlank() || when.in().length == 0 || condition.isEmpty()
                || condition.get().accessor().isEmpty()) {
            problems.add(problem(where + " needs a declared column and the values it may hold (in = {...}), and no"
                    + " condition method beside them; the columns are " + columns.stream().map(ColumnSpec::name)
                    .toList(), source));
            return Optional.empty();
        }
        if (!type.isRecord() || columns.size() != type.getRecordComponents().length) {
            problems.add(problem(where + " needs the contract to be a record mlgate can build per row", source));
            return Optional.empty();
        }
        try {
            RowPredicate predicate = new RowPredicate.ColumnIn(type, when.column(), Arrays.asList(when.in()));
            return Optional.of(RowRuleMetric.resolve(predicate, RecordBuilder.of(type, columns)));
        } catch (ReflectiveOperationException | RuntimeException e) {
            problems.add(problem(where + ": mlgate cannot read the column: " + e, source));
            return Optional.empty();
        }
    }

    private static Optional<RowRuleMetric> condition(Class<?> type, ColumnSpec column, List<ColumnSpec> columns,
            String name, TestSource source, List<DeclarationProblem> problems) {
        String where = type.getName() + "." + column.javaName() + ": @When(\"" + name + "\")";
        if (!type.isRecord()) {
            problems.add(problem(where + " needs the contract to be a record, whose instance the condition receives"
                    + " per row; declare " + type.getSimpleName() + " as a record", source));
            return Optional.empty();
        }
        List<Method> candidates = Arrays.stream(type.getDeclaredMethods()).filter(method -> method.getName().equals(name)
                && Modifier.isStatic(method.getModifiers()) && method.getReturnType() == boolean.class
                && Arrays.equals(method.getParameterTypes(), new Class<?>[] {type})).toList();
        if (candidates.isEmpty()) {
            problems.add(problem(where + " names no condition; declare static boolean " + name + "("
                    + type.getSimpleName() + " row) in " + type.getSimpleName(), source));
            return Optional.empty();
        }
        if (columns.size() != type.getRecordComponents().length) {
            return Optional.empty(); // a component mlgate cannot read is already a problem
        }
        try {
            return Optional.of(RowRuleMetric.of(candidates.get(0), RecordBuilder.of(type, columns),
                    new RowPredicate.UserMethod(type, name)));
        } catch (ReflectiveOperationException | RuntimeException e) {
            problems.add(problem(where + ": mlgate cannot call the condition: " + e, source));
            return Optional.empty();
        }
    }
}
