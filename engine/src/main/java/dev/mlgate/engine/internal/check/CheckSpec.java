package dev.mlgate.engine.internal.check;

import java.lang.reflect.Method;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.TestSource;

/**
 * One declared check of a suite, as discovery sees it: its stable unique-id segment, display name,
 * IDE source, tags and whether it blocks promotion, plus the {@link Check} that runs it.
 *
 * @param segmentType unique-id segment type, such as {@code constraint} or {@code gate}
 * @param segmentValue unique-id segment value, stable across runs
 * @param displayName what the IDE tree and Surefire show
 * @param source where an IDE navigates to
 * @param member the method a method selector names (a gate method, a record accessor), if any
 * @param tags the check's own tags (its suite's are added by the descriptor)
 * @param blocking false when the check only warns
 * @param breaksDown true when the check reports run-time children (slices, columns)
 * @param check what runs
 * @param <S> the suite state the check reads
 */
public record CheckSpec<S>(
        String segmentType,
        String segmentValue,
        String displayName,
        TestSource source,
        Optional<Method> member,
        Set<String> tags,
        boolean blocking,
        boolean breaksDown,
        Check<S> check) {

    public CheckSpec {
        tags = Set.copyOf(tags);
    }
}
