package dev.mlgate.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The drift ratio on a shared machine: {@link DriftBenchContract} and {@link BenchContract} on the
 * drift benchmark's two seeded files, alternated in one JVM (so both see the same load), printing each
 * run's wall time and the process's processor time. With many other processes on the cores, wall times
 * swing by a factor of two between runs while processor time stays within a few per cent, so the ratio
 * of processor times is the one to read; on an idle machine read the wall times (JMH's
 * {@link DriftBenchmark}).
 *
 * <pre>
 * java -Xms4g -Xmx4g -cp benchmarks/target/benchmarks.jar dev.mlgate.benchmarks.DriftCpuRun DIR ROUNDS
 * </pre>
 *
 * DIR keeps the generated files between runs (made when absent); round 0 is a warm-up.
 */
public final class DriftCpuRun {

    private DriftCpuRun() {
    }

    public static void main(String[] args) throws Exception {
        // absolute: ContractRuns sets it as mlgate.basedir, against which the files named here would resolve again
        Path directory = Path.of(args[0]).toAbsolutePath();
        int rounds = Integer.parseInt(args[1]);
        Path reference = directory.resolve("reference.csv");
        Path current = directory.resolve("current.csv");
        if (!Files.exists(current) || !Files.exists(reference)) {
            Files.createDirectories(directory);
            ContractData.write(reference, ContractData.ROWS, ContractData.SEED, ContractData.Variant.REFERENCE);
            ContractData.write(current, ContractData.ROWS, ContractData.CURRENT_SEED, ContractData.Variant.SHIFTED);
        }
        Map<String, String> files = Map.of("bench.data", current.toString(), "bench.reference", reference.toString());
        ContractRuns withDrift = new ContractRuns(DriftBenchContract.class, directory, files);
        ContractRuns withoutDrift = new ContractRuns(BenchContract.class, directory, files);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int round = 0; round <= rounds; round++) {
            for (boolean drift : new boolean[] {true, false}) {
                System.gc();
                long cpu = os.getProcessCpuTime();
                long start = System.nanoTime();
                (drift ? withDrift : withoutDrift).run();
                long wall = System.nanoTime() - start;
                cpu = os.getProcessCpuTime() - cpu;
                System.out.printf("%s round=%d %s wallMs=%d cpuMs=%d load=%s%n", round == 0 ? "WARMUP" : "RUN", round,
                        drift ? "withDrift" : "withoutDrift", wall / 1_000_000, cpu / 1_000_000,
                        Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
            }
        }
    }
}
