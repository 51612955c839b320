package dev.mlgate.history.internal;

import dev.mlgate.engine.internal.check.CheckSpec;
import dev.mlgate.engine.internal.check.DeclarationProblem;
import dev.mlgate.engine.internal.check.Evaluation;
import dev.mlgate.engine.internal.check.SuiteDefinition;
import dev.mlgate.engine.internal.check.Verdict;
import dev.mlgate.history.NoAnomaly;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;

/**
 * Adds a check for each {@code @NoAnomaly} of a suite class to the checks its kind planned: on a method (a
 * gate, a comparison, or a record component's accessor, to which a component's annotation carries over) it
 * watches that member's check; on the class, the suite's row count or the class-level check named by
 * {@code metric}. Each anomaly check follows the check it watches.
 */
public final class AnomalyPlanner {

    /** Unique-id segment type of anomaly checks; their values are not recorded (they repeat the watched one). */
    public static final String SEGMENT = "anomaly";

    /** Name, in the repository, of a suite's row count (its first artifact's rows). */
    public static final String ROWS = "rows";

    private AnomalyPlanner() {
    }

    /** {@code planned} with its anomaly checks, or {@code planned} itself when it declares none. */
    public static <S> SuiteDefinition<S> attach(SuiteDefinition<S> planned) {
        Class<?> type = planned.suiteClass();
        List<CheckSpec<S>> checks = new ArrayList<>(planned.checks());
        List<DeclarationProblem> problems = new ArrayList<>();
        List<WithAnomalies.Watch<S>> watches = new ArrayList<>();
        List<Method> methods = Arrays.stream(type.getDeclaredMethods())
                .sorted(Comparator.comparing(Method::getName)).toList();
        for (Method method : methods) {
            for (NoAnomaly declared : declarations(method)) {
                List<CheckSpec<S>> candidates = planned.checks().stream()
                        .filter(spec -> spec.member().filter(method::equals).isPresent()).toList();
                String where = type.getName() + "." + method.getName();
                if (valid(declared, where, MethodSource.from(method), problems)) {
                    target(declared, candidates, MethodSource.from(method), where, problems).ifPresent(target ->
                            watches.add(new WithAnomalies.Watch<>(declared, target, MethodSource.from(method))));
                }
            }
        }
        for (NoAnomaly declared : declarations(type)) {
            if (!valid(declared, type.getName(), ClassSource.from(type), problems)) {
                continue;
            }
            if (declared.metric().isBlank()) {
                watches.add(new WithAnomalies.Watch<>(declared, null, ClassSource.from(type)));
            } else {
                target(declared, planned.checks(), ClassSource.from(type), type.getName(), problems)
                        .ifPresent(target -> watches.add(new WithAnomalies.Watch<>(declared, target,
                                ClassSource.from(type))));
            }
        }
        if (watches.isEmpty() && problems.isEmpty()) {
            return planned;
        }
        Set<String> used = new HashSet<>();
        Map<CheckSpec<S>, CheckSpec<S>> watched = new IdentityHashMap<>();
        for (WithAnomalies.Watch<S> watch : watches) {
            CheckSpec<S> spec = spec(planned, watch, used);
            int after = watch.target() == null ? -1 : checks.indexOf(watch.target());
            int at = after + 1;
            while (at < checks.size() && checks.get(at).segmentType().equals(SEGMENT)) {
                at++; // several anomaly checks of one target keep their declaration order
            }
            checks.add(after < 0 ? checks.size() : at, spec);
            if (watch.target() != null) {
                watched.put(spec, watch.target());
            }
        }
        return new WithAnomalies<>(planned, checks, problems, watched);
    }

    private static <S> CheckSpec<S> spec(SuiteDefinition<S> planned, WithAnomalies.Watch<S> watch, Set<String> used) {
        NoAnomaly declared = watch.declared();
        Detector detector = Detectors.of(declared);
        String strategy = declared.strategy().name().toLowerCase(Locale.ROOT).replace('_', '-');
        String base = (watch.target() == null ? ROWS : watch.target().segmentValue()) + "#" + strategy;
        String key = base;
        for (int n = 2; !used.add(key); n++) {
            key = base + "-" + n;
        }
        String watchedName = watch.target() == null ? "row count" : watch.target().displayName();
        String metric = metricOf(watch.target());
        AnomalyCheck.Watched<S> value = watch.target() == null ? state -> rows(planned, state)
                : state -> observed(watch.target().check().evaluate(state));
        boolean blocking = declared.blocking() && (watch.target() == null || watch.target().blocking());
        Set<String> tags = watch.target() == null ? Set.of() : watch.target().tags();
        return new CheckSpec<>(SEGMENT, key, watchedName + ": no anomaly (" + detector.describe() + ")",
                watch.source(), watch.target() == null ? Optional.empty() : watch.target().member(), tags, blocking,
                false, new AnomalyCheck<>(detector, metric, watchedName, declared.runs(), value));
    }

    /** The name a check's value is recorded under: {@code type:value}, as in its unique id. */
    public static String metricOf(CheckSpec<?> spec) {
        return spec == null ? ROWS : spec.segmentType() + ":" + spec.segmentValue();
    }

    private static <S> double rows(SuiteDefinition<S> planned, S state) {
        String rows = planned.suiteEntries(state).get("mlgate.artifact.0.rows");
        return rows == null ? Double.NaN : Double.parseDouble(rows);
    }

    private static double observed(Evaluation evaluation) {
        if (evaluation instanceof Verdict verdict) {
            return verdict.evidence().observed();
        }
        throw new IllegalStateException("the watched check breaks down by slice or column; it has no single value");
    }

    private static <S> Optional<CheckSpec<S>> target(NoAnomaly declared, List<CheckSpec<S>> candidates,
            TestSource source, String where, List<DeclarationProblem> problems) {
        String wanted = declared.metric().trim();
        List<CheckSpec<S>> matching = candidates.stream()
                .filter(spec -> !spec.segmentType().equals(SEGMENT))
                .filter(spec -> wanted.isEmpty() ? !implicit(spec) : spec.segmentValue().equals(wanted)
                        || spec.segmentValue().endsWith("." + wanted))
                .toList();
        if (matching.size() == 1 && !matching.get(0).breaksDown()) {
            return Optional.of(matching.get(0));
        }
        String names = candidates.stream().map(CheckSpec::segmentValue).collect(Collectors.joining(", "));
        String why = matching.isEmpty() && wanted.isEmpty()
                ? "watches no check: the member declares no constraint, gate or comparison"
                : matching.isEmpty() ? "watches no check named '" + wanted + "' (declared here: " + names + ")"
                : matching.size() > 1 ? "is ambiguous: name the check with metric = one of "
                        + matching.stream().map(CheckSpec::segmentValue).collect(Collectors.joining(", "))
                : "watches a check that breaks down by slice or column, which has no single value";
        problems.add(new DeclarationProblem(where + ": @NoAnomaly " + why, Optional.of(source)));
        return Optional.empty();
    }

    /** A column's schema checks (its type, its non-nullness), watched only when named by {@code metric}. */
    private static boolean implicit(CheckSpec<?> spec) {
        return spec.segmentValue().endsWith(".type") || spec.segmentValue().endsWith(".notNull");
    }

    private static List<NoAnomaly> declarations(AnnotatedElement element) {
        return AnnotationSupport.findRepeatableAnnotations(element, NoAnomaly.class);
    }

    private static boolean valid(NoAnomaly declared, String where, TestSource source,
            List<DeclarationProblem> problems) {
        List<String> invalid = Detectors.problems(declared);
        if (!invalid.isEmpty()) {
            problems.add(new DeclarationProblem(where + ": @NoAnomaly is invalid: " + String.join("; ", invalid),
                    Optional.of(source)));
        }
        return invalid.isEmpty();
    }
}
