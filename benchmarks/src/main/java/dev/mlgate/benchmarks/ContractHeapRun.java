package dev.mlgate.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The heap scale run of the contract benchmarks: how much heap one contract run needs, next to the size
 * of the file it reads. Reproducible: the data is {@link ContractData}'s seeded file.
 *
 * <p>Two modes:
 * <ul>
 *   <li>{@code measure} (default): generates the file (or takes {@code --data}), collects garbage,
 *       resets the heap pools' peaks, runs the contract once, and prints the peak of used heap (the sum
 *       of {@link MemoryPoolMXBean#getPeakUsage()} over heap pools, which includes garbage not yet
 *       collected and so depends on {@code -Xmx}) and the largest heap still in use after a garbage
 *       collection during the run (from GC notifications: the live set, the figure that matters).</li>
 *   <li>{@code min-xmx}: generates the file once, then runs {@code measure} in child JVMs with
 *       {@code -XX:+UseParallelGC -Xmx<m>m} (whose GC overhead limit turns thrashing into an
 *       OutOfMemoryError), bisecting for the smallest {@code -Xmx} (to 8 MB) at which
 *       the contract completes within the time limit ({@code --start} and {@code --step}, in MB, change
 *       where the doubling starts and the resolution); a baseline with a 1,000-row file shows the fixed
 *       cost of the JVM, the JUnit launcher and the engine.</li>
 * </ul>
 *
 * <pre>
 * java -XX:+UseParallelGC -Xmx1g -cp benchmarks/target/benchmarks.jar dev.mlgate.benchmarks.ContractHeapRun \
 *     measure --contract bounded --rows 1000000
 * java -cp benchmarks/target/benchmarks.jar dev.mlgate.benchmarks.ContractHeapRun \
 *     min-xmx --contract bounded --rows 1000000
 * </pre>
 *
 * Contracts: {@code full} ({@link BenchContract}), {@code bounded} ({@link BoundedBenchContract}, no
 * per-value state) and {@code drift} ({@link DriftBenchContract}, with a shifted current file).
 */
public final class ContractHeapRun {

    private static final Map<String, Class<?>> CONTRACTS = Map.of(
            "full", BenchContract.class, "bounded", BoundedBenchContract.class, "drift", DriftBenchContract.class);

    private ContractHeapRun() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 && !args[0].startsWith("--") ? args[0] : "measure";
        Map<String, String> options = options(args);
        String contract = options.getOrDefault("contract", "full");
        if (!CONTRACTS.containsKey(contract)) {
            throw new IllegalArgumentException("--contract must be one of " + CONTRACTS.keySet());
        }
        long rows = Long.parseLong(options.getOrDefault("rows", String.valueOf(ContractData.ROWS)));
        Path directory = options.containsKey("dir") ? Path.of(options.get("dir")) : BenchFiles.newDirectory();
        boolean generated = !options.containsKey("dir");
        try {
            Files.createDirectories(directory);
            Path data = directory.resolve("heap-" + contract + "-" + rows + ".csv");
            Path reference = directory.resolve("heap-reference-" + rows + ".csv");
            ensure(data, rows, contract.equals("drift") ? ContractData.CURRENT_SEED : ContractData.SEED,
                    contract.equals("drift") ? ContractData.Variant.SHIFTED : ContractData.Variant.REFERENCE);
            if (contract.equals("drift")) {
                ensure(reference, rows, ContractData.SEED, ContractData.Variant.REFERENCE);
            }
            switch (mode) {
                case "measure" -> measure(CONTRACTS.get(contract), contract, rows, directory, data, reference);
                case "min-xmx" -> minXmx(contract, rows, directory, data,
                        Long.parseLong(options.getOrDefault("timeout", "150")),
                        Integer.parseInt(options.getOrDefault("start", "16")),
                        Integer.parseInt(options.getOrDefault("step", "8")));
                default -> throw new IllegalArgumentException("mode must be measure or min-xmx, not " + mode);
            }
        } finally {
            if (generated) {
                BenchFiles.delete(directory);
            }
        }
    }

    private static void ensure(Path file, long rows, long seed, ContractData.Variant variant) throws IOException {
        if (!Files.exists(file)) {
            ContractData.write(file, rows, seed, variant);
        }
    }

    private static void measure(Class<?> type, String contract, long rows, Path directory, Path data, Path reference)
            throws IOException {
        ContractRuns runs = new ContractRuns(type, directory,
                Map.of("bench.data", data.toString(), "bench.reference", reference.toString()));
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        Set<String> heapNames = heap.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        AtomicLong maxAfterGc = new AtomicLong();
        AtomicLong collections = new AtomicLong();
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                            .from((CompositeData) notification.getUserData());
                    long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                            .filter(entry -> heapNames.contains(entry.getKey()))
                            .mapToLong(entry -> entry.getValue().getUsed()).sum();
                    maxAfterGc.accumulateAndGet(used, Math::max);
                    collections.incrementAndGet();
                }
            }, null, null);
        }
        System.gc();
        long before = heap.stream().map(MemoryPoolMXBean::getUsage).mapToLong(MemoryUsage::getUsed).sum();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        maxAfterGc.set(0);
        collections.set(0);
        long start = System.nanoTime();
        runs.verify(contract, 20, data);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        long peak = heap.stream().map(MemoryPoolMXBean::getPeakUsage).mapToLong(MemoryUsage::getUsed).sum();
        System.out.printf("RESULT contract=%s rows=%d file=%d xmx=%d ms=%d before=%d peakUsed=%d maxAfterGc=%d gcs=%d%n",
                contract, rows, Files.size(data), Runtime.getRuntime().maxMemory(), millis, before, peak,
                maxAfterGc.get(), collections.get());
        System.out.printf("%s contract, %,d rows, file %,.1f MB: heap before %,.1f MB; during the run: peak used %,.1f MB,"
                + " largest live after GC %,.1f MB (%d collections), %,d ms (max heap %,.0f MB)%n",
                contract, rows, mb(Files.size(data)), mb(before), mb(peak), mb(maxAfterGc.get()), collections.get(),
                millis, mb(Runtime.getRuntime().maxMemory()));
    }

    private static void minXmx(String contract, long rows, Path directory, Path data, long timeoutSeconds,
            int start, int step) throws IOException, InterruptedException {
        int low = start / 2;
        int high = start;
        while (!completes(contract, rows, directory, high, timeoutSeconds)) {
            low = high;
            high *= 2;
            if (high > 16_384) {
                throw new IllegalStateException("the contract does not complete even with -Xmx16g");
            }
        }
        while (high - low > step) {
            int middle = (low + high) / 2;
            if (completes(contract, rows, directory, middle, timeoutSeconds)) {
                high = middle;
            } else {
                low = middle;
            }
        }
        System.out.printf("MIN-XMX contract=%s rows=%d file=%d minXmxMb=%d (fails at %d)%n", contract, rows,
                Files.size(data), high, low);
        if (low == start / 2) {
            System.out.println("  (the search started at -Xmx" + start + "m; lower values were not tried)");
        }
    }

    private static boolean completes(String contract, long rows, Path directory, int xmx, long timeoutSeconds)
            throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-XX:+UseParallelGC", "-Xmx" + xmx + "m",
                "-cp", System.getProperty("java.class.path"), ContractHeapRun.class.getName(), "measure",
                "--contract", contract, "--rows", String.valueOf(rows), "--dir", directory.toString()));
        Path log = directory.resolve("child-" + contract + "-" + xmx + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly().waitFor();
        }
        String text = Files.readString(log);
        Files.delete(log);
        boolean ok = finished && process.exitValue() == 0 && text.contains("RESULT ");
        String result = text.lines().filter(line -> line.startsWith("RESULT ")).findFirst()
                .orElse(finished ? "exit " + process.exitValue() + (text.contains("OutOfMemoryError") ? " (OutOfMemoryError)" : "")
                        : "timed out after " + timeoutSeconds + " s");
        System.out.printf("  -Xmx%dm: %s %s%n", xmx, ok ? "completes" : "fails", result);
        return ok;
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(args[i] + " needs a value");
                }
                options.put(args[i].substring(2), args[++i]);
            }
        }
        return options;
    }
}
