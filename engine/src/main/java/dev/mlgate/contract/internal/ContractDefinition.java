package dev.mlgate.contract.internal;

import dev.mlgate.backend.Backend;
import dev.mlgate.backend.BackendContext;
import dev.mlgate.backend.ColumnDescription;
import dev.mlgate.backend.DatasetLocation;
import dev.mlgate.backend.SampleRequest;
import dev.mlgate.backend.ScanPlan;
import dev.mlgate.backend.ScanResults;
import dev.mlgate.backend.ScanSettings;
import dev.mlgate.backend.TableRequest;
import dev.mlgate.contract.DataContract;
import dev.mlgate.contract.internal.ContractState.ReferenceState;
import dev.mlgate.engine.internal.ArtifactEntries;
import dev.mlgate.engine.internal.Backends;
import dev.mlgate.engine.internal.LocalContext;
import dev.mlgate.engine.internal.MlgateConfiguration;
import dev.mlgate.engine.internal.check.CheckSpec;
import dev.mlgate.engine.internal.check.DeclarationProblem;
import dev.mlgate.engine.internal.check.DeclaredSuite;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
    public ContractState open(MlgateConfiguration configuration, List<CheckSpec<ContractState>> selected)
            throws Exception {
        Needs needs = new Needs();
        selected.forEach(spec -> needs.merge(bySpec.get(spec).needs()));
        Path file = configuration.resolvePath(contract.data(), "@DataContract(data)");
        Backend backend = Backends.select(configuration.backend());
        BackendContext context = new LocalContext(configuration);
        List<SampleRequest> compared = columns.stream().filter(column -> needs.driftColumns().contains(column.name()))
                .map(column -> new SampleRequest(column.name(), SampleCollector.isNumeric(column))).toList();
        Optional<TableRequest> table = needs.needsTable()
                ? Optional.of(new TableRequest(needs.tableColumns(), needs.tableRules())) : Optional.empty();
        ScanSettings settings = settings(configuration);
        ScanResults scan = backend.scan(new ScanPlan(DatasetLocation.of(file), described(), needs.columnMetrics(),
                needs.rowMetrics(), needs.rowRules(), compared, table, settings), context);
        Optional<ReferenceState> reference = Optional.empty();
        String referenceError = null;
        if (!contract.reference().isBlank() && (needs.needsTable() || !compared.isEmpty())) {
            try {
                reference = Optional.of(reference(configuration, backend, context, compared, table, settings));
            } catch (Exception e) {
                // A missing or broken reference fails the checks that compare with it, not the data's own checks.
                referenceError = "the reference could not be read: " + e.getMessage();
            }
        }
        return new ContractState(configuration.basedir(), file, scan.header(), scan.summary(), scan.metrics(),
                scan.rows(), scan.rules(), scan.table(), scan.samples(), reference, referenceError,
                new ConcurrentHashMap<>(), configuration.parameters(), settings.today());
    }

    /** One pass over the reference, collecting the drift samples and, for custom rules, the whole table. */
    private ReferenceState reference(MlgateConfiguration configuration, Backend backend, BackendContext context,
            List<SampleRequest> compared, Optional<TableRequest> table, ScanSettings settings) throws Exception {
        Path file = configuration.resolvePath(contract.reference(), "@DataContract(reference)");
        ScanResults scan = backend.scan(new ScanPlan(DatasetLocation.of(file), described(), Map.of(), Set.of(),
                Set.of(), compared, table, settings), context);
        return new ReferenceState(file, scan.header(), scan.summary(), scan.table(), scan.samples());
    }

    private List<ColumnDescription> described() {
        return columns.stream().map(ColumnSpec::describe).toList();
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
