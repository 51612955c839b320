package dev.mlgate.engine.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads Jupiter's {@code @Tag} and {@code @Tags}, directly present or on composed annotations, by
 * name: mlgate-engine does not depend on Jupiter, yet a suite tagged the Jupiter way must be filtered
 * like one tagged with mlgate's own {@code @Tag}.
 */
final class JupiterTags {

    private static final String TAG = "org.junit.jupiter.api.Tag";
    private static final String TAGS = "org.junit.jupiter.api.Tags";

    private JupiterTags() {
    }

    static List<String> on(AnnotatedElement element) {
        List<String> tags = new ArrayList<>();
        collect(element.getDeclaredAnnotations(), tags, new HashSet<>());
        return tags;
    }

    private static void collect(Annotation[] annotations, List<String> tags, Set<Class<?>> visited) {
        for (Annotation annotation : annotations) {
            Class<? extends Annotation> type = annotation.annotationType();
            String name = type.getName();
            if (name.equals(TAG)) {
                if (value(annotation) instanceof String tag) {
                    tags.add(tag);
                }
            } else if (name.equals(TAGS)) {
                if (value(annotation) instanceof Annotation[] nested) {
                    collect(nested, tags, visited);
                }
            } else if (!name.startsWith("java.lang.annotation.") && visited.add(type)) {
                collect(type.getDeclaredAnnotations(), tags, visited);
            }
        }
    }

    private static Object value(Annotation annotation) {
        try {
            Method value = annotation.annotationType().getMethod("value");
            return value.invoke(annotation);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
