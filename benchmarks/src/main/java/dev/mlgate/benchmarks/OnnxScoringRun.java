package dev.mlgate.benchmarks;

import static dev.mlgate.benchmarks.Medians.median;
import static dev.mlgate.benchmarks.Medians.medianRatio;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import dev.mlgate.data.Artifacts;
import dev.mlgate.model.internal.ModelRun;
import dev.mlgate.model.internal.ModelScoring;
import dev.mlgate.quality.ModelQuality;
import dev.mlgate.quality.ModelTask;
import dev.mlgate.spi.OutputRequest;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Scoring throughput of an ONNX model on a 1,000,000-row CSV file, through mlgate against ONNX Runtime
 * called directly, in the same JVM and interleaved round by round (so load bursts from other processes hit
 * both alike); the ratio is the median of the per-round ratios. Both do the same job, file to predictions:
 *
 * <ul>
 *   <li><b>mlgate</b>: {@link ModelScoring#score}, the engine's path for a suite's model: runtime lookup,
 *       SHA-256 of the model file, the signature contract, one scan of the CSV reading the mapped feature
 *       columns with the engine's CSV reader, batches of {@value #BATCH} rows through mlgate-onnx's session
 *       (direct buffers, output decoded to doubles);</li>
 *   <li><b>direct</b>: a {@link BufferedReader} splitting each line on commas and parsing the three floats,
 *       batches of {@value #BATCH} rows in a {@link FloatBuffer}, {@code OrtSession.run} and the output read
 *       back; the same session options (one intra-op thread, sequential, all optimisations).</li>
 * </ul>
 *
 * A second measure scores the same arrays already in memory, to show the cost of the scoring calls alone
 * (mlgate: the session through the SPI). Both paths' predictions are compared; they must be equal.
 * Arguments: {@code [rounds] [rows]}, defaults 7 and 1,000,000.
 */
public final class OnnxScoringRun {

    static final int BATCH = 1024;

    private OnnxScoringRun() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        Path directory = BenchFiles.newDirectory();
        try {
            Path model = directory.resolve("binary_logreg.onnx");
            try (InputStream in = OnnxScoringRun.class.getResourceAsStream("/onnx/binary_logreg.onnx")) {
                Files.copy(in, model);
            }
            Path data = writeData(directory.resolve("scoring.csv"), rows);
            System.out.println("data: " + rows + " rows, " + BenchFiles.size(data) + "; model: " + Files.size(model)
                    + " bytes; batch " + BATCH + " rows; 1 intra-op thread");
            double[] viaMlgate = mlgate(model, data);
            double[] viaDirect = direct(model, data);
            double largest = 0;
            for (int i = 0; i < rows; i++) {
                largest = Math.max(largest, Math.abs(viaMlgate[i] - viaDirect[i]));
            }
            System.out.println("largest |mlgate - direct| over " + rows + " predictions: " + largest);
            for (int warmup = 0; warmup < 2; warmup++) {
                mlgate(model, data);
                direct(model, data);
            }
            double[][] millis = new double[2][rounds];
            for (int round = 0; round < rounds; round++) {
                long start = System.nanoTime();
                mlgate(model, data);
                millis[0][round] = (System.nanoTime() - start) / 1e6;
                start = System.nanoTime();
                direct(model, data);
                millis[1][round] = (System.nanoTime() - start) / 1e6;
                System.out.printf(Locale.ROOT, "round %d: mlgate %.0f ms, direct %.0f ms, ratio %.3f%n", round + 1,
                        millis[0][round], millis[1][round], millis[0][round] / millis[1][round]);
            }
            report("file to predictions", rows, millis);
            InMemoryScoring.run(model, data, rows, rounds);
        } finally {
            BenchFiles.delete(directory);
        }
    }

    static void report(String what, int rows, double[][] millis) {
        System.out.printf(Locale.ROOT, "%s: mlgate median %.0f ms (%.0f rows/s), direct median %.0f ms (%.0f rows/s),"
                        + " median per-round ratio mlgate/direct %.3f%n", what, median(millis[0]),
                rows / median(millis[0]) * 1000, median(millis[1]), rows / median(millis[1]) * 1000,
                medianRatio(millis[0], millis[1]));
    }

    private static double[] mlgate(Path model, Path data) {
        ModelQuality quality = OnnxBenchSuite.class.getAnnotation(ModelQuality.class);
        ModelRun run = ModelScoring.score(model, Artifacts.open(data), quality.inputs(),
                new OutputRequest(ModelTask.BINARY, "", "1", List.of()), BATCH, 1, Optional.empty());
        return run.outputs();
    }

    static OrtSession directSession(OrtEnvironment environment, Path model) throws Exception {
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            options.setIntraOpNumThreads(1);
            return environment.createSession(model.toString(), options);
        }
    }

    private static double[] direct(Path model, Path data) throws Exception {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        double[] out = new double[1 << 16];
        int scored = 0;
        try (OrtSession session = directSession(environment, model);
             BufferedReader reader = Files.newBufferedReader(data, StandardCharsets.UTF_8)) {
            reader.readLine();
            float[] batch = new float[BATCH * 3];
            int filled = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] fields = line.split(",");
                for (int c = 0; c < 3; c++) {
                    batch[filled * 3 + c] = Float.parseFloat(fields[c + 1]);
                }
                if (++filled == BATCH) {
                    out = ensure(out, scored + filled);
                    scored += run(environment, session, batch, filled, out, scored);
                    filled = 0;
                }
            }
            if (filled > 0) {
                out = ensure(out, scored + filled);
                scored += run(environment, session, batch, filled, out, scored);
            }
        }
        return Arrays.copyOf(out, scored);
    }

    static int run(OrtEnvironment environment, OrtSession session, float[] batch, int rows, double[] out, int at)
            throws Exception {
        try (OnnxTensor input = OnnxTensor.createTensor(environment, FloatBuffer.wrap(batch, 0, rows * 3),
                new long[] {rows, 3});
             OrtSession.Result result = session.run(Map.of("float_input", input))) {
            FloatBuffer probabilities = ((OnnxTensor) result.get(0)).getFloatBuffer();
            for (int i = 0; i < rows; i++) {
                out[at + i] = probabilities.get(i);
            }
        }
        return rows;
    }

    private static double[] ensure(double[] array, int size) {
        return size <= array.length ? array : Arrays.copyOf(array, Math.max(size, array.length * 2));
    }

    private static Path writeData(Path file, int rows) throws Exception {
        Random random = new Random(20240601L);
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write("id,a,b,c,label\n");
            for (int i = 0; i < rows; i++) {
                writer.write(String.format(Locale.ROOT, "%d,%.4f,%.4f,%.4f,%d%n", i + 1, random.nextGaussian(),
                        random.nextGaussian(), random.nextGaussian(), random.nextInt(2)));
            }
        }
        return file;
    }
}
