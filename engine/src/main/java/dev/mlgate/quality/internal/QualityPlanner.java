package dev.mlgate.quality.internal;

import static dev.mlgate.engine.internal.check.Declarations.problem;

import dev.mlgate.engine.internal.check.CheckSpec;
import dev.mlgate.engine.internal.check.Declarations;
import dev.mlgate.engine.internal.check.DeclarationProblem;
import dev.mlgate.engine.internal.check.SuiteDefinition;
import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.quality.AtLeast;
import dev.mlgate.quality.AtMost;
import dev.mlgate.quality.EverySlice;
import dev.mlgate.quality.ModelQuality;
import dev.mlgate.quality.Slices;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.TestSource;

/**
 * Compiles a {@link ModelQuality} class: each method bounded by {@link AtLeast} or {@link AtMost} is a
 * gate. A method that takes an evaluation view and returns a metric but has no bound, a bound with an
 * unsupported parameter or return type, or two bounds at once is a declaration problem.
 */
public final class QualityPlanner {

    private static final Set<Class<?>> VIEWS = Set.of(BinaryScores.class);

    private QualityPlanner() {
    }

    /** Compiles {@code type}, which is annotated {@link ModelQuality}. */
    public static SuiteDefinition<QualityState> plan(Class<?> type) {
        ModelQuality quality = AnnotationSupport.findAnnotation(type, ModelQuality.class).orElseThrow();
        List<DeclarationProblem> problems = new ArrayList<>();
        TestSource classSource = Declarations.source(type);
        if (quality.predictions().isBlank() || quality.label().isBlank() || quality.score().isBlank()) {
            problems.add(problem(type.getName() + ": @ModelQuality needs predictions, label and score", classSource));
        }
        Optional<Slices> slices = AnnotationSupport.findAnnotation(type, Slices.class);
        slices.ifPresent(declared -> validate(type, declared, problems));
        List<CheckSpec<QualityState>> checks = new ArrayList<>();
        List<Method> methods = ReflectionSupport.findMethods(type, method -> !method.isSynthetic(),
                HierarchyTraversalMode.TOP_DOWN).stream().sorted(Comparator.comparing(Method::getName)).toList();
        boolean needsInstance = false;
        for (Method method : methods) {
            Optional<Threshold> threshold = threshold(type, method, problems);
            if (threshold.isEmpty()) {
                continue;
            }
            String where = type.getName() + "." + method.getName() + "()";
            TestSource source = Declarations.source(type, method);
            if (method.getParameterCount() != 1 || !VIEWS.contains(method.getParameterTypes()[0])) {
                problems.add(problem(where + ": a gate method takes exactly one evaluation view (BinaryScores); it is "
                        + "declared " + method.toGenericString(), source));
                continue;
            }
            if (!GateMethod.returnsMetric(method)) {
                problems.add(problem(where + ": a gate method returns a Metric or a double; it returns "
                        + method.getReturnType().getSimpleName(), source));
                continue;
            }
            needsInstance |= !Modifier.isStatic(method.getModifiers());
            ThresholdGate gate = new ThresholdGate(new GateMethod(method), threshold.get());
            boolean everySlice = AnnotationSupport.isAnnotated(method, EverySlice.class);
            if (everySlice && slices.isEmpty()) {
                problems.add(problem(where + " is @EverySlice but " + type.getSimpleName()
                        + " declares no @Slices columns", source));
                continue;
            }
            checks.add(new CheckSpec<>("gate", method.getName(),
                    method.getName() + " " + threshold.get().describe() + (everySlice ? " in every slice" : ""),
                    source, Optional.of(method), Declarations.tags(method, where, source, problems),
                    Declarations.blocking(method, type), everySlice,
                    everySlice ? new SliceGate(gate, List.of(slices.get().required())) : gate));
        }
        if (needsInstance && !hasNoArgConstructor(type)) {
            problems.add(problem(type.getName() + " declares instance gate methods but has no constructor without "
                    + "parameters; add one or make the gate methods static", classSource));
        }
        return new QualityDefinition(type, quality, checks, problems);
    }

    private static Optional<Threshold> threshold(Class<?> type, Method method, List<DeclarationProblem> problems) {
        Optional<AtLeast> atLeast = AnnotationSupport.findAnnotation(method, AtLeast.class);
        Optional<AtMost> atMost = AnnotationSupport.findAnnotation(method, AtMost.class);
        String where = type.getName() + "." + method.getName() + "()";
        TestSource source = Declarations.source(type, method);
        if (atLeast.isPresent() && atMost.isPresent()) {
            problems.add(problem(where + " has both @AtLeast and @AtMost; declare one bound per gate method", source));
            return Optional.empty();
        }
        if (atLeast.isEmpty() && atMost.isEmpty()) {
            if (!Modifier.isPrivate(method.getModifiers()) && method.getParameterCount() == 1
                    && VIEWS.contains(method.getParameterTypes()[0]) && GateMethod.returnsMetric(method)) {
                problems.add(problem(where + " computes a metric but declares no threshold; add @AtLeast or @AtMost, "
                        + "or make it private if it is a helper", source));
            }
            return Optional.empty();
        }
        Threshold threshold = atLeast.map(bound -> new Threshold(true, bound.value(), bound.confidence()))
                .orElseGet(() -> new Threshold(false, atMost.get().value(), atMost.get().confidence()));
        if (Double.isNaN(threshold.value()) || !(threshold.confidence() >= 0 && threshold.confidence() < 1)) {
            problems.add(problem(where + ": the bound " + threshold.value() + " with confidence "
                    + threshold.confidence() + " is invalid; the value is a number and the confidence lies in [0, 1)",
                    source));
            return Optional.empty();
        }
        return Optional.of(threshold);
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

    private static boolean hasNoArgConstructor(Class<?> type) {
        try {
            type.getDeclaredConstructor();
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
