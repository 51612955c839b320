package dev.mlgate.benchmarks;

import static dev.mlgate.benchmarks.Medians.median;
import static dev.mlgate.benchmarks.Medians.medianRatio;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The contract on Parquet against the same contract on CSV, single-threaded and with several threads, in
 * one JVM: the four configurations (CSV and Parquet, {@code mlgate.threads=1} and {@code n}) run interleaved
 * round after round, each round starting at the next configuration, so that load from other processes on a
 * shared machine hits all alike; each ratio is the median of the per-round ratios. First, outside any timed
 * code, each configuration runs once and must reach the same verdicts, observed values and example rows as
 * CSV on one thread. Arguments: {@code [rounds] [rows] [threads]}, defaults 5, {@link ContractData#ROWS} and the
 * available processors.
 */
public final class FormatRatioRun {

    private FormatRatioRun() {
    }

    /** One measured configuration. */
    private record Config(String format, int threads, Path data, ContractRuns runs) {

        String label() {
            return format + " threads=" + threads;
        }
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        long rows = args.length > 1 ? Long.parseLong(args[1]) : ContractData.ROWS;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        Path directory = BenchFiles.newDirectory();
        try {
            Path csv = ContractData.write(directory.resolve("bench.csv"), rows, ContractData.SEED,
                    ContractData.Variant.REFERENCE);
            long start = System.nanoTime();
            Path parquet = ParquetData.write(csv, directory.resolve("bench.parquet"));
            System.out.printf(Locale.ROOT, "%s; %s (written in %.1f s); %d processors%n", BenchFiles.size(csv),
                    BenchFiles.size(parquet), (System.nanoTime() - start) / 1e9, Runtime.getRuntime().availableProcessors());
            for (Class<?> contract : List.of(BoundedBenchContract.class, BenchContract.class)) {
                measure(contract, directory, csv, parquet, threads, rounds);
            }
        } finally {
            BenchFiles.delete(directory);
        }
    }

    private static void measure(Class<?> contract, Path directory, Path csv, Path parquet, int threads, int rounds) {
        List<Config> configs = new ArrayList<>();
        for (Path data : List.of(csv, parquet)) {
            for (int count : List.of(1, threads)) {
                configs.add(new Config(data == csv ? "CSV" : "Parquet", count, data, new ContractRuns(contract,
                        directory, Map.of("bench.data", data.toString(), "mlgate.threads", Integer.toString(count)))));
            }
        }
        sameVerdicts(contract, configs);
        double[][] wall = new double[configs.size()][rounds];
        double[][] cpu = new double[configs.size()][rounds];
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int round = 0; round < rounds; round++) {
            StringBuilder line = new StringBuilder(contract.getSimpleName() + " round " + (round + 1) + ":");
            for (int k = 0; k < configs.size(); k++) {
                int i = (round + k) % configs.size();
                long cpuStart = os.getProcessCpuTime();
                long start = System.nanoTime();
                configs.get(i).runs().run();
                wall[i][round] = (System.nanoTime() - start) / 1e6;
                cpu[i][round] = (os.getProcessCpuTime() - cpuStart) / 1e6;
                line.append(String.format(Locale.ROOT, " %s %.0f ms (cpu %.0f ms);", configs.get(i).label(),
                        wall[i][round], cpu[i][round]));
            }
            System.out.println(line);
        }
        String name = contract.getSimpleName();
        for (int i = 0; i < configs.size(); i++) {
            System.out.printf(Locale.ROOT, "%s | %s | median wall %.0f ms | median cpu %.0f ms%n", name,
                    configs.get(i).label(), median(wall[i]), median(cpu[i]));
        }
        // configs: 0 CSV x1, 1 CSV xn, 2 Parquet x1, 3 Parquet xn
        for (int t = 0; t < 2; t++) {
            System.out.printf(Locale.ROOT, "%s | Parquet / CSV, threads=%d | wall %.3f | cpu %.3f%n", name,
                    configs.get(t).threads(), medianRatio(wall[2 + t], wall[t]), medianRatio(cpu[2 + t], cpu[t]));
        }
        for (int f = 0; f < 4; f += 2) {
            System.out.printf(Locale.ROOT, "%s | %s threads=%d / threads=1 | wall %.3f | cpu %.3f%n", name,
                    configs.get(f).format(), threads, medianRatio(wall[f + 1], wall[f]), medianRatio(cpu[f + 1], cpu[f]));
        }
    }

    /** Runs each configuration once, checked by {@link ContractRuns#verify}, and compares it with CSV on one thread. */
    private static void sameVerdicts(Class<?> contract, List<Config> configs) {
        List<CheckOutcomes> outcomes = new ArrayList<>();
        for (Config config : configs) {
            CheckOutcomes outcome = new CheckOutcomes();
            config.runs().verify(contract.getSimpleName() + ", " + config.label(), 20, outcome, config.data());
            outcomes.add(outcome);
        }
        CheckOutcomes reference = outcomes.get(0);
        for (int i = 1; i < configs.size(); i++) {
            List<String> differences = reference.differences(outcomes.get(i), false);
            if (!differences.isEmpty() || reference.size() == 0) {
                throw new IllegalStateException(contract.getSimpleName() + ": " + configs.get(i).label()
                        + " concluded otherwise than CSV threads=1:\n  " + String.join("\n  ", differences));
            }
            int examples = reference.differences(outcomes.get(i), true).size();
            System.out.printf(Locale.ROOT, "%s: %s gives CSV threads=1's verdicts, observed values and example rows (%d)"
                    + " on all %d checks %s; the examples' text differs on %d of them%n", contract.getSimpleName(),
                    configs.get(i).label(), reference.examples(), reference.size(), reference.verdicts(), examples);
        }
    }
}
