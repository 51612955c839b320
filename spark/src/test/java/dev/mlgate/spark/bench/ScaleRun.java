package dev.mlgate.spark.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.rand;
import static org.apache.spark.sql.functions.randn;
import static org.apache.spark.sql.functions.when;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The scale run: generates {@code rows} rows of Parquet with Spark (seeded, never through the driver),
 * then runs {@link ScaleContract} on them with {@code mlgate.backend=spark} on the same session, and
 * prints the wall time, each check's outcome, the data's size on disk, and the JVM's peak heap. Run it
 * with a bounded heap ({@code -Xmx1g}): on {@code local[*]} the driver and the executors share that heap,
 * so a run that completes over data many times its size shows that no step holds the data.
 *
 * <pre>java -Xmx1g ... dev.mlgate.spark.bench.ScaleRun &lt;directory&gt; [rows] [master]</pre>
 */
public final class ScaleRun {

    private ScaleRun() {
    }

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args[0]);
        long rows = args.length > 1 ? Long.parseLong(args[1]) : 50_000_000L;
        String master = args.length > 2 ? args[2] : "local[*]";
        SparkSession spark = SparkSession.builder().appName("mlgate-scale").master(master)
                .config("spark.ui.enabled", "false").getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
        Path data = directory.resolve("scale-" + rows + ".parquet");
        if (!Files.exists(data)) {
            long start = System.nanoTime();
            spark.range(1, rows + 1, 1, Math.max(8, (int) (rows / 2_000_000))).select(
                    col("id"),
                    pmod(col("id").multiply(7_919L), lit(1_000_000L)).plus(1).as("customer"),
                    lit(40).plus(randn(1).multiply(8)).cast("int").as("age0"),
                    when(rand(2).lt(0.03), lit(null)).otherwise(lit(500).plus(randn(3).multiply(200)))
                            .cast("double").as("amount0"),
                    element_at(org.apache.spark.sql.functions.array(lit("DE"), lit("FR"), lit("US"), lit("GB")),
                            pmod(col("id"), lit(4)).plus(1).cast("int")).as("country"),
                    concat(lit("u"), col("id").cast("string"), lit("@example.com")).as("email"),
                    rand(4).lt(0.7).as("active"),
                    date_add(lit(java.sql.Date.valueOf("2024-01-01")), pmod(col("id"), lit(700)).cast("int")).as("day"))
                    .withColumn("age", when(col("age0").lt(18), 18).when(col("age0").gt(95), 95).otherwise(col("age0")))
                    .withColumn("amount", when(col("amount0").lt(0), lit(0.0)).otherwise(col("amount0")))
                    .drop("age0", "amount0")
                    .write().parquet(data.toString());
            System.out.printf("generated %,d rows in %,d s%n", rows, (System.nanoTime() - start) / 1_000_000_000);
        }
        long bytes;
        try (var files = Files.walk(data)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        Map<String, String> outcomes = new TreeMap<>();
        long start = System.nanoTime();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(ScaleContract.class))
                .configurationParameter("mlgate.backend", "spark")
                .configurationParameter("mlgate.today", "2026-01-01")
                .configurationParameter("scale.data", data.toString()).build(), new TestExecutionListener() {
                    @Override
                    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                        outcomes.put(test.getDisplayName(), result.getStatus() + result.getThrowable()
                                .map(error -> " " + error.getMessage()).orElse(""));
                    }
                });
        long seconds = (System.nanoTime() - start) / 1_000_000_000;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        outcomes.forEach((check, outcome) -> System.out.println("  " + check + ": " + outcome));
        System.out.printf("rows %,d; Parquet on disk %,d bytes; contract on %s in %,d s; max heap %,d MB;"
                + " peak heap used %,d MB%n", rows, bytes, master, seconds,
                Runtime.getRuntime().maxMemory() >> 20, peak >> 20);
        spark.stop();
    }
}
