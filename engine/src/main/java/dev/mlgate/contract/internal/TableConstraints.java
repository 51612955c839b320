package dev.mlgate.contract.internal;

import static dev.mlgate.engine.internal.check.Declarations.problem;

import dev.mlgate.backend.RowRequest;
import dev.mlgate.contract.DataContract;
import dev.mlgate.contract.NoDrift;
import dev.mlgate.contract.NoDuplicateRows;
import dev.mlgate.contract.RowCount;
import dev.mlgate.contract.UniqueTogether;
import dev.mlgate.data.internal.ColumnNames;
import dev.mlgate.engine.internal.check.CheckSpec;
import dev.mlgate.engine.internal.check.DeclarationProblem;
import dev.mlgate.engine.internal.check.Declarations;
import dev.mlgate.engine.internal.check.Evidence;
import dev.mlgate.engine.internal.check.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.TestSource;

/**
 * Checks of the whole dataset: the schema's columns are present (and no others, if so declared), row
 * count, compound keys, duplicate rows, and drift of every column with the dataset-level drift gate.
 */
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
                state -> schema(state, declared, contract.allowExtraColumns())), Needs.none()));
        AnnotationSupport.findAnnotation(type, RowCount.class).ifPresent(rowCount -> {
            ConfiguredBounds declaredBounds = new ConfiguredBounds(rowCount.min(),
                    rowCount.max() == Long.MAX_VALUE ? Double.POSITIVE_INFINITY : rowCount.max(), rowCount.minFrom(),
                    rowCount.maxFrom());
            if (rowCount.min() < 0 || !declaredBounds.configured() && rowCount.min() > rowCount.max()) {
                problems.add(problem(type.getName() + ": @RowCount(min = " + rowCount.min() + ", max = "
                        + rowCount.max() + ") admits no row count; 0 <= min <= max", source));
                return;
            }
            checks.add(new ContractCheck(new CheckSpec<ContractState>("constraint", "rowCount",
                    "row count " + rowCountBounds(declaredBounds), source, Optional.empty(), tags, blocking, false,
                    state -> rowCount(state, declaredBounds)), Needs.none()));
        });
        SchemaShape.plan(type, declared, source, blocking, checks, problems);
        CrossColumn.plan(type, columns, source, blocking, checks, problems);
        for (UniqueTogether key : AnnotationSupport.findRepeatableAnnotations(type, UniqueTogether.class)) {
            uniqueTogether(type, key, declared, source, blocking, problems).ifPresent(checks::add);
        }
        AnnotationSupport.findAnnotation(type, NoDuplicateRows.class).ifPresent(duplicates -> {
            if (duplicates.allowedViolations() < 0) {
                problems.add(problem(type.getName() + ": @NoDuplicateRows(allowedViolations = "
                        + duplicates.allowedViolations() + ") must not be negative", source));
                return;
            }
            RowRequest metric = new RowRequest.DuplicateRows();
            checks.add(new ContractCheck(new CheckSpec<ContractState>("constraint", "noDuplicateRows",
                    "no duplicate rows", source, Optional.empty(), tags, blocking, false,
                    new RowViolationCheck(metric, "rows", "repeat an earlier row in every field",
                            new Tolerance(1.0, duplicates.allowedViolations()))), Needs.row(metric)));
        });
        AnnotationSupport.findAnnotation(type, NoDrift.class).ifPresent(drift ->
                checks.addAll(drift(type, contract, drift, columns, source, blocking, problems)));
        return checks;
    }

    private static Verdict rowCount(ContractState state, ConfiguredBounds declared) {
        ConfiguredBounds bounds;
        try {
            bounds = declared.resolve(state.parameters());
        } catch (ConfiguredBounds.UnresolvedBound e) {
            return Verdict.failed(state.file().getFileName() + ": the row count cannot be judged: " + e.getMessage(),
                    rowCountBounds(declared), "unresolved", Evidence.of("row count", Double.NaN, rowCountBounds(declared)));
        }
        String expected = rowCountBounds(bounds);
        Evidence evidence = Evidence.of("row count", state.rows(), expected);
        String message = state.file().getFileName() + " has " + Messages.count(state.rows()) + " data rows; expected "
                + expected;
        return state.rows() >= bounds.min() && state.rows() <= bounds.max()
                ? Verdict.passed(message, evidence)
                : Verdict.failed(message, expected, Messages.count(state.rows()), evidence);
    }

    /** {@code at least 10,000} or {@code between 10 and 20}, with a parameter shown as {@code ${key}}. */
    private static String rowCountBounds(ConfiguredBounds bounds) {
        String min = bounds.minFrom().isBlank() ? Messages.count((long) bounds.min()) : "${" + bounds.minFrom() + "}";
        if (bounds.maxFrom().isBlank() && bounds.max() == Double.POSITIVE_INFINITY) {
            return "at least " + min;
        }
        String max = bounds.maxFrom().isBlank() ? Messages.count((long) bounds.max()) : "${" + bounds.maxFrom() + "}";
        return "between " + min + " and " + max;
    }

    private static Optional<ContractCheck> uniqueTogether(Class<?> type, UniqueTogether key, List<String> declared,
            TestSource source, boolean blocking, List<DeclarationProblem> problems) {
        List<String> columns = List.of(key.value());
        String name = String.join(", ", columns);
        if (columns.size() < 2 || columns.stream().anyMatch(column -> !declared.contains(column))) {
            problems.add(problem(type.getName() + ": @UniqueTogether({" + name + "}) must name at least two of the"
                    + " declared columns " + declared, source));
            return Optional.empty();
        }
        if (!(key.mostly() >= 0 && key.mostly() <= 1) || key.allowedViolations() < 0) {
            problems.add(problem(type.getName() + ": @UniqueTogether({" + name + "}) has an invalid tolerance; mostly"
                    + " lies in [0, 1] and allowedViolations is not negative", source));
            return Optional.empty();
        }
        RowRequest metric = new RowRequest.RepeatedKeys(columns);
        return Optional.of(new ContractCheck(new CheckSpec<ContractState>("constraint",
                "uniqueTogether(" + String.join("+", columns) + ")", "unique together: " + name, source,
                Optional.empty(), Set.of(), blocking, false, new RowViolationCheck(metric, "rows with a full key",
                        "hold a key (" + name + ") that occurs more than once", new Tolerance(key.mostly(),
                                key.allowedViolations()))), Needs.row(metric)));
    }

    private static List<ContractCheck> drift(Class<?> type, DataContract contract, NoDrift drift,
            List<ColumnSpec> columns, TestSource source, boolean blocking, List<DeclarationProblem> problems) {
        if (contract.reference().isBlank()) {
            problems.add(problem(type.getName() + " is @NoDrift but names no reference dataset; add"
                    + " @DataContract(reference = ...)", source));
            return List.of();
        }
        if (!(drift.maxDriftedShare() >= 0 && drift.maxDriftedShare() <= 1)) {
            problems.add(problem(type.getName() + ": @NoDrift(maxDriftedShare = " + drift.maxDriftedShare()
                    + ") must lie in [0, 1]", source));
            return List.of();
        }
        List<String> declared = columns.stream().map(ColumnSpec::name).toList();
        List<String> unknown = java.util.Arrays.stream(drift.ignore()).filter(name -> !declared.contains(name)).toList();
        if (!unknown.isEmpty()) {
            problems.add(problem(type.getName() + ": @NoDrift(ignore = " + unknown + ") names no declared column;"
                    + " the columns are " + declared, source));
            return List.of();
        }
        List<String> ignored = List.of(drift.ignore());
        List<String> compared = columns.stream()
                .filter(column -> DriftMethods.applies(drift.method(), SampleCollector.isNumeric(column)))
                .map(ColumnSpec::name).filter(name -> !ignored.contains(name)).toList();
        Needs needs = Needs.drift(Set.copyOf(compared));
        return List.of(
                new ContractCheck(new CheckSpec<ContractState>("drift", "columns", "no drift from the reference",
                        source, Optional.empty(), Set.of(), blocking, true,
                        new DriftBreakdown(compared, drift.method(), drift.threshold())), needs),
                new ContractCheck(new CheckSpec<ContractState>("drift", "share",
                        "drifted columns at most " + Messages.percent(drift.maxDriftedShare()), source, Optional.empty(),
                        Set.of(), blocking, false, new DriftBreakdown.Share(compared, drift.method(), drift.threshold(),
                                drift.maxDriftedShare())), needs));
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
            parts.add("missing " + missing.stream().map(column -> column + ColumnNames.lookAlikes(column,
                    state.header())).collect(java.util.stream.Collectors.joining(", ")));
        }
        if (!extra.isEmpty()) {
            parts.add("not declared " + ColumnNames.list(extra));
        }
        return Verdict.failed(state.file().getFileName() + " does not match the schema: " + String.join("; ", parts)
                + "; " + state.describeColumns(), expected, String.join(", ", state.header()), evidence);
    }
}
