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
 * The speed-up of {@code mlgate.threads} measured for a shared, noisy machine: {@link BoundedBenchContract}
 * (and {@link BenchContract}) run interleaved with 1 thread and with each other count, so a burst of load
 * from other processes hits all alike; each ratio is the median of the per-round ratios. Prints every raw
 * wall time and the process's CPU time per run (how much work the parallel scan adds). Arguments:
 * {@code [rounds] [rows] [threads...]}, defaults 5, {@link ContractData#ROWS} and 2.
 */
public final class ThreadsRatioRun {

    private ThreadsRatioRun() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        long rows = args.length > 1 ? Long.parseLong(args[1]) : ContractData.ROWS;
        List<Integer> counts = new ArrayList<>(List.of(1));
        for (int i = 2; i < args.length; i++) {
            counts.add(Integer.parseInt(args[i]));
        }
        if (counts.size() == 1) {
            counts.add(2);
        }
        Path directory = BenchFiles.newDirectory();
        try {
            Path data = ContractData.write(directory.resolve("bench.csv"), rows, ContractData.SEED,
                    ContractData.Variant.REFERENCE);
            for (Class<?> contract : List.of(BoundedBenchContract.class, BenchContract.class)) {
                measure(contract, directory, data, counts, rounds);
            }
        } finally {
            BenchFiles.delete(directory);
        }
    }

    private static void measure(Class<?> contract, Path directory, Path data, List<Integer> counts, int rounds) {
        List<ContractRuns> runs = new ArrayList<>();
        for (int threads : counts) {
            ContractRuns run = new ContractRuns(contract, directory, Map.of("bench.data", data.toString(),
                    "mlgate.threads", Integer.toString(threads)));
            run.verify(contract.getSimpleName() + ", " + threads + " threads", 20, data);
            runs.add(run);
        }
        runs.forEach(ContractRuns::run);
        double[][] wall = new double[runs.size()][rounds];
        double[][] cpu = new double[runs.size()][rounds];
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int round = 0; round < rounds; round++) {
            StringBuilder line = new StringBuilder(contract.getSimpleName() + " round " + (round + 1) + ":");
            for (int i = 0; i < runs.size(); i++) {
                long cpuStart = os.getProcessCpuTime();
                long start = System.nanoTime();
                runs.get(i).run();
                wall[i][round] = (System.nanoTime() - start) / 1e6;
                cpu[i][round] = (os.getProcessCpuTime() - cpuStart) / 1e6;
                line.append(String.format(Locale.ROOT, " threads=%d %.0f ms (cpu %.0f ms);", counts.get(i),
                        wall[i][round], cpu[i][round]));
            }
            System.out.println(line);
        }
        for (int i = 1; i < runs.size(); i++) {
            System.out.printf(Locale.ROOT, "%s: median wall threads=1 %.0f ms, threads=%d %.0f ms; median per-round"
                    + " ratio threads=1 / threads=%d: %.3f; median cpu ratio threads=%d / threads=1: %.3f%n",
                    contract.getSimpleName(), median(wall[0]), counts.get(i), median(wall[i]), counts.get(i),
                    medianRatio(wall[0], wall[i]), counts.get(i), medianRatio(cpu[i], cpu[0]));
        }
    }
}
