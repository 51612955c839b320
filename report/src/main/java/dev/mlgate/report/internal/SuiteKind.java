package dev.mlgate.report.internal;

import java.lang.annotation.Annotation;
import java.util.Map;

/**
 * The kind of a suite when the engine did not publish {@code mlgate.suite.kind}: read from the suite
 * class's annotation by simple name, so that the report needs none of the engine's annotation types.
 */
final class SuiteKind {

    private static final Map<String, String> KINDS = Map.of(
            "DataContract", "data contract",
            "ModelQuality", "model quality",
            "BaselineComparison", "baseline comparison");

    private SuiteKind() {
    }

    static String of(String className) {
        if (className == null) {
            return null;
        }
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            Class<?> type = Class.forName(className, false, loader != null ? loader : SuiteKind.class.getClassLoader());
            for (Annotation annotation : type.getAnnotations()) {
                String kind = KINDS.get(annotation.annotationType().getSimpleName());
                if (kind != null) {
                    return kind;
                }
            }
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
        return null;
    }
}
