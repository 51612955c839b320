package dev.mlgate.quality.internal;

import static dev.mlgate.engine.internal.check.Declarations.problem;

import dev.mlgate.engine.internal.check.Check;
import dev.mlgate.engine.internal.check.CheckSpec;
import dev.mlgate.engine.internal.check.DeclarationProblem;
import dev.mlgate.engine.internal.check.Declarations;
import dev.mlgate.engine.internal.check.SuiteDefinition;
import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.MulticlassPredictions;
import dev.mlgate.metrics.RegressionPredictions;
import dev.mlgate.quality.AtLeast;
import dev.mlgate.quality.AtMost;
import dev.mlgate.quality.EverySlice;
import dev.mlgate.quality.MaxSliceGap;
import dev.mlgate.quality.ModelQuality;
import dev.mlgate.quality.Slices;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.TestSource;

/**
 * Compiles a {@link ModelQuality} class: each method bounded by {@link AtLeast}, {@link AtMost} or
 * {@link MaxSliceGap} is a gate. A method that takes an evaluation view and returns a metric but has no
 * bound, a bound with an unsupported parameter or return type, a view that does not match the suite's
 * task, or two bounds at once is a declaration problem.
 */
public final class QualityPlanner {

    private static final Set<Class<?>> VIEWS =
            Set.of(BinaryScores.class, MulticlassPredictions.class, RegressionPredictions.class);

    private QualityPlanner() {
    }

    /** Compiles {@code type}, which is annotated {@link ModelQuality}. */
    public static SuiteDefinition<QualityState> plan(Class<?> type) {
        ModelQuality quality = AnnotationSupport.findAnnotation(type, ModelQuality.class).orElseThrow();
        List<DeclarationProblem> problems = new ArrayList<>();
        TestSource classSource = Declarations.source(type);
        Optional<Inputs> inputs = Inputs.of(type, quality, problems);
        Optional<Slices> slices = AnnotationSupport.findAnnotation(type, Slices.class);
        slices.ifPresent(declared -> validate(type, declared, problems));
        List<String> everySliceColumns = slices.map(declared -> List.of(declared.value())).orElse(List.of());
        Set<String> sliceColumns = new LinkedHashSet<>(everySliceColumns);
        List<CheckSpec<QualityState>> checks = new ArrayList<>();
        List<Method> methods = ReflectionSupport.findMethods(type, method -> !method.isSynthetic(),
                HierarchyTraversalMode.TOP_DOWN).stream().sorted(Comparator.comparing(Method::getName)).toList();
        boolean needsInstance = false;
        for (Method method : methods) {
            Optional<Bound> bound = bound(type, method, problems);
            if (bound.isEmpty()) {
                continue;
            }
            String where = type.getName() + "." + method.getName() + "()";
            TestSource source = Declarations.source(type, method);
            Class<?> view = inputs.isPresent() ? inputs.get().task().viewType() : BinaryScores.class;
            if (method.getParameterCount() != 1 || !VIEWS.contains(method.getParameterTypes()[0])) {
                problems.add(problem(where + ": a gate method takes exactly one evaluation view ("
                        + view.getSimpleName() + "); it is declared " + method.toGenericString(), source));
                continue;
            }
            if (inputs.isPresent() && method.getParameterTypes()[0] != view) {
                problems.add(problem(where + " takes " + method.getParameterTypes()[0].getSimpleName() + ", but "
                        + type.getSimpleName() + " declares " + inputs.get().task().description() + ", whose view is "
                        + view.getSimpleName(), source));
                continue;
            }
            if (!GateMethod.returnsMetric(method)) {
                problems.add(problem(where + ": a gate method returns a Metric or a double; it returns "
                        + method.getReturnType().getSimpleName(), source));
                continue;
            }
            needsInstance |= !Modifier.isStatic(method.getModifiers());
            boolean everySlice = AnnotationSupport.isAnnotated(method, EverySlice.class);
            if (everySlice && slices.isEmpty()) {
                problems.add(problem(where + " is @EverySlice but " + type.getSimpleName()
                        + " declares no @Slices columns", source));
                continue;
            }
            boolean upperBound = bound.get().threshold() != null && !bound.get().threshold().atLeast();
            GateMethod gate = new GateMethod(method, GateMethod.direction(method, upperBound));
            String displayName;
            Check<QualityState> check;
            if (bound.get().gap() != null) {
                if (everySlice) {
                    problems.add(problem(where + " is both @MaxSliceGap and @EverySlice; a slice gap already"
                            + " compares the slices", source));
                    continue;
                }
                SliceGapGate gapGate = new SliceGapGate(gate, bound.get().gap().slice(), bound.get().gap().value());
                sliceColumns.add(gapGate.column());
                displayName = method.getName() + " " + gapGate.describe();
                check = gapGate;
            } else {
                Threshold threshold = bound.get().threshold();
                ThresholdGate thresholdGate = new ThresholdGate(gate, threshold);
                displayName = method.getName() + " " + threshold.describe() + (everySlice ? " in every slice" : "");
                check = everySlice
                        ? new SliceGate(thresholdGate, everySliceColumns, List.of(slices.get().required()))
                        : thresholdGate;
            }
            checks.add(new CheckSpec<>("gate", method.getName(), displayName, source, Optional.of(method),
                    Declarations.tags(method, where, source, problems), Declarations.blocking(method, type),
                    everySlice, check));
        }
        checks.addAll(ModelGates.of(type, quality, problems));
        if (needsInstance && !Inputs.hasNoArgConstructor(type)) {
            problems.add(problem(type.getName() + " declares instance gate methods but has no constructor without "
                    + "parameters; add one or make the gate methods static", classSource));
        }
        int minSize = slices.map(Slices::minSize).orElse(-1);
        return new QualityDefinition(type, inputs, List.copyOf(sliceColumns), minSize, checks, problems);
    }

    /** A gate's bound: a threshold, or a maximum gap between slices. */
    private record Bound(Threshold threshold, MaxSliceGap gap) {
    }

    private static Optional<Bound> bound(Class<?> type, Method method, List<DeclarationProblem> problems) {
        Optional<AtLeast> atLeast = AnnotationSupport.findAnnotation(method, AtLeast.class);
        Optional<AtMost> atMost = AnnotationSupport.findAnnotation(method, AtMost.class);
        Optional<MaxSliceGap> gap = AnnotationSupport.findAnnotation(method, MaxSliceGap.class);
        String where = type.getName() + "." + method.getName() + "()";
        TestSource source = Declarations.source(type, method);
        int count = (atLeast.isPresent() ? 1 : 0) + (atMost.isPresent() ? 1 : 0) + (gap.isPresent() ? 1 : 0);
        if (count > 1) {
            problems.add(problem(where + " has more than one of @AtLeast, @AtMost and @MaxSliceGap; declare one bound"
                    + " per gate method", source));
            return Optional.empty();
        }
        if (count == 0) {
            if (!Modifier.isPrivate(method.getModifiers()) && method.getParameterCount() == 1
                    && VIEWS.contains(method.getParameterTypes()[0]) && GateMethod.returnsMetric(method)) {
                problems.add(problem(where + " computes a metric but declares no threshold; add @AtLeast or @AtMost, "
                        + "or make it private if it is a helper", source));
            }
            return Optional.empty();
        }
        if (gap.isPresent()) {
            if (!(gap.get().value() >= 0) || Double.isInfinite(gap.get().value()) || gap.get().slice().isBlank()) {
                problems.add(problem(where + ": @MaxSliceGap(value = " + gap.get().value() + ", slice = \""
                        + gap.get().slice() + "\") is invalid; the value is a finite number of at least 0 and the"
                        + " slice names a column", source));
                return Optional.empty();
            }
            return Optional.of(new Bound(null, gap.get()));
        }
        Threshold threshold = atLeast.map(declared -> new Threshold(true, declared.value(), declared.confidence()))
                .orElseGet(() -> new Threshold(false, atMost.get().value(), atMost.get().confidence()));
        if (Double.isNaN(threshold.value()) || !(threshold.confidence() >= 0 && threshold.confidence() < 1)) {
            problems.add(problem(where + ": the bound " + threshold.value() + " with confidence "
                    + threshold.confidence() + " is invalid; the value is a number and the confidence lies in [0, 1)",
                    source));
            return Optional.empty();
        }
        return Optional.of(new Bound(threshold, null));
    }

    private static void validate(Class<?> type, Slices slices, List<DeclarationProblem> problems) {
        TestSource source = Declarations.source(type);
        List<String> columns = List.of(slices.value());
        if (columns.isEmpty() || columns.stream().anyMatch(String::isBlank)) {
            problems.add(problem(type.getName() + ": @Slices names no column or a blank one", source));
        }
        if (slices.minSize() == 0 || slices.minSize() < -1) {
            problems.add(problem(type.getName() + ": @Slices(minSize = " + slices.minSize()
                    + ") is invalid; a minimum slice size is at least 1", source));
        }
        for (String required : slices.required()) {
            int equals = required.indexOf('=');
            if (equals <= 0 || !columns.contains(required.substring(0, equals))) {
                problems.add(problem(type.getName() + ": @Slices(required = \"" + required
                        + "\") must read column=value with one of the slice columns " + columns, source));
            }
        }
    }
}
