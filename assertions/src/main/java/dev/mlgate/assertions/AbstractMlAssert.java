package dev.mlgate.assertions;

import dev.mlgate.assertions.internal.Discarding;
import java.util.function.Function;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AbstractDoubleAssert;
import org.assertj.core.api.Assert;
import org.assertj.core.api.DoubleAssert;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * The base of mlgate's assertions: an AssertJ {@link AbstractAssert} that knows whether it was made by
 * {@link SoftMlAssertions}, so that the assertions it navigates to (a table's column, a metric's value, an
 * interval) collect their failures too instead of throwing.
 *
 * @param <SELF> the assertion's own type
 * @param <ACTUAL> the type of the value under test
 */
public abstract class AbstractMlAssert<SELF extends AbstractMlAssert<SELF, ACTUAL>, ACTUAL>
        extends AbstractAssert<SELF, ACTUAL> {

    /** The soft assertions that made this assertion, or null when failures are thrown. */
    SoftAssertionsProvider softly;

    /**
     * @param actual the value under test
     * @param selfType the assertion's own class
     */
    protected AbstractMlAssert(ACTUAL actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /** An assertion on another value, soft when this one is. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    final <A extends AbstractMlAssert<A, T>, T> A navigate(Class<A> type, Class<?> actualType, T value,
            Function<T, A> hard) {
        A child = softly == null ? hard.apply(value) : (A) softly.proxy((Class) type, (Class) actualType, value);
        child.softly = softly;
        return child;
    }

    /** An AssertJ double assertion on a value, described by {@code description}, soft when this one is. */
    final AbstractDoubleAssert<?> navigateToDouble(double value, String description) {
        AbstractDoubleAssert<?> child = softly == null ? new DoubleAssert(value)
                : softly.proxy(DoubleAssert.class, Double.class, value);
        return child.as(description);
    }

    /**
     * Reports a failure found while navigating: thrown when hard; when soft, collected once, and the
     * assertion returned (on {@code placeholder}) is one whose failures are discarded, so that the chain
     * goes on without reporting the same problem again.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    final <A extends Assert<?, ?>> A navigationFailed(AssertionError error, Class<A> type, Class<?> actualType,
            Object placeholder) {
        if (softly == null) {
            throw error;
        }
        softly.collectAssertionError(error);
        return (A) new Discarding().proxy((Class) type, (Class) actualType, placeholder);
    }
}
