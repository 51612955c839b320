package dev.mlgate.contract.internal;

import static dev.mlgate.engine.internal.check.Declarations.problem;

import dev.mlgate.contract.Check;
import dev.mlgate.contract.DataContract;
import dev.mlgate.engine.internal.check.CheckSpec;
import dev.mlgate.engine.internal.check.Declarations;
import dev.mlgate.engine.internal.check.DeclarationProblem;
import dev.mlgate.engine.internal.check.Evidence;
import dev.mlgate.engine.internal.check.Verdict;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.engine.TestSource;
import tech.tablesaw.api.Table;

/**
 * {@code @Check} methods of a contract: static, {@code void}, taking the dataset {@link Table} and,
 * when the contract names a reference, optionally the reference {@link Table}. An
 * {@link AssertionError} they throw fails the rule with its message (and its expected/actual).
 */
final class CustomRules {

    private CustomRules() {
    }

    static List<ContractCheck> plan(Class<?> type, DataContract contract, List<DeclarationProblem> problems) {
        List<ContractCheck> checks = new ArrayList<>();
        List<Method> methods = AnnotationSupport.findAnnotatedMethods(type, Check.class, HierarchyTraversalMode.TOP_DOWN)
                .stream().sorted(Comparator.comparing(Method::getName)).toList();
        for (Method method : methods) {
            TestSource source = Declarations.source(type, method);
            String where = type.getName() + "." + method.getName() + "()";
            Class<?>[] parameters = method.getParameterTypes();
            boolean hasReference = !contract.reference().isBlank();
            boolean valid = Modifier.isStatic(method.getModifiers()) && method.getReturnType() == void.class
                    && (parameters.length == 1 || (parameters.length == 2 && hasReference))
                    && List.of(parameters).stream().allMatch(Table.class::equals);
            if (!valid) {
                problems.add(problem(where + ": a @Check method must be static, return void and take a tablesaw Table"
                        + (hasReference ? " (and optionally the reference Table)" : "")
                        + "; it is declared " + method.toGenericString(), source));
                continue;
            }
            method.setAccessible(true);
            CheckSpec<ContractState> spec = new CheckSpec<>("check", method.getName(), method.getName() + "()",
                    source, Optional.of(method), Declarations.tags(method, where, source, problems),
                    Declarations.blocking(method, type), false, state -> run(method, state));
            checks.add(new ContractCheck(spec, Needs.table()));
        }
        return checks;
    }

    private static Verdict run(Method method, ContractState state) throws Exception {
        if (method.getParameterCount() == 2 && state.referenceError() != null) {
            throw new IllegalStateException(method.getName() + "() needs the reference table, but "
                    + state.referenceError());
        }
        Object[] arguments = method.getParameterCount() == 1
                ? new Object[] {state.table().orElseThrow()}
                : new Object[] {state.table().orElseThrow(), state.reference().orElseThrow()};
        String rule = method.getName() + "() on " + state.file().getFileName();
        try {
            method.invoke(null, arguments);
            return Verdict.passed(rule + " holds", Evidence.of("custom rule", Double.NaN, "holds"));
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof AssertionError assertion) {
                String message = assertion.getMessage() == null ? rule + " failed" : assertion.getMessage();
                Evidence evidence = Evidence.of("custom rule", Double.NaN, "holds");
                if (assertion instanceof org.opentest4j.AssertionFailedError failed && failed.isExpectedDefined()) {
                    return Verdict.failed(message, String.valueOf(failed.getExpected().getValue()),
                            String.valueOf(failed.getActual().getValue()), evidence);
                }
                return Verdict.failed(message, "holds", "violated", evidence);
            }
            if (e.getCause() instanceof Exception exception) {
                throw exception;
            }
            throw e;
        }
    }
}
