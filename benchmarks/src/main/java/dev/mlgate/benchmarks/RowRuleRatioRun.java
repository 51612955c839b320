package dev.mlgate.benchmarks;

import static dev.mlgate.benchmarks.Medians.median;
import static dev.mlgate.benchmarks.Medians.medianRatio;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The row-rule ratio measured for a shared, noisy machine: {@link RowRuleBenchmark}'s three contracts run
 * interleaved (without, with the real rule, with the trivial rule, then again), so a burst of load from
 * other processes hits all three alike, and each ratio is the median of the per-round ratios. Prints every
 * raw time. Arguments: {@code [rounds] [rows]}, defaults 9 and {@link ContractData#ROWS}.
 */
public final class RowRuleRatioRun {

    private RowRuleRatioRun() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        long rows = args.length > 1 ? Long.parseLong(args[1]) : ContractData.ROWS;
        Path directory = BenchFiles.newDirectory();
        try {
            Path data = ContractData.write(directory.resolve("bench.csv"), rows, ContractData.SEED,
                    ContractData.Variant.REFERENCE);
            Map<String, String> parameters = Map.of("bench.data", data.toString());
            List<ContractRuns> runs = List.of(
                    new ContractRuns(BoundedBenchContract.class, directory, parameters),
                    new ContractRuns(RowRuleBenchContract.class, directory, parameters),
                    new ContractRuns(TrivialRowRuleBenchContract.class, directory, parameters));
            List<String> names = List.of("withoutRowRule", "withRowRule", "withTrivialRowRule");
            for (int i = 0; i < runs.size(); i++) {
                runs.get(i).verify(names.get(i), 20, data);
            }
            for (int warmup = 0; warmup < 2; warmup++) {
                runs.forEach(ContractRuns::run);
            }
            double[][] millis = new double[runs.size()][rounds];
            for (int round = 0; round < rounds; round++) {
                for (int i = 0; i < runs.size(); i++) {
                    long start = System.nanoTime();
                    runs.get(i).run();
                    millis[i][round] = (System.nanoTime() - start) / 1e6;
                }
                System.out.printf(Locale.ROOT, "round %d: without %.0f ms, with rule %.0f ms, with trivial rule %.0f ms%n",
                        round + 1, millis[0][round], millis[1][round], millis[2][round]);
            }
            for (int i = 0; i < runs.size(); i++) {
                System.out.printf(Locale.ROOT, "%s: median %.0f ms%n", names.get(i), median(millis[i]));
            }
            System.out.printf(Locale.ROOT, "median per-round ratio withRowRule / withoutRowRule: %.3f%n",
                    medianRatio(millis[1], millis[0]));
            System.out.printf(Locale.ROOT, "median per-round ratio withTrivialRowRule / withoutRowRule: %.3f%n",
                    medianRatio(millis[2], millis[0]));
        } finally {
            BenchFiles.delete(directory);
        }
    }
}
