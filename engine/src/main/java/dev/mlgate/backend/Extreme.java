package dev.mlgate.backend;

/**
 * The result of {@link MetricRequest.ExtremeValue}.
 *
 * @param value the newest (or oldest) value, a {@code LocalDate}, {@code LocalDateTime} or
 *     {@code Instant}; null when the column has none
 * @param fresh whether it lies on the right side of the age
 */
public record Extreme(Object value, boolean fresh) {
}
