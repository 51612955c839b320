package dev.mlgate.contract.internal;

import dev.mlgate.backend.Backend;
import dev.mlgate.backend.BackendContext;
import dev.mlgate.backend.ScanPlan;
import dev.mlgate.backend.ScanResults;
import java.nio.file.Path;

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
        return ContractScan.run(context.open(Path.of(plan.dataset().location())), plan, context.threads());
    }
}
