package dev.mlgate.contract.internal;

import static dev.mlgate.engine.internal.check.Declarations.problem;

import dev.mlgate.contract.ColumnAt;
import dev.mlgate.contract.ColumnCount;
import dev.mlgate.contract.ColumnsInOrder;
import dev.mlgate.engine.internal.check.CheckSpec;
import dev.mlgate.engine.internal.check.DeclarationProblem;
import dev.mlgate.engine.internal.check.Evidence;
import dev.mlgate.engine.internal.check.Verdict;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.TestSource;

/**
 * The header's shape, judged from the header alone (no scan needed): the number of columns
 * ({@link ColumnCount}), the declared columns in declared order ({@link ColumnsInOrder}) and columns at
 * given positions ({@link ColumnAt}).
 */
final class SchemaShape {

    private SchemaShape() {
    }

    static void plan(Class<?> type, List<String> declared, TestSource source, boolean blocking,
            List<ContractCheck> checks, List<DeclarationProblem> problems) {
        AnnotationSupport.findAnnotation(type, ColumnCount.class).ifPresent(count -> {
            if (count.min() < 0 || count.min() > count.max()) {
                problems.add(problem(type.getName() + ": @ColumnCount(min = " + count.min() + ", max = " + count.max()
                        + ") admits no column count; 0 <= min <= max", source));
                return;
            }
            String bounds = count.min() == count.max() ? "exactly " + count.min()
                    : count.max() == Integer.MAX_VALUE ? "at least " + count.min()
                    : count.min() == 0 ? "at most " + count.max()
                    : "between " + count.min() + " and " + count.max();
            checks.add(check("columnCount", "column count " + bounds, source, blocking, state -> {
                int columns = state.header().size();
                String message = state.file().getFileName() + " has " + columns + " columns; expected " + bounds;
                Evidence evidence = Evidence.of("column count", columns, bounds);
                return columns >= count.min() && columns <= count.max() ? Verdict.passed(message, evidence)
                        : Verdict.failed(message + "; " + state.describeColumns(), bounds, String.valueOf(columns),
                                evidence);
            }));
        });
        if (AnnotationSupport.isAnnotated(type, ColumnsInOrder.class)) {
            String expected = String.join(", ", declared);
            checks.add(check("columnsInOrder", "columns in declared order", source, blocking, state -> {
                Evidence evidence = Evidence.of("columns", Double.NaN, expected);
                if (state.header().equals(declared)) {
                    return Verdict.passed(state.file().getFileName() + " has the declared columns in order", evidence);
                }
                return Verdict.failed(state.file().getFileName() + " does not hold the declared columns in their order ("
                        + expected + "); " + state.describeColumns(), expected, String.join(", ", state.header()),
                        evidence);
            }));
        }
        for (ColumnAt at : AnnotationSupport.findRepeatableAnnotations(type, ColumnAt.class)) {
            if (at.position() < 1 || at.name().isBlank()) {
                problems.add(problem(type.getName() + ": @ColumnAt(position = " + at.position() + ", name = \""
                        + at.name() + "\") needs a position from 1 and a column name", source));
                continue;
            }
            String expected = "'" + at.name() + "' at position " + at.position();
            checks.add(check("columnAt" + at.position(), "column " + expected, source, blocking, state -> {
                List<String> header = state.header();
                String found = at.position() <= header.size() ? header.get(at.position() - 1) : null;
                Evidence evidence = Evidence.of("column at position", Double.NaN, at.name());
                if (at.name().equals(found)) {
                    return Verdict.passed(state.file().getFileName() + " has " + expected, evidence);
                }
                String actual = found == null ? "no column at position " + at.position()
                        : "'" + found + "' at position " + at.position();
                return Verdict.failed(state.file().getFileName() + " has " + actual + "; expected " + expected + "; "
                        + state.describeColumns(), at.name(), found == null ? "none" : found, evidence);
            }));
        }
    }

    private static ContractCheck check(String key, String name, TestSource source, boolean blocking,
            dev.mlgate.engine.internal.check.Check<ContractState> check) {
        return new ContractCheck(new CheckSpec<>("constraint", key, name, source, Optional.empty(), Set.of(), blocking,
                false, check), Needs.none());
    }
}
