package dev.mlgate.model.internal;

import dev.mlgate.data.ScanSummary;
import dev.mlgate.engine.internal.ArtifactEntries;
import dev.mlgate.engine.internal.MlgateConfiguration;
import dev.mlgate.spi.ValueSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What every suite that scores a model file shares, quality and comparison alike: the threads the
 * configuration gives the runtime, and the model file as a report artifact, so both kinds of suite record
 * the same facts under the same names.
 */
public final class SuiteModels {

    /** Threads of a model runtime's scoring calls; falls back to {@link #THREADS}, then to the runtime's default. */
    public static final String ONNX_THREADS = "mlgate.onnx.threads";
    /** The engine-wide thread setting, read when {@link #ONNX_THREADS} is unset. */
    public static final String THREADS = "mlgate.threads";

    private SuiteModels() {
    }

    /** The configured threads: {@value #ONNX_THREADS}, else {@value #THREADS}, else 0 (the runtime's default). */
    public static int threads(MlgateConfiguration configuration) {
        for (String key : List.of(ONNX_THREADS, THREADS)) {
            String value = configuration.parameters().apply(key);
            if (value != null && !value.isBlank()) {
                try {
                    int threads = Integer.parseInt(value.trim());
                    if (threads >= 0) {
                        return threads;
                    }
                } catch (NumberFormatException e) {
                    // reported below
                }
                throw new IllegalArgumentException("configuration parameter " + key + " = '" + value
                        + "' is not a whole number of at least 0 (0 leaves the runtime's default)");
            }
        }
        return 0;
    }

    /**
     * The model file as an artifact of the model {@code modelName} (blank: the run's), in the role
     * {@code model}: its lineage, then its runtime, producer, opsets and signature.
     */
    public static void addArtifact(ArtifactEntries artifacts, ModelRun run, String modelName) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("runtime", run.runtime());
        facts.put("producer", run.signature().producer());
        facts.put("opset", run.signature().opsetText());
        facts.put("irVersion", Long.toString(run.signature().irVersion()));
        facts.put("inputs", describe(run.signature().inputs()));
        facts.put("outputs", describe(run.signature().outputs()));
        facts.put("batchSize", Integer.toString(run.batchSize()));
        facts.put("threads", run.threads() == 0 ? "runtime default" : Integer.toString(run.threads()));
        artifacts.add("model", new ScanSummary(run.model(), run.rows(), run.bytes(), run.sha256()), modelName, facts);
    }

    /** A model's inputs or outputs, one {@link ValueSpec#describe()} each, separated by semicolons. */
    public static String describe(List<ValueSpec> values) {
        return values.stream().map(ValueSpec::describe).collect(Collectors.joining("; "));
    }
}
