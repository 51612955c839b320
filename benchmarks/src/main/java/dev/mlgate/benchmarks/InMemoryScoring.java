package dev.mlgate.benchmarks;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import dev.mlgate.onnx.OnnxModelRuntime;
import dev.mlgate.quality.ModelTask;
import dev.mlgate.spi.ElementType;
import dev.mlgate.spi.InputBatch;
import dev.mlgate.spi.ModelRuntime;
import dev.mlgate.spi.ModelSession;
import dev.mlgate.spi.OutputRequest;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The scoring calls alone, on features already in memory: mlgate-onnx's session through the engine's SPI
 * (each batch copied out of the feature array as the engine does, then into the session's direct buffer,
 * the output decoded to doubles) against {@code OrtSession.run} on a {@code FloatBuffer} wrapping the same
 * array (ONNX Runtime then copies a heap buffer into native memory on each call), and against a tuned
 * direct call that fills one reused direct buffer, as mlgate-onnx does. Part of {@link OnnxScoringRun}.
 */
final class InMemoryScoring {

    private InMemoryScoring() {
    }

    static void run(Path model, Path data, int rows, int rounds) throws Exception {
        float[] features = read(data, rows);
        OutputRequest request = new OutputRequest(ModelTask.BINARY, "", "1", List.of());
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (ModelSession mlgate = new OnnxModelRuntime().open(model, new ModelRuntime.RuntimeOptions(1));
             OrtSession direct = OnnxScoringRun.directSession(environment, model)) {
            double[] out = new double[rows];
            for (int warmup = 0; warmup < 2; warmup++) {
                viaMlgate(mlgate, features, rows, request, out);
                viaDirect(environment, direct, features, rows, out);
            }
            double[][] millis = new double[2][rounds];
            double[][] tuned = new double[2][rounds];
            for (int round = 0; round < rounds; round++) {
                long start = System.nanoTime();
                viaMlgate(mlgate, features, rows, request, out);
                millis[0][round] = (System.nanoTime() - start) / 1e6;
                tuned[0][round] = millis[0][round];
                start = System.nanoTime();
                viaDirect(environment, direct, features, rows, out);
                millis[1][round] = (System.nanoTime() - start) / 1e6;
                start = System.nanoTime();
                viaTunedDirect(environment, direct, features, rows, out);
                tuned[1][round] = (System.nanoTime() - start) / 1e6;
                System.out.printf(Locale.ROOT, "in memory, round %d: mlgate %.0f ms, direct %.0f ms, tuned direct"
                        + " %.0f ms%n", round + 1, millis[0][round], millis[1][round], tuned[1][round]);
            }
            OnnxScoringRun.report("in memory, scoring calls only", rows, millis);
            OnnxScoringRun.report("in memory, against the tuned direct call", rows, tuned);
        }
    }

    private static void viaMlgate(ModelSession session, float[] features, int rows, OutputRequest request,
            double[] out) throws Exception {
        for (int from = 0; from < rows; from += OnnxScoringRun.BATCH) {
            int count = Math.min(OnnxScoringRun.BATCH, rows - from);
            float[] slice = new float[count * 3];
            System.arraycopy(features, from * 3, slice, 0, count * 3);
            InputBatch batch = new InputBatch(count, List.of(new InputBatch.InputTensor("float_input",
                    ElementType.FLOAT, new long[] {count, 3}, slice)));
            System.arraycopy(session.score(batch, request), 0, out, from, count);
        }
    }

    private static void viaDirect(OrtEnvironment environment, OrtSession session, float[] features, int rows,
            double[] out) throws Exception {
        float[] batch = new float[OnnxScoringRun.BATCH * 3];
        for (int from = 0; from < rows; from += OnnxScoringRun.BATCH) {
            int count = Math.min(OnnxScoringRun.BATCH, rows - from);
            System.arraycopy(features, from * 3, batch, 0, count * 3);
            OnnxScoringRun.run(environment, session, batch, count, out, from);
        }
    }

    private static void viaTunedDirect(OrtEnvironment environment, OrtSession session, float[] features, int rows,
            double[] out) throws Exception {
        java.nio.FloatBuffer buffer = java.nio.ByteBuffer.allocateDirect(OnnxScoringRun.BATCH * 3 * 4)
                .order(java.nio.ByteOrder.nativeOrder()).asFloatBuffer();
        for (int from = 0; from < rows; from += OnnxScoringRun.BATCH) {
            int count = Math.min(OnnxScoringRun.BATCH, rows - from);
            buffer.clear();
            buffer.put(features, from * 3, count * 3).flip();
            try (ai.onnxruntime.OnnxTensor input = ai.onnxruntime.OnnxTensor.createTensor(environment, buffer,
                    new long[] {count, 3});
                 OrtSession.Result result = session.run(java.util.Map.of("float_input", input))) {
                java.nio.FloatBuffer probabilities = ((ai.onnxruntime.OnnxTensor) result.get(0)).getFloatBuffer();
                for (int i = 0; i < count; i++) {
                    out[from + i] = probabilities.get(i);
                }
            }
        }
    }

    private static float[] read(Path data, int rows) throws Exception {
        float[] features = new float[rows * 3];
        try (BufferedReader reader = Files.newBufferedReader(data, StandardCharsets.UTF_8)) {
            reader.readLine();
            for (int row = 0; row < rows; row++) {
                String[] fields = reader.readLine().split(",");
                for (int c = 0; c < 3; c++) {
                    features[row * 3 + c] = Float.parseFloat(fields[c + 1]);
                }
            }
        }
        return features;
    }
}
