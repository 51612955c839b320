package dev.mlgate.quality.internal;

import dev.mlgate.metrics.HigherIsBetter;
import dev.mlgate.metrics.LowerIsBetter;
import dev.mlgate.engine.internal.check.FiniteMetrics;
import dev.mlgate.metrics.Direction;
import org.junit.platform.commons.support.AnnotationSupport;
import dev.mlgate.metrics.Metric;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * A user's gate method: a function from an evaluation view to a {@link Metric} or a {@code double}.
 * Because it is a function of the view, the engine can call it again on resampled views to give any
 * metric, built-in or user-written, a confidence interval.
 */
record GateMethod(Method method, Direction direction) {

    /**
     * The direction of a method returning a plain number: {@code @HigherIsBetter} or
     * {@code @LowerIsBetter} when declared, else what its bound implies (at most: lower is better).
     */
    static Direction direction(Method method, boolean boundIsUpper) {
        if (AnnotationSupport.isAnnotated(method, LowerIsBetter.class)) {
            return Direction.LOWER_IS_BETTER;
        }
        if (AnnotationSupport.isAnnotated(method, HigherIsBetter.class)) {
            return Direction.HIGHER_IS_BETTER;
        }
        return boundIsUpper ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER;
    }

    GateMethod {
        method.setAccessible(true);
    }

    static boolean returnsMetric(Method method) {
        Class<?> type = method.getReturnType();
        return type == Metric.class || type == double.class || type == Double.class;
    }

    /** Calls the method on {@code view}; a plain number becomes a metric named after the method. */
    Metric apply(Object instance, Object view) throws Exception {
        Object target = Modifier.isStatic(method.getModifiers()) ? null : instance;
        Object result;
        try {
            result = method.invoke(target, view);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception exception) {
                throw exception;
            }
            throw e;
        }
        if (result instanceof Metric metric) {
            return FiniteMetrics.checked(metric, method.getName() + "()");
        }
        if (result == null) {
            throw new IllegalStateException(method.getDeclaringClass().getSimpleName() + "." + method.getName()
                    + "() returned null; return a Metric (Metric.undefined(...) for an undefined value) or a double");
        }
        return FiniteMetrics.of(method.getName(), ((Number) result).doubleValue(), direction, method.getName() + "()");
    }
}
