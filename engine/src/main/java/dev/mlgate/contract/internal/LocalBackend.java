package dev.mlgate.contract.internal;

import dev.mlgate.backend.Backend;
import dev.mlgate.backend.BackendContext;
import dev.mlgate.backend.ScanPlan;
import dev.mlgate.backend.ScanResults;
import dev.mlgate.data.RowSource;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The backend {@code local}: one streaming pass over a file on this machine, in the format its name and
 * content say, with the run's reader settings, on {@link BackendContext#threads()} threads. Registered
 * through {@code META-INF/services}.
 */
public final class LocalBackend implements Backend {

    @Override
    public String name() {
        return "local";
    }

    @Override
    public ScanResults scan(ScanPlan plan, BackendContext context) {
        RowSource source = context.open(Path.of(plan.dataset().location()));
        // a typed format (Parquet) refuses a declared type it cannot hold before anything is scanned
        Map<String, Class<?>> javaTypes = new LinkedHashMap<>();
        plan.columns().forEach(column -> javaTypes.put(column.name(), column.javaType()));
        source.requireTypes(javaTypes);
        return ContractScan.run(source, plan, context.threads());
    }
}
