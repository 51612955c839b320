package dev.mlgate.contract.internal;

import static dev.mlgate.engine.internal.check.Declarations.problem;

import dev.mlgate.contract.DataContract;
import dev.mlgate.contract.RowCount;
import dev.mlgate.engine.internal.check.CheckSpec;
import dev.mlgate.engine.internal.check.Declarations;
import dev.mlgate.engine.internal.check.DeclarationProblem;
import dev.mlgate.engine.internal.check.Evidence;
import dev.mlgate.engine.internal.check.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.TestSource;

/** Checks of the whole dataset: the schema's columns are present (and no others, if so declared), row count. */
final class TableConstraints {

    private TableConstraints() {
    }

    static List<ContractCheck> plan(Class<?> type, DataContract contract, List<ColumnSpec> columns,
            List<DeclarationProblem> problems) {
        TestSource source = Declarations.source(type);
        Set<String> tags = Set.of();
        boolean blocking = Declarations.blocking(type, type);
        List<ContractCheck> checks = new ArrayList<>();
        List<String> declared = columns.stream().map(ColumnSpec::name).toList();
        String schemaName = contract.allowExtraColumns() ? "schema: declared columns present"
                : "schema: exactly the declared columns";
        checks.add(new ContractCheck(new CheckSpec<ContractState>("constraint", "schema", schemaName, source,
                Optional.empty(), tags, blocking, false,
                state -> schema(state, declared, contract.allowExtraColumns())), Map.of(), false));
        AnnotationSupport.findAnnotation(type, RowCount.class).ifPresent(rowCount -> {
            if (rowCount.min() < 0 || rowCount.min() > rowCount.max()) {
                problems.add(problem(type.getName() + ": @RowCount(min = " + rowCount.min() + ", max = "
                        + rowCount.max() + ") admits no row count; 0 <= min <= max", source));
                return;
            }
            String bounds = rowCount.max() == Long.MAX_VALUE ? "at least " + Messages.count(rowCount.min())
                    : "between " + Messages.count(rowCount.min()) + " and " + Messages.count(rowCount.max());
            checks.add(new ContractCheck(new CheckSpec<ContractState>("constraint", "rowCount", "row count " + bounds,
                    source, Optional.empty(), tags, blocking, false, state -> {
                        Evidence evidence = Evidence.of("row count", state.rows(), bounds);
                        String message = state.file().getFileName() + " has " + Messages.count(state.rows())
                                + " data rows; expected " + bounds;
                        return state.rows() >= rowCount.min() && state.rows() <= rowCount.max()
                                ? Verdict.passed(message, evidence)
                                : Verdict.failed(message, bounds, Messages.count(state.rows()), evidence);
                    }), Map.of(), false));
        });
        return checks;
    }

    private static Verdict schema(ContractState state, List<String> declared, boolean allowExtra) {
        List<String> missing = declared.stream().filter(column -> !state.hasColumn(column)).toList();
        List<String> extra = allowExtra ? List.of()
                : state.header().stream().filter(column -> !declared.contains(column)).toList();
        String expected = String.join(", ", declared);
        Evidence evidence = Evidence.of("schema", Double.NaN, expected)
                .withDetails(Map.of("missing", missing, "unexpected", extra));
        if (missing.isEmpty() && extra.isEmpty()) {
            return Verdict.passed(state.file().getFileName() + " has every declared column", evidence);
        }
        List<String> parts = new ArrayList<>();
        if (!missing.isEmpty()) {
            parts.add("missing " + String.join(", ", missing));
        }
        if (!extra.isEmpty()) {
            parts.add("not declared " + String.join(", ", extra));
        }
        return Verdict.failed(state.file().getFileName() + " does not match the schema: " + String.join("; ", parts)
                + "; " + state.describeColumns(), expected, String.join(", ", state.header()), evidence);
    }
}
