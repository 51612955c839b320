package dev.mlgate.model.internal;

import dev.mlgate.data.RowSource;
import dev.mlgate.quality.LatencyBudget;
import dev.mlgate.quality.ModelInput;
import dev.mlgate.spi.InputBatch;
import dev.mlgate.spi.ModelRuntime;
import dev.mlgate.spi.ModelSession;
import dev.mlgate.spi.OutputRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Scores a suite's data with a model file: finds the runtime, opens a session, checks the signature
 * contract (inputs against the data's columns and the declaration, outputs against the task), reads the
 * features in one scan, scores them in batches and, when a {@link LatencyBudget} asks, times single-row
 * and batch calls after warm-up. The session's memory is measured around creation and scoring.
 */
public final class ModelScoring {

    private ModelScoring() {
    }

    /**
     * Scores {@code data} with {@code model}.
     *
     * @param model the model file, resolved
     * @param data the evaluation data
     * @param mappings the declared column mappings
     * @param request what to read from the outputs
     * @param batchSize rows per call, unless the model fixes its batch dimension
     * @param threads threads for the runtime, 0 for its default
     * @param latency the latency budget, when one is declared
     * @throws ModelException naming the model file and every signature mismatch, or the runtime's failure
     */
    public static ModelRun score(Path model, RowSource data, ModelInput[] mappings, OutputRequest request,
            int batchSize, int threads, Optional<LatencyBudget> latency) {
        ModelRuntime runtime = ModelRuntimes.find(model);
        if (!Files.isRegularFile(model)) {
            throw ModelException.of(model, "no such model file: " + model, null);
        }
        String sha256 = sha256(model);
        long bytes = size(model);
        MemoryProbe memory = new MemoryProbe();
        memory.beforeCreation();
        try (ModelSession session = open(runtime, model, threads)) {
            memory.afterCreation();
            InputPlan.Planned plan;
            List<String> outputProblems = session.outputProblems(request);
            try {
                plan = InputPlan.plan(model, data.file(), session.signature(), data.header(), mappings);
            } catch (ModelException e) {
                List<String> all = new ArrayList<>(e.mismatches());
                all.addAll(outputProblems);
                throw ModelException.signature(model, all);
            }
            if (!outputProblems.isEmpty()) {
                throw ModelException.signature(model, outputProblems);
            }
            FeatureColumns features = FeatureColumns.read(model, data, plan.inputs());
            int size = (int) plan.fixedBatch().orElse(batchSize);
            memory.beforeScoring();
            long start = System.nanoTime();
            double[] outputs = new double[features.rows() * request.width()];
            boolean fixed = plan.fixedBatch().isPresent();
            for (int from = 0; from < features.rows(); from += size) {
                int count = Math.min(size, features.rows() - from);
                double[] scored = call(session, model, features.batch(from, count, fixed ? size : count), request,
                        from);
                System.arraycopy(scored, 0, outputs, from * request.width(), count * request.width());
            }
            long scoringNanos = System.nanoTime() - start;
            memory.afterScoring();
            Optional<Latency> perRow = Optional.empty();
            Optional<Latency> perBatch = Optional.empty();
            if (latency.isPresent() && features.rows() > 0) {
                LatencyBudget budget = latency.get();
                perRow = fixed && size != 1 ? Optional.empty()
                        : Optional.of(time(session, model, features, request, 1, fixed, budget.warmup(),
                                budget.rowSamples()));
                perBatch = Optional.of(time(session, model, features, request, fixed ? size
                        : Math.min(size, features.rows()), fixed, budget.warmup(),
                        Math.max(30, (features.rows() + size - 1) / size)));
            }
            return new ModelRun(model, bytes, sha256, runtime.name(), session.signature(), threads, size, outputs,
                    request.width(), scoringNanos, perRow, perBatch, memory.peakBytes(), Machine.current());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw ModelException.of(model, "the session could not be closed: " + e, e);
        }
    }

    private static ModelSession open(ModelRuntime runtime, Path model, int threads) {
        try {
            return runtime.open(model, new ModelRuntime.RuntimeOptions(threads));
        } catch (Exception | LinkageError e) {
            throw ModelException.of(model, runtime.name() + " could not load the model: " + e, e);
        }
    }

    private static double[] call(ModelSession session, Path model, InputBatch batch, OutputRequest request, int from) {
        try {
            return session.score(batch, request);
        } catch (Exception | LinkageError e) {
            throw ModelException.of(model, "scoring rows " + (from + 1) + " to " + (from + batch.rows())
                    + " failed: " + e, e);
        }
    }

    /**
     * Times {@code samples} calls of {@code rows} rows each, cycling through the data, after {@code warmup}
     * calls; a call at the end of the data holds fewer rows unless the batch dimension is {@code fixed}.
     */
    private static Latency time(ModelSession session, Path model, FeatureColumns features, OutputRequest request,
            int rows, boolean fixed, int warmup, int samples) {
        long[] nanos = new long[samples];
        int from = 0;
        for (int call = 0; call < warmup + samples; call++) {
            int count = Math.min(rows, features.rows() - from);
            InputBatch batch = features.batch(from, count, fixed ? rows : count);
            long start = System.nanoTime();
            call(session, model, batch, request, from);
            long elapsed = System.nanoTime() - start;
            if (call >= warmup) {
                nanos[call - warmup] = elapsed;
            }
            from = from + rows >= features.rows() ? 0 : from + rows;
        }
        return Latency.of(rows, warmup, nanos);
    }

    private static String sha256(Path model) {
        try (InputStream in = Files.newInputStream(model)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw ModelException.of(model, "cannot be read: " + e, e);
        }
    }

    private static long size(Path model) {
        try {
            return Files.size(model);
        } catch (IOException e) {
            throw ModelException.of(model, "cannot be read: " + e, e);
        }
    }
}
