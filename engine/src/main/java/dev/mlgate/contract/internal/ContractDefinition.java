package dev.mlgate.contract.internal;

import dev.mlgate.contract.DataContract;
import dev.mlgate.contract.internal.ContractState.ReferenceState;
import dev.mlgate.data.RowSource;
import dev.mlgate.data.RowVisitor;
import dev.mlgate.data.ScanSummary;
import dev.mlgate.engine.internal.ArtifactEntries;
import dev.mlgate.engine.internal.MlgateConfiguration;
import dev.mlgate.engine.internal.check.CheckSpec;
import dev.mlgate.engine.internal.check.DeclarationProblem;
import dev.mlgate.engine.internal.check.DeclaredSuite;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** A compiled {@link DataContract}: its schema, its checks and the single pass that answers them. */
final class ContractDefinition extends DeclaredSuite<ContractState> {

    private final DataContract contract;
    private final List<ColumnSpec> columns;
    private final Map<CheckSpec<ContractState>, ContractCheck> bySpec = new IdentityHashMap<>();

    ContractDefinition(Class<?> suiteClass, DataContract contract, List<ColumnSpec> columns,
            List<ContractCheck> checks, List<DeclarationProblem> problems) {
        super(suiteClass, "data contract", checks.stream().map(ContractCheck::spec).toList(), problems);
        this.contract = contract;
        this.columns = List.copyOf(columns);
        checks.forEach(check -> bySpec.put(check.spec(), check));
    }

    @Override
    public ContractState open(MlgateConfiguration configuration, List<CheckSpec<ContractState>> selected) {
        Needs needs = new Needs();
        selected.forEach(spec -> needs.merge(bySpec.get(spec).needs()));
        Path file = configuration.resolvePath(contract.data(), "@DataContract(data)");
        RowSource source = configuration.open(file);
        source.requireTypes(javaTypes());
        Map<String, ColumnSpec> declared = columns.stream()
                .collect(Collectors.toMap(ColumnSpec::name, column -> column, (a, b) -> a, LinkedHashMap::new));
        List<ColumnSpec> compared = columns.stream().filter(column -> needs.driftColumns().contains(column.name()))
                .toList();
        TableCollector table = needs.needsTable()
                ? new TableCollector(file.getFileName().toString(), source.header(), declared, needs.tableColumns())
                : null;
        SampleCollector samples = new SampleCollector(source.header(), compared);
        List<RowVisitor> extra = table == null ? List.of() : List.of(table);
        ScanSettings settings = settings(configuration);
        ContractScan.ScanResult scan = ContractScan.run(source, columns, needs.columnMetrics(), needs.rowMetrics(),
                needs.rowRules(), settings, samples, extra);
        Optional<ReferenceState> reference = Optional.empty();
        String referenceError = null;
        if (!contract.reference().isBlank() && (needs.needsTable() || !compared.isEmpty())) {
            try {
                reference = Optional.of(reference(configuration, declared, compared, needs));
            } catch (RuntimeException e) {
                // A missing or broken reference fails the checks that compare with it, not the data's own checks.
                referenceError = "the reference could not be read: " + e.getMessage();
            }
        }
        return new ContractState(configuration.basedir(), file, scan.header(), scan.summary(), scan.metrics(), scan.rowMetrics(),
                scan.rowRules(),
                table == null ? Optional.empty() : table.table(), samples.samples(), reference, referenceError,
                new ConcurrentHashMap<>(), configuration.parameters(), settings.today());
    }

    /** One pass over the reference, collecting the drift samples and, for custom rules, the whole table. */
    private ReferenceState reference(MlgateConfiguration configuration, Map<String, ColumnSpec> declared,
            List<ColumnSpec> compared, Needs needs) {
        Path file = configuration.resolvePath(contract.reference(), "@DataContract(reference)");
        RowSource source = configuration.open(file);
        source.requireTypes(javaTypes());
        SampleCollector samples = new SampleCollector(source.header(), compared);
        TableCollector table = needs.needsTable()
                ? new TableCollector(file.getFileName().toString(), source.header(), declared, needs.tableColumns())
                : null;
        ScanSummary summary = source.scan(row -> {
            samples.visit(row);
            if (table != null) {
                table.visit(row);
            }
        });
        return new ReferenceState(file, source.header(), summary,
                table == null ? Optional.empty() : table.table(), samples.samples());
    }

    /** Each declared column's Java type, for a typed format (Parquet) to compare with its own before the scan. */
    private Map<String, Class<?>> javaTypes() {
        Map<String, Class<?>> types = new LinkedHashMap<>();
        for (ColumnSpec column : columns) {
            if (column.annotations() instanceof RecordComponent component) {
                types.put(column.name(), component.getType());
            } else if (column.annotations() instanceof Field field) {
                types.put(column.name(), field.getType());
            }
        }
        return types;
    }

    @Override
    public Map<String, String> suiteEntries(ContractState state) {
        ArtifactEntries artifacts = new ArtifactEntries(state.basedir());
        artifacts.add("data", state.data());
        state.reference().ifPresent(reference -> artifacts.add("reference", reference.summary()));
        return artifacts.toMap();
    }

    private static ScanSettings settings(MlgateConfiguration configuration) {
        LocalDate today = configuration.today().orElseGet(() -> LocalDate.now(ZoneOffset.UTC));
        Instant now = configuration.today().isPresent()
                ? today.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)
                : Instant.now();
        return new ScanSettings(configuration.maxExamples(), today, now);
    }
}
