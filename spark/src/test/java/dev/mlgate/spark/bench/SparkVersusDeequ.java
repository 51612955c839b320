package dev.mlgate.spark.bench;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.amazon.deequ.VerificationResult;
import com.amazon.deequ.VerificationSuite;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * mlgate on Spark versus Deequ 2.0.7 on the same CSV file in the same Spark session ({@code local[2]} by
 * default): the benchmark contract ({@code dev.mlgate.benchmarks.BenchContract}, 20 columns) run by the
 * mlgate engine with {@code mlgate.backend=spark}, and {@link DeequChecks} run by Deequ's
 * {@code VerificationSuite}, alternately, after one warm-up run of each. Prints each run's wall time, the
 * medians and their ratio, then the values both computed side by side.
 *
 * <pre>java ... dev.mlgate.spark.bench.SparkVersusDeequ &lt;data.csv&gt; [rounds] [master]</pre>
 */
public final class SparkVersusDeequ {

    private static final String CONTRACT = "dev.mlgate.benchmarks.BenchContract";

    private SparkVersusDeequ() {
    }

    public static void main(String[] args) throws Exception {
        String data = args[0];
        if (!java.nio.file.Files.exists(java.nio.file.Path.of(data))) {
            generate(java.nio.file.Path.of(data));
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String master = args.length > 2 ? args[2] : "local[2]";
        SparkSession spark = SparkSession.builder().appName("mlgate-vs-deequ").master(master)
                .config("spark.ui.enabled", "false").getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
        Map<String, String> mlgate = new TreeMap<>();
        Map<String, Double> deequ = new TreeMap<>();
        List<Long> mlgateTimes = new ArrayList<>();
        List<Long> deequTimes = new ArrayList<>();
        for (int round = 0; round <= rounds; round++) {
            // CPU time of the whole process besides wall time: on a shared machine wall time follows the load
            long cpu = cpuTime();
            long start = System.nanoTime();
            Map<String, String> observed = runMlgate(data);
            long mlgateTime = System.nanoTime() - start;
            long mlgateCpu = cpuTime() - cpu;
            cpu = cpuTime();
            start = System.nanoTime();
            Map<String, Double> metrics = runDeequ(spark, data);
            long deequTime = System.nanoTime() - start;
            long deequCpu = cpuTime() - cpu;
            System.out.printf("round %d%s: mlgate %,d ms (CPU %,d ms), Deequ %,d ms (CPU %,d ms), load %.1f%n", round,
                    round == 0 ? " (warm-up)" : "", mlgateTime / 1_000_000, mlgateCpu / 1_000_000,
                    deequTime / 1_000_000, deequCpu / 1_000_000,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            if (round > 0) {
                mlgateTimes.add(mlgateTime);
                deequTimes.add(deequTime);
            }
            mlgate = new TreeMap<>(observed);
            deequ = new TreeMap<>(metrics);
        }
        long m = median(mlgateTimes);
        long d = median(deequTimes);
        System.out.printf("median: mlgate %,d ms, Deequ %,d ms, ratio mlgate/Deequ %.2f%n", m / 1_000_000,
                d / 1_000_000, (double) m / d);
        System.out.println("mlgate checks: " + mlgate.size() + " (" + mlgate.values().stream()
                .filter(value -> value.startsWith("FAILED")).count() + " failed)");
        ValueTable.print(mlgate, deequ);
        spark.stop();
    }

    /**
     * Writes the benchmark module's seeded 1,000,000-row file ({@code ContractData}, found on the class path
     * by name: the benchmarks jar is not a dependency of this module).
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void generate(java.nio.file.Path file) throws ReflectiveOperationException {
        Class<?> data = Class.forName("dev.mlgate.benchmarks.ContractData");
        Class<? extends Enum> variant = (Class<? extends Enum>) Class.forName(
                "dev.mlgate.benchmarks.ContractData$Variant");
        data.getMethod("write", java.nio.file.Path.class, long.class, long.class, variant).invoke(null, file,
                data.getField("ROWS").getLong(null), data.getField("SEED").getLong(null), Enum.valueOf(variant, "REFERENCE"));
    }

    /** CPU time of every thread of this process (Spark's executor threads run in it in local mode). */
    private static long cpuTime() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long median(List<Long> times) {
        List<Long> sorted = times.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** Runs the contract on Spark; per check, its status and observed value. */
    static Map<String, String> runMlgate(String data) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(CONTRACT))
                .configurationParameter("mlgate.backend", "spark")
                .configurationParameter("mlgate.today", "2026-01-01")
                .configurationParameter("bench.data", data)
                .build();
        Map<String, String> observed = new ConcurrentHashMap<>();
        LauncherFactory.create().execute(request, new TestExecutionListener() {
            @Override
            public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
                entry.getKeyValuePairs().forEach((key, value) -> {
                    if (key.equals("mlgate.observed") || key.equals("mlgate.message")) {
                        observed.merge(name(test) + (key.equals("mlgate.message") ? " message" : ""), value,
                                (a, b) -> b);
                    }
                });
            }

            @Override
            public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                if (test.isTest()) {
                    observed.put(name(test), result.getStatus() + "");
                }
            }
        });
        return observed;
    }

    private static String name(TestIdentifier test) {
        String id = test.getUniqueId();
        return id.substring(id.lastIndexOf(':') + 1).replace("]", "");
    }

    /** Runs the Deequ checks on the same file read with its schema; each metric by name and column. */
    static Map<String, Double> runDeequ(SparkSession spark, String data) {
        Dataset<Row> rows = spark.read().option("header", "true").schema(schema()).csv(data);
        VerificationResult result = new VerificationSuite().onData(rows).addCheck(DeequChecks.all()).run();
        Map<String, Double> metrics = new TreeMap<>();
        scala.collection.Seq<com.amazon.deequ.analyzers.Analyzer<?, com.amazon.deequ.metrics.Metric<?>>> all =
                scala.collection.JavaConverters.asScalaBuffer(new ArrayList<com.amazon.deequ.analyzers.Analyzer<?,
                        com.amazon.deequ.metrics.Metric<?>>>()).toSeq();
        for (Row row : VerificationResult.successMetricsAsDataFrame(spark, result, all).collectAsList()) {
            metrics.put(row.getString(2) + " " + row.getString(1), row.getDouble(3));
        }
        return metrics;
    }

    private static StructType schema() {
        return new StructType()
                .add("id", DataTypes.LongType).add("customer_id", DataTypes.LongType)
                .add("age", DataTypes.IntegerType).add("income", DataTypes.DoubleType)
                .add("score", DataTypes.DoubleType).add("balance", DataTypes.DoubleType)
                .add("country", DataTypes.StringType).add("segment", DataTypes.StringType)
                .add("email", DataTypes.StringType).add("name", DataTypes.StringType)
                .add("signup", DataTypes.DateType).add("active", DataTypes.BooleanType)
                .add("clicks", DataTypes.IntegerType).add("region", DataTypes.StringType)
                .add("tenure_days", DataTypes.LongType).add("rating", DataTypes.IntegerType)
                .add("updated_at", DataTypes.TimestampType).add("device", DataTypes.StringType)
                .add("discount", DataTypes.DoubleType).add("churned", DataTypes.BooleanType);
    }
}
