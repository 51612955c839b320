package dev.mlgate.assertions.internal;

import org.assertj.core.api.AbstractSoftAssertions;

/**
 * Soft assertions whose errors nobody asserts: where a navigation already failed under
 * {@link dev.mlgate.assertions.SoftMlAssertions} and reported it, the assertion it returns is made by one of
 * these, so the rest of the chain neither throws nor reports the same problem a second time.
 */
public final class Discarding extends AbstractSoftAssertions {
}
