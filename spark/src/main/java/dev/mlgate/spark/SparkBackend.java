package dev.mlgate.spark;

import dev.mlgate.backend.Backend;
import dev.mlgate.backend.BackendContext;
import dev.mlgate.backend.ScanPlan;
import dev.mlgate.backend.ScanResults;
import dev.mlgate.spark.internal.SparkScan;

/**
 * The backend {@code spark} ({@code mlgate.backend=spark}): computes a contract's metrics with Apache
 * Spark, on the application's active {@code SparkSession} or on one built for the run from
 * {@code mlgate.spark.master} (default {@code local[*]}). Reads Parquet, CSV/TSV, JSON Lines or a catalog
 * table ({@code table:db.name}) from any Hadoop path. The data is never collected to the driver: every
 * scalar metric comes from one aggregation pass, uniqueness from one grouping job, examples from bounded
 * top-k jobs; only numeric drift samples arrive on the driver as distinct values with counts.
 */
public final class SparkBackend implements Backend {

    /** The name {@code mlgate.backend} selects this backend by. */
    public static final String NAME = "spark";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ScanResults scan(ScanPlan plan, BackendContext context) {
        return SparkScan.of(context).run(plan, context);
    }
}
