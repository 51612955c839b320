package dev.mlgate.spark;

import dev.mlgate.backend.Backend;
import dev.mlgate.backend.BackendContext;
import dev.mlgate.backend.DatasetLocation;
import dev.mlgate.backend.ScanPlan;
import dev.mlgate.backend.ScanResults;
import dev.mlgate.contract.internal.LocalBackend;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The backend {@code twin} of the equality tests: computes each plan with the local backend and with
 * Spark, records both results, and hands the local ones to the checks. Spark may read the same rows from
 * another location ({@link #SPARK_LOCATIONS}: the Parquet copy of a CSV file).
 */
public final class TwinBackend implements Backend {

    /** Both results of each plan, in scan order. */
    public static final List<Twin> SCANS = new CopyOnWriteArrayList<>();

    /** Where Spark reads the dataset a plan names, when elsewhere (by the plan's location). */
    public static final Map<String, String> SPARK_LOCATIONS = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return "twin";
    }

    @Override
    public ScanResults scan(ScanPlan plan, BackendContext context) throws Exception {
        ScanResults local = new LocalBackend().scan(plan, context);
        String location = SPARK_LOCATIONS.getOrDefault(plan.dataset().location(), plan.dataset().location());
        ScanPlan moved = new ScanPlan(new DatasetLocation(location, ""), plan.columns(), plan.metrics(), plan.rows(),
                plan.rules(), plan.samples(), plan.table(), plan.settings());
        ScanResults spark = new SparkBackend().scan(moved, context);
        SCANS.add(new Twin(plan, local, spark));
        return local;
    }

    /** One plan and what each backend computed for it. */
    public record Twin(ScanPlan plan, ScanResults local, ScanResults spark) {
    }
}
