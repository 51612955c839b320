package dev.mlgate.engine.internal;

import dev.mlgate.Tag;
import dev.mlgate.engine.internal.check.DeclarationProblem;
import dev.mlgate.engine.internal.check.SuiteDefinition;
import dev.mlgate.engine.internal.check.SuiteKind;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.ClassSource;

/**
 * The kinds of suite ({@link SuiteKind}s found through {@link ServiceLoader}), recognised by their class
 * annotation, and what they share: tags.
 */
public final class SuiteKinds {

    /** The kinds on the class path, loaded once: the engine's own three, then any a module adds. */
    private static volatile List<SuiteKind> kinds;

    private SuiteKinds() {
    }

    /** True for a concrete class that carries one or more suite annotations. */
    static boolean isSuite(Class<?> type) {
        return !Modifier.isAbstract(type.getModifiers()) && !type.isAnnotation() && !type.isInterface()
                && kinds().stream().anyMatch(kind -> AnnotationSupport.isAnnotated(type, kind.annotation()));
    }

    /**
     * Compiles {@code type} by its kind and collects its declaration mistakes: more or fewer than one
     * kind of suite, the kind's own problems, and invalid tags.
     */
    static SuiteDeclaration define(Class<?> type) {
        List<SuiteKind> kinds = kinds().stream()
                .filter(kind -> AnnotationSupport.isAnnotated(type, kind.annotation()))
                .toList();
        List<DeclarationProblem> problems = new ArrayList<>();
        Optional<SuiteDefinition<?>> definition = Optional.empty();
        if (kinds.size() != 1) {
            problems.add(new DeclarationProblem(type.getName() + " is annotated "
                    + kinds.stream().map(kind -> "@" + kind.annotation().getSimpleName()).collect(Collectors.joining(" and "))
                    + "; a suite class declares exactly one kind of suite: split it into one class per kind",
                    Optional.of(ClassSource.from(type))));
        } else {
            SuiteDefinition<?> defined = kinds.get(0).plan(type);
            problems.addAll(defined.problems());
            definition = Optional.of(defined);
        }
        for (String invalid : invalidTags(type)) {
            problems.add(new DeclarationProblem(type.getName() + " has the invalid tag '" + invalid
                    + "': a tag must not be blank nor contain whitespace, commas, parentheses, & | or !",
                    Optional.of(ClassSource.from(type))));
        }
        return new SuiteDeclaration(type, definition, problems);
    }

    /** The kinds registered through {@link ServiceLoader}, one per annotation, in class path order. */
    static List<SuiteKind> kinds() {
        List<SuiteKind> loaded = kinds;
        if (loaded == null) {
            Map<Class<? extends Annotation>, SuiteKind> found = new LinkedHashMap<>();
            for (ClassLoader loader : Backends.loaders()) {
                ServiceLoader.load(SuiteKind.class, loader).forEach(kind -> found.putIfAbsent(kind.annotation(), kind));
            }
            loaded = List.copyOf(found.values());
            kinds = loaded;
        }
        return loaded;
    }

    /**
     * The valid tags declared on {@code element} with {@link Tag}, or with Jupiter's {@code @Tag}: users
     * reach for Jupiter's annotation, and ignoring it would make a tag filter silently select nothing.
     */
    public static Set<String> tagNames(AnnotatedElement element) {
        return declaredTags(element).stream()
                .map(String::trim)
                .filter(TestTag::isValid)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static Set<TestTag> tagsOf(Class<?> type) {
        return tagNames(type).stream().map(TestTag::create).collect(Collectors.toUnmodifiableSet());
    }

    private static List<String> invalidTags(Class<?> type) {
        return declaredTags(type).stream().filter(tag -> !TestTag.isValid(tag.trim())).toList();
    }

    private static List<String> declaredTags(AnnotatedElement element) {
        List<String> tags = new ArrayList<>();
        AnnotationSupport.findRepeatableAnnotations(element, Tag.class).forEach(tag -> tags.add(tag.value()));
        tags.addAll(JupiterTags.on(element));
        return tags;
    }
}
