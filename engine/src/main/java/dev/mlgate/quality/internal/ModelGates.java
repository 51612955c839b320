package dev.mlgate.quality.internal;

import static dev.mlgate.engine.internal.check.Declarations.problem;

import dev.mlgate.engine.internal.check.Check;
import dev.mlgate.engine.internal.check.CheckSpec;
import dev.mlgate.engine.internal.check.DeclarationProblem;
import dev.mlgate.engine.internal.check.Declarations;
import dev.mlgate.quality.AgreesWith;
import dev.mlgate.quality.LatencyBudget;
import dev.mlgate.quality.MemoryBudget;
import dev.mlgate.quality.ModelQuality;
import dev.mlgate.quality.ModelSizeBudget;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.TestSource;

/**
 * The gates a {@link ModelQuality} suite declares on its model file with class annotations:
 * {@link AgreesWith}, {@link ModelSizeBudget}, {@link MemoryBudget} and {@link LatencyBudget}. They need a
 * model file; on a suite without one, or with an invalid bound, each is a declaration problem. Latency
 * gates warn unless the budget says {@code blocking}; the others block unless the suite is {@code @Warn}.
 */
final class ModelGates {

    private ModelGates() {
    }

    static List<CheckSpec<QualityState>> of(Class<?> type, ModelQuality quality, List<DeclarationProblem> problems) {
        TestSource source = Declarations.source(type);
        boolean blocking = Declarations.blocking(type, type);
        List<CheckSpec<QualityState>> gates = new ArrayList<>();
        Optional<AgreesWith> agreement = AnnotationSupport.findAnnotation(type, AgreesWith.class);
        Optional<ModelSizeBudget> size = AnnotationSupport.findAnnotation(type, ModelSizeBudget.class);
        Optional<MemoryBudget> memory = AnnotationSupport.findAnnotation(type, MemoryBudget.class);
        Optional<LatencyBudget> latency = AnnotationSupport.findAnnotation(type, LatencyBudget.class);
        boolean any = agreement.isPresent() || size.isPresent() || memory.isPresent() || latency.isPresent();
        if (any && quality.modelFile().isBlank()) {
            problems.add(problem(type.getName() + " declares agreement or budget gates, which judge a model file,"
                    + " but @ModelQuality names no modelFile", source));
            return gates;
        }
        String where = type.getName() + ": ";
        agreement.ifPresent(declared -> {
            if (!(declared.tolerance() >= 0) || declared.columns().length == 0 || declared.predictions().isBlank()) {
                problems.add(problem(where + "@AgreesWith needs a predictions file, its columns and a tolerance of at"
                        + " least 0", source));
            } else {
                gates.add(spec(type, "agreement", "agrees with " + declared.predictions() + " within "
                        + Threshold.format(declared.tolerance()), blocking, new AgreementGate(declared.tolerance())));
            }
        });
        size.ifPresent(declared -> {
            if (declared.maxBytes() < 1) {
                problems.add(problem(where + "@ModelSizeBudget(maxBytes = " + declared.maxBytes() + ") must be at least 1",
                        source));
            } else {
                gates.add(spec(type, "model-size", "model file size <= " + declared.maxBytes() + " bytes", blocking,
                        new BudgetGate.Size(declared.maxBytes())));
            }
        });
        memory.ifPresent(declared -> {
            if (!(declared.maxMegabytes() > 0) || Double.isInfinite(declared.maxMegabytes())) {
                problems.add(problem(where + "@MemoryBudget(maxMegabytes = " + declared.maxMegabytes()
                        + ") must be a finite number above 0", source));
            } else {
                gates.add(spec(type, "memory", "peak session memory <= " + Threshold.format(declared.maxMegabytes())
                        + " MiB", blocking, new BudgetGate.Memory(declared.maxMegabytes())));
            }
        });
        latency.ifPresent(declared -> latency(type, declared, blocking, gates, problems));
        return gates;
    }

    private static void latency(Class<?> type, LatencyBudget budget, boolean suiteBlocking,
            List<CheckSpec<QualityState>> gates, List<DeclarationProblem> problems) {
        TestSource source = Declarations.source(type);
        boolean valid = Set.of(50, 95, 99).contains(budget.percentile()) && budget.perRowMillis() >= 0
                && budget.perBatchMillis() >= 0 && budget.perRowMillis() + budget.perBatchMillis() > 0
                && Double.isFinite(budget.perRowMillis() + budget.perBatchMillis()) && budget.warmup() >= 0
                && budget.rowSamples() >= 1;
        if (!valid) {
            problems.add(problem(type.getName() + ": @LatencyBudget needs perRowMillis or perBatchMillis above 0,"
                    + " percentile 50, 95 or 99, warmup of at least 0 and rowSamples of at least 1", source));
            return;
        }
        boolean blocking = budget.blocking() && suiteBlocking;
        if (budget.perRowMillis() > 0) {
            gates.add(spec(type, "latency-per-row", "p" + budget.percentile() + " latency per row <= "
                    + Threshold.format(budget.perRowMillis()) + " ms", blocking,
                    new BudgetGate.Latencies(true, budget.percentile(), budget.perRowMillis())));
        }
        if (budget.perBatchMillis() > 0) {
            gates.add(spec(type, "latency-per-batch", "p" + budget.percentile() + " latency per batch <= "
                    + Threshold.format(budget.perBatchMillis()) + " ms", blocking,
                    new BudgetGate.Latencies(false, budget.percentile(), budget.perBatchMillis())));
        }
    }

    private static CheckSpec<QualityState> spec(Class<?> type, String segment, String displayName, boolean blocking,
            Check<QualityState> check) {
        return new CheckSpec<>("gate", segment, displayName, Declarations.source(type), Optional.empty(), Set.of(),
                blocking, false, check);
    }
}
