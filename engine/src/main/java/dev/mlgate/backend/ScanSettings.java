package dev.mlgate.backend;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a scan needs to know about the run: how many example violations to keep, and the present against
 * which "not in the future" and ages are judged.
 *
 * @param maxExamples example violations kept per metric, the first ones in row order
 * @param today the run's date (configurable with {@code mlgate.today} for reproducible runs)
 * @param now the run's instant: the start of the day after {@code today} when today is pinned
 */
public record ScanSettings(int maxExamples, LocalDate today, Instant now) {
}
