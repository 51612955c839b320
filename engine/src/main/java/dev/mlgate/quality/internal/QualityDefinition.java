package dev.mlgate.quality.internal;

import dev.mlgate.data.RowSource;
import dev.mlgate.engine.internal.ArtifactEntries;
import dev.mlgate.engine.internal.MlgateConfiguration;
import dev.mlgate.engine.internal.check.CheckSpec;
import dev.mlgate.engine.internal.check.DeclarationProblem;
import dev.mlgate.engine.internal.check.DeclaredSuite;
import dev.mlgate.model.internal.ModelRun;
import dev.mlgate.model.internal.SuiteModels;
import dev.mlgate.quality.ModelQuality;
import dev.mlgate.quality.Scorer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A compiled {@link ModelQuality} suite: its gates and how to build the evaluation view they read. */
final class QualityDefinition extends DeclaredSuite<QualityState> {

    private final Optional<Inputs> inputs;
    private final List<String> sliceColumns;
    private final int declaredMinSliceSize;

    QualityDefinition(Class<?> suiteClass, Optional<Inputs> inputs, List<String> sliceColumns,
            int declaredMinSliceSize, List<CheckSpec<QualityState>> checks, List<DeclarationProblem> problems) {
        super(suiteClass, "model quality", checks, problems);
        this.inputs = inputs;
        this.sliceColumns = List.copyOf(sliceColumns);
        this.declaredMinSliceSize = declaredMinSliceSize;
    }

    @Override
    public QualityState open(MlgateConfiguration configuration, List<CheckSpec<QualityState>> selected)
            throws Exception {
        Inputs declared = inputs.orElseThrow(() -> new IllegalStateException(suiteClass().getName()
                + " declares no valid @ModelQuality inputs; see the discovery issues"));
        boolean inProcess = declared.scorer().isPresent() || declared.modelled();
        Path file = configuration.resolvePath(declared.file(),
                inProcess ? "@ModelQuality(data)" : "@ModelQuality(predictions)");
        RowSource source = configuration.open(file);
        Optional<Scorer> scorer = declared.scorer().isPresent()
                ? Optional.of(newScorer(declared.scorer().get()))
                : Optional.empty();
        Optional<ModelRun> run = declared.modelled()
                ? Optional.of(ModelSuites.score(configuration, declared.quality(), source, suiteClass()))
                : Optional.empty();
        PredictionsReader.Read read = PredictionsReader.read(source, declared, sliceColumns, scorer, run);
        int minSliceSize = declaredMinSliceSize > 0 ? declaredMinSliceSize : configuration.minSliceSize();
        Object instance = suiteInstance();
        String modelName = declared.quality().model();
        ArtifactEntries artifacts = new ArtifactEntries(configuration.basedir())
                .add(inProcess ? "evaluation data" : "predictions", read.summary(), modelName);
        run.ifPresent(model -> SuiteModels.addArtifact(artifacts, model, modelName));
        Optional<ReferencePredictions> reference = ModelSuites.reference(configuration, suiteClass());
        reference.ifPresent(predictions -> artifacts.add("agreement predictions", predictions.summary()));
        return new QualityState(file, artifacts.toMap(), declared.task(), read.view(),
                read.slices(), read.ids(), minSliceSize, instance, configuration.seed(),
                configuration.bootstrapResamples(), run, reference, configuration.maxExamples(), configuration.threads(),
                new SharedIntervals(checks().stream().map(CheckSpec::check).filter(ThresholdGate.class::isInstance)
                        .map(ThresholdGate.class::cast).toList()));
    }

    @Override
    public Map<String, String> suiteEntries(QualityState state) {
        return QualityEntries.of(state);
    }

    private static Scorer newScorer(Class<? extends Scorer> type) {
        try {
            return DeclaredSuite.newInstance(type);
        } catch (ReflectiveOperationException | RuntimeException e) {
            Throwable cause = e instanceof java.lang.reflect.InvocationTargetException ? e.getCause() : e;
            throw new IllegalStateException("the scorer " + type.getName() + " could not be created: " + cause, cause);
        }
    }
}
