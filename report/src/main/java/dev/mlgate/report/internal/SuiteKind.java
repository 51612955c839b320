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

    /** Kinds in reading order: the data upstream first, then the model, then its comparison with production. */
    private static final java.util.List<String> UPSTREAM_FIRST = java.util.List.of("data contract", "model quality",
            "baseline comparison");

    private SuiteKind() {
    }

    /** Where a suite of {@code kind} comes in reading order: data contracts 0, model quality 1, comparisons 2, others 3. */
    static int rank(String kind) {
        int index = UPSTREAM_FIRST.indexOf(kind);
        return index < 0 ? UPSTREAM_FIRST.size() : index;
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
