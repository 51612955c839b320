package dev.mlgate.backend;

import java.util.Map;

/**
 * The result of {@link MetricRequest.ValueCounts}.
 *
 * @param counts how often each distinct value occurs, as written, in first-appearance order
 * @param complete whether every distinct value was counted (false past the request's limit)
 */
public record DistinctCounts(Map<String, Long> counts, boolean complete) {
}
