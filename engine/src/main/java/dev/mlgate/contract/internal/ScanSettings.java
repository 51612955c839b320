package dev.mlgate.contract.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What accumulators need to know about the run: how many example violations to keep, and the present
 * against which "not in the future" is judged.
 *
 * @param maxExamples example violations kept per metric
 * @param today the run's date (configurable with {@code mlgate.today} for reproducible runs)
 * @param now the run's instant: the start of the day after {@code today} when today is pinned
 */
record ScanSettings(int maxExamples, LocalDate today, Instant now) {
}
