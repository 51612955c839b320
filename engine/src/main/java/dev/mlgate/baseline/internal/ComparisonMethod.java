package dev.mlgate.baseline.internal;

import dev.mlgate.engine.internal.check.FiniteMetrics;
import dev.mlgate.metrics.Direction;
import dev.mlgate.metrics.Metric;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Optional;

/**
 * A user's comparison gate method: a function from an evaluation view to a {@link Metric} or a
 * {@code double}. A {@code double} takes its direction from {@code @HigherIsBetter} or
 * {@code @LowerIsBetter}; a {@code Metric} carries its own, which must agree with a declared one.
 *
 * @param method the method
 * @param declared the declared direction, if any
 */
record ComparisonMethod(Method method, Optional<Direction> declared) {

    ComparisonMethod {
        method.setAccessible(true);
    }

    static boolean returnsMetric(Method method) {
        Class<?> type = method.getReturnType();
        return type == Metric.class || type == double.class || type == Double.class;
    }

    String where() {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName() + "()";
    }

    /** Calls the method on {@code view}; a plain number becomes a metric named after the method. */
    Metric apply(Object instance, Object view) throws Exception {
        Object result;
        try {
            result = method.invoke(Modifier.isStatic(method.getModifiers()) ? null : instance, view);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception exception) {
                throw exception;
            }
            throw e;
        }
        if (result == null) {
            throw new IllegalStateException(where() + " returned null; return a Metric (Metric.undefined(...) for an"
                    + " undefined value) or a double");
        }
        if (result instanceof Metric metric) {
            if (declared.isPresent() && declared.get() != metric.direction()) {
                throw new IllegalStateException(where() + " declares " + declared.get() + " but its metric "
                        + metric.name() + " is " + metric.direction());
            }
            return FiniteMetrics.checked(metric, where());
        }
        return FiniteMetrics.of(method.getName(), ((Number) result).doubleValue(), declared.orElseThrow(), where());
    }
}
