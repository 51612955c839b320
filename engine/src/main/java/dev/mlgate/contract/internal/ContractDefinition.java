package dev.mlgate.contract.internal;

import dev.mlgate.contract.DataContract;
import dev.mlgate.data.ArtifactFormat;
import dev.mlgate.data.Artifacts;
import dev.mlgate.data.RowSource;
import dev.mlgate.data.ValueKind;
import dev.mlgate.engine.internal.MlgateConfiguration;
import dev.mlgate.engine.internal.check.CheckSpec;
import dev.mlgate.engine.internal.check.DeclarationProblem;
import dev.mlgate.engine.internal.check.SuiteDefinition;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import tech.tablesaw.api.Table;

/** A compiled {@link DataContract}: its schema, its checks and the single pass that answers them. */
final class ContractDefinition implements SuiteDefinition<ContractState> {

    private final Class<?> suiteClass;
    private final DataContract contract;
    private final List<ColumnSpec> columns;
    private final List<ContractCheck> checks;
    private final List<DeclarationProblem> problems;
    private final Map<CheckSpec<ContractState>, ContractCheck> bySpec = new IdentityHashMap<>();

    ContractDefinition(Class<?> suiteClass, DataContract contract, List<ColumnSpec> columns,
            List<ContractCheck> checks, List<DeclarationProblem> problems) {
        this.suiteClass = suiteClass;
        this.contract = contract;
        this.columns = List.copyOf(columns);
        this.checks = List.copyOf(checks);
        this.problems = List.copyOf(problems);
        checks.forEach(check -> bySpec.put(check.spec(), check));
    }

    @Override
    public Class<?> suiteClass() {
        return suiteClass;
    }

    @Override
    public String kind() {
        return "data contract";
    }

    @Override
    public List<CheckSpec<ContractState>> checks() {
        return checks.stream().map(ContractCheck::spec).toList();
    }

    @Override
    public List<DeclarationProblem> problems() {
        return problems;
    }

    @Override
    public ContractState open(MlgateConfiguration configuration, List<CheckSpec<ContractState>> selected) {
        Path file = configuration.resolvePath(contract.data());
        ArtifactFormat format = configuration.format();
        RowSource source = Artifacts.open(file, format);
        Map<String, Set<ColumnMetric>> needs = new LinkedHashMap<>();
        boolean needsTable = false;
        for (CheckSpec<ContractState> spec : selected) {
            ContractCheck check = bySpec.get(spec);
            check.needs().forEach((column, metrics) -> needs.computeIfAbsent(column, c -> new HashSet<>()).addAll(metrics));
            needsTable |= check.needsTable();
        }
        Map<String, ValueKind> declared = columns.stream()
                .collect(Collectors.toMap(ColumnSpec::name, ColumnSpec::kind, (a, b) -> a, LinkedHashMap::new));
        TableCollector collector = needsTable
                ? new TableCollector(file.getFileName().toString(), source.header(), declared)
                : TableCollector.NONE;
        ContractScan.ScanResult scan = ContractScan.run(source, columns, needs, configuration.maxExamples(), collector);
        Optional<Table> reference = Optional.empty();
        if (needsTable && !contract.reference().isBlank()) {
            Path referenceFile = configuration.resolvePath(contract.reference());
            RowSource referenceSource = Artifacts.open(referenceFile, format);
            TableCollector referenceCollector =
                    new TableCollector(referenceFile.getFileName().toString(), referenceSource.header(), declared);
            referenceSource.scan(referenceCollector::accept);
            reference = referenceCollector.table();
        }
        return new ContractState(file, scan.header(), scan.rows(), scan.metrics(), collector.table(), reference);
    }
}
