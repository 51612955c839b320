package dev.mlgate.assertions.internal;

import dev.mlgate.assertions.AbstractMlAssert;
import java.util.Arrays;
import org.assertj.core.api.AssertionInfo;
import org.assertj.core.error.ErrorMessageFactory;
import org.assertj.core.internal.Failures;

/**
 * Builds AssertJ assertion errors, honouring a message the user overrode with {@code withFailMessage}, and
 * starts their stack traces at the caller's code, as AssertJ does for its own assertions: soft assertions
 * report the first frame as the failure's location.
 */
final class Fail {

    private static final Failures FAILURES = Failures.instance();

    private Fail() {
    }

    static AssertionError with(AssertionInfo info, ErrorMessageFactory factory) {
        AssertionError overridden = FAILURES.failureIfErrorMessageIsOverridden(info);
        return trimmed(overridden != null ? overridden : FAILURES.failure(info, factory));
    }

    /** An error carrying actual and expected values, which IDEs show as a diff (opentest4j's AssertionFailedError). */
    static AssertionError with(AssertionInfo info, ErrorMessageFactory factory, Object actual, Object expected) {
        AssertionError overridden = FAILURES.failureIfErrorMessageIsOverridden(info);
        return trimmed(overridden != null ? overridden : FAILURES.failure(info, factory, actual, expected));
    }

    private static AssertionError trimmed(AssertionError error) {
        StackTraceElement[] stack = error.getStackTrace();
        int first = 0;
        while (first < stack.length - 1 && isOurs(stack[first].getClassName())) {
            first++;
        }
        error.setStackTrace(Arrays.copyOfRange(stack, first, stack.length));
        return error;
    }

    private static boolean isOurs(String className) {
        if (className.startsWith("dev.mlgate.assertions.internal.") || className.startsWith("dev.mlgate.assertions.error.")) {
            return true;
        }
        if (!className.startsWith("dev.mlgate.assertions.")) {
            return false;
        }
        try {
            return AbstractMlAssert.class.isAssignableFrom(Class.forName(className, false, Fail.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
