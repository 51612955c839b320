package dev.mlgate.engine.internal.check;

import dev.mlgate.Tag;
import dev.mlgate.Warn;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;

/** What every kind of suite reads the same way from a member: blocking, tags, its source. */
public final class Declarations {

    private Declarations() {
    }

    /** False when the member or its suite class is marked {@link Warn}. */
    public static boolean blocking(AnnotatedElement member, Class<?> suiteClass) {
        return !AnnotationSupport.isAnnotated(member, Warn.class) && !AnnotationSupport.isAnnotated(suiteClass, Warn.class);
    }

    /** The member's valid tags; an invalid one is added to {@code problems} with {@code where}. */
    public static Set<String> tags(AnnotatedElement member, String where, TestSource source,
            List<DeclarationProblem> problems) {
        Set<String> tags = new LinkedHashSet<>();
        for (Tag tag : AnnotationSupport.findRepeatableAnnotations(member, Tag.class)) {
            String name = tag.value().trim();
            if (TestTag.isValid(name)) {
                tags.add(name);
            } else {
                problems.add(problem(where + " has the invalid tag '" + tag.value()
                        + "': a tag must not be blank nor contain whitespace, commas, parentheses, & | or !", source));
            }
        }
        return tags;
    }

    /** The IDE source of a method. */
    public static TestSource source(Class<?> suiteClass, Method method) {
        return MethodSource.from(suiteClass, method);
    }

    /** The IDE source of a class. */
    public static TestSource source(Class<?> suiteClass) {
        return ClassSource.from(suiteClass);
    }

    /** A declaration problem at {@code source}. */
    public static DeclarationProblem problem(String message, TestSource source) {
        return new DeclarationProblem(message, Optional.ofNullable(source));
    }
}
