/**
 * Baseline comparisons: a candidate model against the production model on the same rows, with
 * non-inferiority and superiority gates, DeLong's, McNemar's and paired bootstrap tests, Holm's
 * correction across slices, and a prediction churn gate. Start at {@link dev.mlgate.baseline.BaselineComparison}.
 */
package dev.mlgate.baseline;
