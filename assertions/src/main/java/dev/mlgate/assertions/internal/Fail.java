package dev.mlgate.assertions.internal;

import org.assertj.core.api.AssertionInfo;
import org.assertj.core.error.ErrorMessageFactory;
import org.assertj.core.internal.Failures;

/** Builds AssertJ assertion errors, honouring a message the user overrode with {@code withFailMessage}. */
final class Fail {

    private static final Failures FAILURES = Failures.instance();

    private Fail() {
    }

    static AssertionError with(AssertionInfo info, ErrorMessageFactory factory) {
        AssertionError overridden = FAILURES.failureIfErrorMessageIsOverridden(info);
        return overridden != null ? overridden : FAILURES.failure(info, factory);
    }

    /** An error carrying actual and expected values, which IDEs show as a diff (opentest4j's AssertionFailedError). */
    static AssertionError with(AssertionInfo info, ErrorMessageFactory factory, Object actual, Object expected) {
        AssertionError overridden = FAILURES.failureIfErrorMessageIsOverridden(info);
        return overridden != null ? overridden : FAILURES.failure(info, factory, actual, expected);
    }
}
