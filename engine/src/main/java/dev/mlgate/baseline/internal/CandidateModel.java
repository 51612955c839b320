package dev.mlgate.baseline.internal;

import static dev.mlgate.engine.internal.check.Declarations.problem;

import dev.mlgate.baseline.BaselineComparison;
import dev.mlgate.data.RowSource;
import dev.mlgate.engine.internal.MlgateConfiguration;
import dev.mlgate.engine.internal.check.DeclarationProblem;
import dev.mlgate.model.internal.ModelRun;
import dev.mlgate.model.internal.ModelScoring;
import dev.mlgate.model.internal.SuiteModels;
import dev.mlgate.quality.AgreesWith;
import dev.mlgate.quality.LatencyBudget;
import dev.mlgate.quality.MemoryBudget;
import dev.mlgate.quality.ModelInput;
import dev.mlgate.quality.ModelSizeBudget;
import dev.mlgate.quality.ModelTask;
import dev.mlgate.spi.OutputRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.TestSource;

/**
 * A comparison whose candidate is a model file ({@link BaselineComparison#candidateModelFile()}): the
 * declaration rules of {@code @ModelQuality(modelFile = ...)}, and the scoring of the evaluation data, whose
 * predictions then stand where a candidate file's would.
 */
final class CandidateModel {

    private CandidateModel() {
    }

    /** Reports what is wrong with the model attributes of {@code comparison}, each problem naming the class. */
    static void validate(Class<?> type, String name, BaselineComparison comparison, TestSource source,
            List<DeclarationProblem> problems) {
        List<String> modelGates = Stream.of(AgreesWith.class, LatencyBudget.class, ModelSizeBudget.class,
                MemoryBudget.class).filter(gate -> AnnotationSupport.isAnnotated(type, gate))
                .map(gate -> "@" + gate.getSimpleName()).toList();
        if (!modelGates.isEmpty()) {
            // a gate that silently never runs would pass a model nobody checked
            problems.add(problem(type.getName() + " declares " + String.join(", ", modelGates) + ", which a"
                    + " comparison does not run; declare them on a @ModelQuality suite naming the model file", source));
        }
        if (!Kind.modelled(comparison)) {
            if (!comparison.data().isBlank() || comparison.inputs().length > 0) {
                problems.add(problem(name + " sets data or inputs, which only a candidateModelFile reads; a"
                        + " candidate predictions file holds its predictions", source));
            }
            return;
        }
        String model = "model \"" + comparison.candidateModelFile() + "\"";
        if (comparison.data().isBlank()) {
            problems.add(problem(name + " scores the " + model + ": set data (the evaluation rows)", source));
        }
        if (!comparison.score().isBlank() || comparison.probabilities().length > 0
                || !comparison.prediction().isBlank()) {
            problems.add(problem(name + " scores the " + model + ", so it declares no score, probabilities or"
                    + " prediction column (output names the model's output; baselineScore, baselinePrediction or"
                    + " baselineProbabilities the baseline's columns)", source));
        }
        if (comparison.batchSize() < 1) {
            problems.add(problem(name + "(batchSize = " + comparison.batchSize() + ") must be at least 1", source));
        }
        for (ModelInput input : comparison.inputs()) {
            if (input.name().isBlank() || input.columns().length == 0
                    || List.of(input.columns()).stream().anyMatch(String::isBlank)) {
                problems.add(problem(name + ": @ModelInput(name = \"" + input.name() + "\", columns = "
                        + List.of(input.columns()) + ") needs an input name and at least one column", source));
            }
        }
        if (comparison.task() == ModelTask.MULTICLASS && comparison.classes().length < 2) {
            problems.add(problem(name + ": a multiclass model needs classes, the label of each class probability"
                    + " (at least two)", source));
        } else if (comparison.task() != ModelTask.MULTICLASS && comparison.classes().length > 0) {
            problems.add(problem(name + ": a " + comparison.task().name().toLowerCase(Locale.ROOT) + " model"
                    + " declares no classes (task = MULTICLASS does)", source));
        }
    }

    /** Scores {@code data} with the candidate model file, after checking its signature against the data. */
    static ModelRun score(MlgateConfiguration configuration, BaselineComparison comparison, RowSource data) {
        Path model = configuration.resolvePath(comparison.candidateModelFile(),
                "@BaselineComparison(candidateModelFile)");
        return ModelScoring.score(model, data, comparison.inputs(), request(comparison), comparison.batchSize(),
                SuiteModels.threads(configuration), Optional.empty());
    }

    private static OutputRequest request(BaselineComparison comparison) {
        return new OutputRequest(comparison.task(), comparison.output(), comparison.positive(),
                List.of(comparison.classes()));
    }
}
