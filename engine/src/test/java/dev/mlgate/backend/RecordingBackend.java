package dev.mlgate.backend;

import dev.mlgate.contract.internal.LocalBackend;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A backend that a test module contributes through {@code META-INF/services}, as mlgate-spark does: it
 * records each plan it is given and has the local backend compute it.
 */
public final class RecordingBackend implements Backend {

    /** The plans of this JVM's scans, in order. */
    static final List<ScanPlan> PLANS = new CopyOnWriteArrayList<>();

    @Override
    public String name() {
        return "recording";
    }

    @Override
    public ScanResults scan(ScanPlan plan, BackendContext context) throws Exception {
        PLANS.add(plan);
        return new LocalBackend().scan(plan, context);
    }
}
