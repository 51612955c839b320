package dev.mlgate.contract.internal;

import static dev.mlgate.engine.internal.check.Declarations.problem;

import dev.mlgate.contract.Check;
import dev.mlgate.contract.CheckContext;
import dev.mlgate.contract.DataContract;
import dev.mlgate.engine.internal.check.CheckSpec;
import dev.mlgate.engine.internal.check.DeclarationProblem;
import dev.mlgate.engine.internal.check.Declarations;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.engine.TestSource;
import tech.tablesaw.api.Table;

/**
 * {@code @Check} methods of a contract: static, {@code void}, taking the dataset {@link Table}, then,
 * when the contract names a reference, optionally the reference {@link Table}, and optionally a
 * {@link CheckContext} last. Each needs a table of the columns it names (every column when it names
 * none). An {@link AssertionError} they throw fails the rule with its message (and its expected/actual).
 */
final class CustomRules {

    private CustomRules() {
    }

    static List<ContractCheck> plan(Class<?> type, DataContract contract, List<ColumnSpec> columns,
            List<DeclarationProblem> problems) {
        List<ContractCheck> checks = new ArrayList<>();
        List<Method> methods = AnnotationSupport.findAnnotatedMethods(type, Check.class, HierarchyTraversalMode.TOP_DOWN)
                .stream().sorted(Comparator.comparing(Method::getName)).toList();
        for (Method method : methods) {
            TestSource source = Declarations.source(type, method);
            String where = type.getName() + "." + method.getName() + "()";
            boolean hasReference = !contract.reference().isBlank();
            if (!Modifier.isStatic(method.getModifiers()) || method.getReturnType() != void.class
                    || !takesTables(method.getParameterTypes(), hasReference)) {
                problems.add(problem(where + ": a @Check method must be static, return void and take a tablesaw Table"
                        + (hasReference ? " (then optionally the reference Table)" : "")
                        + " and optionally a CheckContext last; it is declared " + method.toGenericString(), source));
                continue;
            }
            List<String> read = List.of(method.getAnnotation(Check.class).columns());
            List<String> declared = columns.stream().map(ColumnSpec::name).toList();
            List<String> unknown = read.stream().filter(name -> !declared.contains(name)).distinct().toList();
            if (!unknown.isEmpty()) {
                problems.add(problem(where + ": @Check(columns) names " + quoted(unknown) + ", which the contract does"
                        + " not declare; it declares " + quoted(declared), source));
                continue;
            }
            method.setAccessible(true);
            CheckSpec<ContractState> spec = new CheckSpec<>("check", method.getName(), method.getName() + "()",
                    source, Optional.of(method), Declarations.tags(method, where, source, problems),
                    Declarations.blocking(method, type), false, state -> CustomRuleRun.run(method, state));
            checks.add(new ContractCheck(spec, Needs.table(read.stream().distinct().toList(),
                    type.getName() + "#" + method.getName())));
        }
        return checks;
    }

    /** {@code (Table[, Table reference][, CheckContext])}: the reference only when the contract names one. */
    private static boolean takesTables(Class<?>[] parameters, boolean hasReference) {
        int tables = parameters.length > 0 && parameters[parameters.length - 1] == CheckContext.class
                ? parameters.length - 1 : parameters.length;
        return (tables == 1 || (tables == 2 && hasReference))
                && List.of(parameters).subList(0, tables).stream().allMatch(Table.class::equals);
    }

    private static String quoted(List<String> names) {
        return names.stream().map(name -> "'" + name + "'").collect(Collectors.joining(", "));
    }
}
