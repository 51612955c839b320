package dev.mlgate.engine.internal;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;
import static org.junit.platform.engine.support.discovery.SelectorResolver.Resolution.unresolved;

import dev.mlgate.engine.internal.check.CheckSpec;
import dev.mlgate.engine.internal.check.SuiteDefinition;
import java.lang.reflect.Method;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.MethodSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/**
 * Resolves class, method and unique-id selectors into suites and checks. A class selects all of a
 * suite's checks; a method selects the checks declared on that method (a gate, or a record
 * component's accessor); a unique id selects a suite, a check, or one run-time child of a check (the
 * check then runs and registers only that child).
 */
final class SuiteSelectorResolver implements SelectorResolver {

    static final String SUITE_SEGMENT = "suite";

    private final Function<Class<?>, SuiteDeclaration> declarations;

    SuiteSelectorResolver(Function<Class<?>, SuiteDeclaration> declarations) {
        this.declarations = declarations;
    }

    @Override
    public Resolution resolve(ClassSelector selector, Context context) {
        Class<?> type = selector.getJavaClass();
        if (!SuiteKinds.isSuite(type)) {
            return nestedSuites(type);
        }
        if (declarations.apply(type).broken()) {
            return broken(type, context);
        }
        return suite(type, context)
                .map(suite -> Resolution.match(Match.exact(suite, () -> everyCheck(suite))))
                .orElse(unresolved());
    }

    @Override
    public Resolution resolve(MethodSelector selector, Context context) {
        Class<?> type = selector.getJavaClass();
        if (!SuiteKinds.isSuite(type)) {
            return unresolved();
        }
        if (declarations.apply(type).broken()) {
            return broken(type, context);
        }
        Method method = selector.getJavaMethod();
        Optional<SuiteDefinition<?>> definition = declarations.apply(type).definition();
        Set<Match> matches = new LinkedHashSet<>();
        for (CheckSpec<?> spec : definition.get().checks()) {
            if (spec.member().filter(method::equals).isPresent()) {
                check(type, spec, context).ifPresent(check -> {
                    check.allowAllChildren();
                    matches.add(Match.exact(check));
                });
            }
        }
        return matches.isEmpty() ? unresolved() : Resolution.matches(matches);
    }

    @Override
    public Resolution resolve(UniqueIdSelector selector, Context context) {
        UniqueId uniqueId = selector.getUniqueId();
        List<UniqueId.Segment> segments = uniqueId.getSegments();
        if (segments.size() < 2 || !segments.get(1).getType().equals(SUITE_SEGMENT)) {
            return unresolved();
        }
        Optional<Class<?>> type = ReflectionSupport.tryToLoadClass(segments.get(1).getValue()).toOptional();
        if (type.isEmpty() || !SuiteKinds.isSuite(type.get())) {
            return unresolved();
        }
        if (declarations.apply(type.get()).broken()) {
            return broken(type.get(), context);
        }
        Optional<SuiteDefinition<?>> definition = declarations.apply(type.get()).definition();
        if (segments.size() == 2) {
            return Resolution.selectors(Set.of(selectClass(type.get())));
        }
        UniqueId.Segment checkSegment = segments.get(2);
        for (CheckSpec<?> spec : definition.get().checks()) {
            if (spec.segmentType().equals(checkSegment.getType())
                    && spec.segmentValue().equals(checkSegment.getValue())) {
                Optional<CheckDescriptor<?>> check = check(type.get(), spec, context);
                if (check.isEmpty()) {
                    return unresolved();
                }
                if (segments.size() == 3) {
                    check.get().allowAllChildren();
                } else {
                    check.get().allowChild(check.get().getUniqueId().append(segments.get(3)));
                }
                return Resolution.match(Match.exact(check.get()));
            }
        }
        return unresolved();
    }

    /**
     * Suite classes nested in a selected class that is no suite itself: Surefire sends only top-level
     * classes (its default excludes drop {@code Outer$Inner}), so a contract record declared inside a
     * test class would otherwise never run.
     */
    private static Resolution nestedSuites(Class<?> type) {
        Set<DiscoverySelector> nested = new LinkedHashSet<>();
        for (Class<?> member : ReflectionSupport.findNestedClasses(type, SuiteKinds::isSuite)) {
            nested.add(selectClass(member));
        }
        return nested.isEmpty() ? unresolved() : Resolution.selectors(nested);
    }

    private Resolution broken(Class<?> type, Context context) {
        return context.addToParent(parent -> Optional.of(new BrokenSuiteDescriptor(
                        parent.getUniqueId().append(SUITE_SEGMENT, type.getName()), declarations.apply(type))))
                .map(suite -> Resolution.match(Match.exact(suite)))
                .orElse(unresolved());
    }

    private Optional<SuiteDescriptor<?>> suite(Class<?> type, Context context) {
        Optional<SuiteDefinition<?>> definition = declarations.apply(type).definition();
        if (definition.isEmpty()) {
            return Optional.empty();
        }
        return context.addToParent(parent -> Optional.of(new SuiteDescriptor<>(
                parent.getUniqueId().append(SUITE_SEGMENT, type.getName()), definition.get())));
    }

    private static <S> Optional<CheckDescriptor<?>> check(Class<?> type, CheckSpec<S> spec, Context context) {
        return context.addToParent(() -> selectClass(type), parent -> Optional.of(
                new CheckDescriptor<>(parent.getUniqueId().append(spec.segmentType(), spec.segmentValue()), spec,
                        parent.getTags())));
    }

    private static Set<DiscoverySelector> everyCheck(SuiteDescriptor<?> suite) {
        Set<DiscoverySelector> selectors = new LinkedHashSet<>();
        Class<?> type = suite.definition().suiteClass();
        for (CheckSpec<?> spec : suite.definition().checks()) {
            if (spec.member().isPresent()) {
                selectors.add(selectMethod(type, spec.member().get()));
            } else {
                selectors.add(selectUniqueId(suite.getUniqueId().append(spec.segmentType(), spec.segmentValue())));
            }
        }
        return selectors;
    }
}
