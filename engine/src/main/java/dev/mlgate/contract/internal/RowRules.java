package dev.mlgate.contract.internal;

import static dev.mlgate.engine.internal.check.Declarations.problem;

import dev.mlgate.backend.RowPredicate;
import dev.mlgate.contract.RowRule;
import dev.mlgate.engine.internal.check.CheckSpec;
import dev.mlgate.engine.internal.check.DeclarationProblem;
import dev.mlgate.engine.internal.check.Declarations;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.engine.TestSource;

/**
 * {@code @RowRule} methods of a contract record: static, returning {@code boolean}, taking the record
 * itself. Each becomes the check {@code [rule:<method>]}, evaluated in the single pass on a record built
 * per row. A wrong declaration is a problem naming the method and the fix.
 */
final class RowRules {

    private RowRules() {
    }

    static List<ContractCheck> plan(Class<?> type, List<ColumnSpec> columns, List<DeclarationProblem> problems) {
        List<Method> methods = AnnotationSupport.findAnnotatedMethods(type, RowRule.class, HierarchyTraversalMode.TOP_DOWN)
                .stream().sorted(Comparator.comparing(Method::getName)).toList();
        List<ContractCheck> checks = new ArrayList<>();
        if (methods.isEmpty()) {
            return checks;
        }
        if (!type.isRecord()) {
            methods.forEach(method -> problems.add(problem(where(type, method) + ": a @RowRule receives each row as"
                    + " the contract record, but " + type.getSimpleName() + " is not a record; declare it as a record",
                    Declarations.source(type, method))));
            return checks;
        }
        if (columns.size() != type.getRecordComponents().length) {
            return checks; // a component mlgate cannot read is already a problem; no record could be built
        }
        RecordBuilder builder;
        try {
            builder = RecordBuilder.of(type, columns);
        } catch (ReflectiveOperationException | RuntimeException e) {
            problems.add(problem(type.getName() + ": the row rules cannot call the canonical constructor of "
                    + type.getSimpleName() + ": " + e + "; make the record accessible to mlgate",
                    Declarations.source(type)));
            return checks;
        }
        for (Method method : methods) {
            plan(type, method, builder, problems).ifPresent(checks::add);
        }
        return checks;
    }

    private static Optional<ContractCheck> plan(Class<?> type, Method method, RecordBuilder builder,
            List<DeclarationProblem> problems) {
        TestSource source = Declarations.source(type, method);
        String where = where(type, method);
        if (!Modifier.isStatic(method.getModifiers()) || method.getReturnType() != boolean.class
                || method.getParameterCount() != 1 || method.getParameterTypes()[0] != type) {
            problems.add(problem(where + ": a @RowRule method must be static, return boolean and take the row as a "
                    + type.getSimpleName() + ", e.g. static boolean " + method.getName() + "(" + type.getSimpleName()
                    + " row); it is declared " + method.toGenericString(), source));
            return Optional.empty();
        }
        RowRule annotation = method.getAnnotation(RowRule.class);
        if (!(annotation.mostly() >= 0 && annotation.mostly() <= 1) || annotation.allowedViolations() < 0) {
            problems.add(problem(where + ": @RowRule(mostly = " + annotation.mostly() + ", allowedViolations = "
                    + annotation.allowedViolations() + ") is invalid; mostly lies in [0, 1] and allowedViolations is"
                    + " not negative", source));
            return Optional.empty();
        }
        RowRuleMetric metric;
        try {
            metric = RowRuleMetric.of(method, builder, new RowPredicate.UserMethod(type, method.getName()));
        } catch (IllegalAccessException | RuntimeException e) {
            problems.add(problem(where + ": mlgate cannot call the row rule: " + e, source));
            return Optional.empty();
        }
        CheckSpec<ContractState> spec = new CheckSpec<>("rule", method.getName(), method.getName() + ": row rule",
                source, Optional.of(method), Declarations.tags(method, where, source, problems),
                Declarations.blocking(method, type), false,
                new RowRuleCheck(metric, new Tolerance(annotation.mostly(), annotation.allowedViolations())));
        return Optional.of(new ContractCheck(spec, Needs.rule(metric.predicate())));
    }

    private static String where(Class<?> type, Method method) {
        return type.getName() + "." + method.getName() + "()";
    }
}
