package dev.mlgate.engine.internal.check;

import java.util.Optional;
import org.junit.platform.engine.TestSource;

/**
 * A mistake in a suite's declaration, found at discovery and reported as a discovery issue.
 *
 * @param message what is wrong and how to fix it, naming the class and member
 * @param source the class or member at fault
 */
public record DeclarationProblem(String message, Optional<TestSource> source) {
}
