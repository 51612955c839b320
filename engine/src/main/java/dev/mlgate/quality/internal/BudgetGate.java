package dev.mlgate.quality.internal;

import dev.mlgate.engine.internal.check.Check;
import dev.mlgate.engine.internal.check.Evaluation;
import dev.mlgate.engine.internal.check.Evidence;
import dev.mlgate.engine.internal.check.Verdict;
import dev.mlgate.model.internal.Latency;
import dev.mlgate.model.internal.ModelRun;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A resource budget of a model file: its size, the peak memory of its session, or a latency percentile
 * of single-row or batch calls. An amount that could not be measured here (memory off Linux, per-row
 * latency of a model whose batch dimension is fixed) is inconclusive, with the reason.
 */
sealed interface BudgetGate extends Check<QualityState> {

    /** {@code @ModelSizeBudget}: the file's bytes. */
    record Size(long maxBytes) implements BudgetGate {

        @Override
        public Evaluation evaluate(QualityState state) {
            ModelRun run = state.model().orElseThrow();
            return judge(run, "model file size", run.bytes(), maxBytes, " bytes", run.fileName() + " holds "
                    + run.bytes() + " bytes", new LinkedHashMap<>());
        }
    }

    /** {@code @MemoryBudget}: the session's peak memory growth, in MiB. */
    record Memory(double maxMegabytes) implements BudgetGate {

        @Override
        public Evaluation evaluate(QualityState state) {
            ModelRun run = state.model().orElseThrow();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("memory.method", ModelRun.MEMORY_METHOD);
            if (run.peakMemoryBytes().isEmpty()) {
                return Verdict.inconclusive("the peak memory of the " + run.fileName() + " session cannot be measured"
                        + " here: " + ModelRun.MEMORY_METHOD + " is unavailable", Evidence.of("peak session memory",
                        Double.NaN, "<= " + Threshold.format(maxMegabytes) + " MiB").withDetails(details));
            }
            double megabytes = run.peakMemoryBytes().getAsLong() / (1024.0 * 1024.0);
            return judge(run, "peak session memory", megabytes, maxMegabytes, " MiB", "the " + run.fileName()
                    + " session's peak memory growth is " + Threshold.format(megabytes) + " MiB", details);
        }
    }

    /** {@code @LatencyBudget}: a percentile of single-row ({@code perRow}) or batch calls, in milliseconds. */
    record Latencies(boolean perRow, int percentile, double maxMillis) implements BudgetGate {

        @Override
        public Evaluation evaluate(QualityState state) {
            ModelRun run = state.model().orElseThrow();
            Optional<Latency> measured = perRow ? run.perRow() : run.perBatch();
            String what = "p" + percentile + " latency per " + (perRow ? "row" : "batch of "
                    + measured.map(Latency::rowsPerCall).orElse(run.batchSize()) + " rows");
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("latency.method", Latency.METHOD);
            details.put("machine", run.machine().describe());
            details.put("threads", run.threads() == 0 ? "runtime default" : run.threads());
            if (measured.isEmpty()) {
                return Verdict.inconclusive(what + " of " + run.fileName() + " was not measured: "
                        + (run.rows() == 0 ? "no evaluation rows" : "its batch dimension is fixed at "
                        + run.batchSize() + " rows"), Evidence.of(what, Double.NaN, "<= "
                        + Threshold.format(maxMillis) + " ms").withDetails(details));
            }
            Latency latency = measured.get();
            details.put("latency.p50", latency.p50());
            details.put("latency.p95", latency.p95());
            details.put("latency.p99", latency.p99());
            details.put("latency.samples", latency.samples());
            details.put("latency.warmup", latency.warmup());
            double observed = latency.at(percentile);
            return judge(run, what, observed, maxMillis, " ms", what + " of " + run.fileName() + " is "
                    + Threshold.format(observed) + " ms (p50 " + Threshold.format(latency.p50()) + ", p95 "
                    + Threshold.format(latency.p95()) + ", p99 " + Threshold.format(latency.p99()) + " over "
                    + latency.samples() + " calls after " + latency.warmup() + " warm-up calls, on "
                    + run.machine().describe() + ")", details);
        }
    }

    private static Verdict judge(ModelRun run, String metric, double observed, double max, String unit,
            String message, Map<String, Object> details) {
        String expected = "<= " + Threshold.format(max) + unit;
        Map<String, Object> all = new LinkedHashMap<>(ModelDetails.of(run));
        all.putAll(details);
        Evidence evidence = Evidence.of(metric, observed, expected).withDetails(all);
        String full = message + "; required " + expected.trim();
        return observed <= max ? Verdict.passed(full, evidence)
                : Verdict.failed(full, expected, Threshold.format(observed) + unit, evidence);
    }
}
