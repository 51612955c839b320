package dev.mlgate.engine.internal;

import dev.mlgate.Tag;
import dev.mlgate.baseline.BaselineComparison;
import dev.mlgate.baseline.internal.BaselinePlanner;
import dev.mlgate.contract.DataContract;
import dev.mlgate.contract.internal.ContractPlanner;
import dev.mlgate.engine.internal.check.DeclarationProblem;
import dev.mlgate.engine.internal.check.SuiteDefinition;
import dev.mlgate.quality.ModelQuality;
import dev.mlgate.quality.internal.QualityPlanner;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Modifier;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoveryIssue.Severity;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;

/** The kinds of suite, recognised by their class annotation, and what they share: tags. */
public final class SuiteKinds {

    private static final List<Class<? extends Annotation>> KIND_ANNOTATIONS =
            List.of(DataContract.class, ModelQuality.class, BaselineComparison.class);

    private SuiteKinds() {
    }

    /** True for a concrete class that carries one or more suite annotations. */
    static boolean isSuite(Class<?> type) {
        return !Modifier.isAbstract(type.getModifiers()) && !type.isAnnotation() && !type.isInterface()
                && KIND_ANNOTATIONS.stream().anyMatch(kind -> AnnotationSupport.isAnnotated(type, kind));
    }

    /**
     * Compiles {@code type} by its kind and reports each declaration mistake as a discovery issue;
     * empty when the class declares no single kind.
     */
    static Optional<SuiteDefinition<?>> define(Class<?> type, DiscoveryIssueReporter issues) {
        List<Class<? extends Annotation>> kinds = KIND_ANNOTATIONS.stream()
                .filter(kind -> AnnotationSupport.isAnnotated(type, kind))
                .toList();
        if (kinds.size() != 1) {
            issues.reportIssue(DiscoveryIssue.builder(Severity.ERROR, type.getName() + " is annotated "
                            + kinds.stream().map(kind -> "@" + kind.getSimpleName()).collect(Collectors.joining(" and "))
                            + "; a suite class declares exactly one kind of suite: split it into one class per kind")
                    .source(ClassSource.from(type)));
            return Optional.empty();
        }
        SuiteDefinition<?> definition = kinds.get(0) == DataContract.class ? ContractPlanner.plan(type)
                : kinds.get(0) == BaselineComparison.class ? BaselinePlanner.plan(type)
                : QualityPlanner.plan(type);
        for (DeclarationProblem problem : definition.problems()) {
            issues.reportIssue(DiscoveryIssue.builder(Severity.ERROR, problem.message()).source(problem.source()));
        }
        for (String invalid : invalidTags(type)) {
            issues.reportIssue(DiscoveryIssue.builder(Severity.ERROR, type.getName() + " has the invalid tag '"
                    + invalid + "': a tag must not be blank nor contain whitespace, commas, parentheses, & | or !")
                    .source(ClassSource.from(type)));
        }
        return Optional.of(definition);
    }

    /** The valid tags declared on {@code element} with {@link Tag}. */
    public static Set<String> tagNames(AnnotatedElement element) {
        return AnnotationSupport.findRepeatableAnnotations(element, Tag.class).stream()
                .map(Tag::value)
                .map(String::trim)
                .filter(TestTag::isValid)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static Set<TestTag> tagsOf(Class<?> type) {
        return tagNames(type).stream().map(TestTag::create).collect(Collectors.toUnmodifiableSet());
    }

    private static List<String> invalidTags(Class<?> type) {
        return AnnotationSupport.findRepeatableAnnotations(type, Tag.class).stream()
                .map(Tag::value)
                .filter(tag -> !TestTag.isValid(tag.trim()))
                .toList();
    }
}
