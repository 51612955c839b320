package dev.mlgate.quality.internal;

import dev.mlgate.data.RowSource;
import dev.mlgate.engine.internal.MlgateConfiguration;
import dev.mlgate.model.internal.ModelRun;
import dev.mlgate.model.internal.ModelScoring;
import dev.mlgate.model.internal.SuiteModels;
import dev.mlgate.quality.AgreesWith;
import dev.mlgate.quality.LatencyBudget;
import dev.mlgate.quality.ModelQuality;
import dev.mlgate.spi.OutputRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.platform.commons.support.AnnotationSupport;

/** How a {@link ModelQuality} suite with a model file scores it and reads its agreement file. */
final class ModelSuites {

    private ModelSuites() {
    }

    static ModelRun score(MlgateConfiguration configuration, ModelQuality quality, RowSource data, Class<?> suite) {
        Path model = configuration.resolvePath(quality.modelFile(), "@ModelQuality(modelFile)");
        OutputRequest request = new OutputRequest(quality.task(), quality.output(), quality.positive(),
                List.of(quality.classes()));
        return ModelScoring.score(model, data, quality.inputs(), request, quality.batchSize(),
                SuiteModels.threads(configuration), AnnotationSupport.findAnnotation(suite, LatencyBudget.class));
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
