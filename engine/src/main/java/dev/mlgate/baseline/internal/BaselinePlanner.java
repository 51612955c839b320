package dev.mlgate.baseline.internal;

import static dev.mlgate.engine.internal.check.Declarations.problem;

import dev.mlgate.baseline.BaselineComparison;
import dev.mlgate.baseline.BetterThanBaseline;
import dev.mlgate.metrics.HigherIsBetter;
import dev.mlgate.metrics.LowerIsBetter;
import dev.mlgate.baseline.MaxChurn;
import dev.mlgate.baseline.NoWorseThanBaseline;
import dev.mlgate.engine.internal.check.Check;
import dev.mlgate.engine.internal.check.CheckSpec;
import dev.mlgate.engine.internal.check.DeclarationProblem;
import dev.mlgate.engine.internal.check.Declarations;
import dev.mlgate.engine.internal.check.SuiteDefinition;
import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.Direction;
import dev.mlgate.metrics.Metric;
import dev.mlgate.metrics.MulticlassPredictions;
import dev.mlgate.metrics.RegressionPredictions;
import dev.mlgate.quality.EverySlice;
import dev.mlgate.quality.Slices;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.TestSource;

/**
 * Compiles a {@link BaselineComparison} class: each method marked {@link NoWorseThanBaseline} or
 * {@link BetterThanBaseline} is a comparison gate, and {@link MaxChurn} on the class is a churn gate.
 * Declaration mistakes, each naming the class and member, are reported at discovery: a metric method
 * without a requirement, two requirements on one method, a wrong parameter or return type, a
 * {@code double} gate without {@link HigherIsBetter} or {@link LowerIsBetter}, invalid attributes, columns
 * that declare no task (or two), a gate view, a {@code test} or a {@link MaxChurn} that does not fit the
 * task the columns declare ({@link Kind}).
 */
public final class BaselinePlanner {

    private static final List<Class<?>> VIEWS = List.of(BinaryScores.class, RegressionPredictions.class,
            MulticlassPredictions.class);

    private BaselinePlanner() {
    }

    /** Compiles {@code type}, which is annotated {@link BaselineComparison}. */
    public static SuiteDefinition<BaselineState> plan(Class<?> type) {
        BaselineComparison comparison = AnnotationSupport.findAnnotation(type, BaselineComparison.class).orElseThrow();
        List<DeclarationProblem> problems = new ArrayList<>();
        TestSource classSource = Declarations.source(type);
        Kind kind = DeclaredColumns.validate(type, comparison, problems);
        Optional<Slices> slices = AnnotationSupport.findAnnotation(type, Slices.class);
        List<CheckSpec<BaselineState>> checks = new ArrayList<>();
        boolean needsInstance = false;
        List<Method> methods = ReflectionSupport.findMethods(type, method -> !method.isSynthetic(),
                HierarchyTraversalMode.TOP_DOWN).stream().sorted(Comparator.comparing(Method::getName)).toList();
        for (Method method : methods) {
            String where = type.getName() + "." + method.getName() + "()";
            TestSource source = Declarations.source(type, method);
            Optional<Requirement> requirement = requirement(method, kind, where, source, problems);
            if (requirement.isEmpty()) {
                continue;
            }
            Optional<ComparisonMethod> gate = gateMethod(method, kind, where, source, problems);
            boolean everySlice = AnnotationSupport.isAnnotated(method, EverySlice.class);
            if (everySlice && slices.isEmpty()) {
                problems.add(problem(where + " is @EverySlice but " + type.getSimpleName() + " declares no @Slices"
                        + " columns", source));
                continue;
            }
            if (gate.isEmpty()) {
                continue;
            }
            if (kind == Kind.BINARY) {
                Optional<String> mismatch = TestFit.mismatch(gate.get(), requirement.get().test(), where);
                if (mismatch.isPresent()) {
                    problems.add(problem(mismatch.get(), source));
                    continue;
                }
            }
            needsInstance |= !Modifier.isStatic(method.getModifiers());
            Check<BaselineState> check = everySlice
                    ? new SliceComparisonGate(gate.get(), requirement.get(), List.of(slices.get().required()))
                    : new ComparisonGate(gate.get(), requirement.get());
            checks.add(new CheckSpec<>("comparison", method.getName(), method.getName() + " "
                    + requirement.get().describe() + (everySlice ? " in every slice" : ""), source, Optional.of(method),
                    Declarations.tags(method, where, source, problems), Declarations.blocking(method, type), everySlice,
                    check));
        }
        AnnotationSupport.findAnnotation(type, MaxChurn.class).ifPresent(churn -> {
            if (kind != null && kind != Kind.BINARY) {
                problems.add(problem(type.getName() + ": @MaxChurn bounds the share of predictions changing at a"
                        + " score threshold, which only a binary comparison (label + score) has; it is " + kind.description(),
                        classSource));
                return;
            }
            if (!(churn.value() >= 0 && churn.value() <= 1) || Double.isNaN(churn.threshold())) {
                problems.add(problem(type.getName() + ": @MaxChurn(value = " + churn.value() + ", threshold = "
                        + churn.threshold() + ") is invalid; the value is a share in [0, 1]", classSource));
                return;
            }
            ChurnGate gate = new ChurnGate(churn.value(), churn.threshold());
            checks.add(new CheckSpec<>("churn", "churn", gate.describe(), classSource, Optional.empty(),
                    java.util.Set.of(), Declarations.blocking(type, type), false, gate));
        });
        if (needsInstance && !hasNoArgConstructor(type)) {
            problems.add(problem(type.getName() + " declares instance gate methods but has no constructor without"
                    + " parameters; add one or make the gate methods static", classSource));
        }
        return new BaselineDefinition(type, comparison, checks, problems);
    }

    private static Optional<Requirement> requirement(Method method, Kind kind, String where, TestSource source,
            List<DeclarationProblem> problems) {
        Optional<NoWorseThanBaseline> noWorse = AnnotationSupport.findAnnotation(method, NoWorseThanBaseline.class);
        Optional<BetterThanBaseline> better = AnnotationSupport.findAnnotation(method, BetterThanBaseline.class);
        if (noWorse.isPresent() && better.isPresent()) {
            problems.add(problem(where + " has both @NoWorseThanBaseline and @BetterThanBaseline; declare one"
                    + " requirement per gate method", source));
            return Optional.empty();
        }
        if (noWorse.isEmpty() && better.isEmpty()) {
            if (!Modifier.isPrivate(method.getModifiers()) && takesAView(method)
                    && ComparisonMethod.returnsMetric(method)) {
                problems.add(problem(where + " computes a metric but declares no requirement; add"
                        + " @NoWorseThanBaseline or @BetterThanBaseline, or make it private if it is a helper", source));
            }
            return Optional.empty();
        }
        Requirement requirement = noWorse.map(Requirement::of).orElseGet(() -> Requirement.of(better.get()));
        String invalid = requirement.invalid();
        if (invalid != null) {
            problems.add(problem(where + ": " + invalid, source));
            return Optional.empty();
        }
        if (kind != null && !kind.fits(requirement.test())) {
            problems.add(problem(where + ": test = " + requirement.test() + " does not fit " + kind.description()
                    + "; the tests that fit it are " + kind.fittingTests(), source));
            return Optional.empty();
        }
        return Optional.of(requirement);
    }

    private static Optional<ComparisonMethod> gateMethod(Method method, Kind kind, String where, TestSource source,
            List<DeclarationProblem> problems) {
        if (kind == null) {
            return Optional.empty();
        }
        if (method.getParameterCount() != 1 || method.getParameterTypes()[0] != kind.viewType()) {
            problems.add(problem(where + ": a comparison gate method takes exactly one evaluation view ("
                    + kind.viewType().getSimpleName() + (kind == Kind.BINARY ? "" : ", as the declared columns make "
                    + kind.description()) + "); it is declared " + method.toGenericString(), source));
            return Optional.empty();
        }
        if (!ComparisonMethod.returnsMetric(method)) {
            problems.add(problem(where + ": a comparison gate method returns a Metric or a double; it returns "
                    + method.getReturnType().getSimpleName(), source));
            return Optional.empty();
        }
        boolean higher = AnnotationSupport.isAnnotated(method, HigherIsBetter.class);
        boolean lower = AnnotationSupport.isAnnotated(method, LowerIsBetter.class);
        if (higher && lower) {
            problems.add(problem(where + " is both @HigherIsBetter and @LowerIsBetter; declare one direction", source));
            return Optional.empty();
        }
        if (method.getReturnType() != Metric.class && !higher && !lower) {
            problems.add(problem(where + " returns a double, whose direction mlgate cannot know; annotate it"
                    + " @HigherIsBetter or @LowerIsBetter, or return a Metric", source));
            return Optional.empty();
        }
        Optional<Direction> declared = higher ? Optional.of(Direction.HIGHER_IS_BETTER)
                : lower ? Optional.of(Direction.LOWER_IS_BETTER) : Optional.empty();
        return Optional.of(new ComparisonMethod(method, declared));
    }

    private static boolean takesAView(Method method) {
        return method.getParameterCount() == 1 && VIEWS.contains(method.getParameterTypes()[0]);
    }

    private static boolean hasNoArgConstructor(Class<?> type) {
        try {
            type.getDeclaredConstructor();
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
