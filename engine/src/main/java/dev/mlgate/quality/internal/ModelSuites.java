package dev.mlgate.quality.internal;

import dev.mlgate.data.RowSource;
import dev.mlgate.data.ScanSummary;
import dev.mlgate.engine.internal.ArtifactEntries;
import dev.mlgate.engine.internal.MlgateConfiguration;
import dev.mlgate.model.internal.ModelRun;
import dev.mlgate.model.internal.ModelScoring;
import dev.mlgate.quality.AgreesWith;
import dev.mlgate.quality.LatencyBudget;
import dev.mlgate.quality.ModelQuality;
import dev.mlgate.spi.OutputRequest;
import dev.mlgate.spi.ValueSpec;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.platform.commons.support.AnnotationSupport;

/** How a {@link ModelQuality} suite with a model file scores it, reads its agreement file and records the model. */
final class ModelSuites {

    /** Threads of a model runtime's scoring calls; falls back to {@link #THREADS}, then to the runtime's default. */
    static final String ONNX_THREADS = "mlgate.onnx.threads";
    /** The engine-wide thread setting, read when {@link #ONNX_THREADS} is unset. */
    static final String THREADS = "mlgate.threads";

    private ModelSuites() {
    }

    static ModelRun score(MlgateConfiguration configuration, ModelQuality quality, RowSource data, Class<?> suite) {
        Path model = configuration.resolvePath(quality.modelFile(), "@ModelQuality(modelFile)");
        OutputRequest request = new OutputRequest(quality.task(), quality.output(), quality.positive(),
                List.of(quality.classes()));
        return ModelScoring.score(model, data, quality.inputs(), request, quality.batchSize(), threads(configuration),
                AnnotationSupport.findAnnotation(suite, LatencyBudget.class));
    }

    /** The configured threads: {@value #ONNX_THREADS}, else {@value #THREADS}, else 0 (the runtime's default). */
    static int threads(MlgateConfiguration configuration) {
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
     * The model file as an artifact of the model {@code modelName} (blank: the run's): its lineage, then its
     * runtime, producer, opsets and signature.
     */
    static void addModel(ArtifactEntries artifacts, ModelRun run, String modelName) {
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

    static String describe(List<ValueSpec> values) {
        return values.stream().map(ValueSpec::describe).collect(Collectors.joining("; "));
    }

    /** The agreement predictions, when the suite declares {@link AgreesWith}. */
    static Optional<ReferencePredictions> reference(MlgateConfiguration configuration, Class<?> suite) {
        Optional<AgreesWith> agreement = AnnotationSupport.findAnnotation(suite, AgreesWith.class);
        if (agreement.isEmpty()) {
            return Optional.empty();
        }
        Path file = configuration.resolvePath(agreement.get().predictions(), "@AgreesWith(predictions)");
        return Optional.of(ReferencePredictions.read(configuration.open(file), List.of(agreement.get().columns())));
    }
}
