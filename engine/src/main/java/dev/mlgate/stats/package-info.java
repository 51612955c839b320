/**
 * Statistics for drift detection and model comparison. Every statistic names the reference
 * implementation it matches (SciPy, statsmodels, R pROC or a stated NumPy formula) and is tested
 * against values computed by it to 1e-9 relative; the scripts live under
 * {@code src/test/resources/reference/}.
 *
 * <p>Drift between a reference and a current sample: {@link dev.mlgate.stats.KolmogorovSmirnov},
 * {@link dev.mlgate.stats.ChiSquared}, {@link dev.mlgate.stats.PopulationStabilityIndex},
 * {@link dev.mlgate.stats.JensenShannon}, {@link dev.mlgate.stats.Wasserstein}, with
 * {@link dev.mlgate.stats.Histogram} for charts; each also takes a {@link dev.mlgate.stats.SortedSample},
 * checked and sorted once when the same two samples are compared by several methods. Two models on the same rows:
 * {@link dev.mlgate.stats.DeLong} and {@link dev.mlgate.stats.McNemar}. Multiple comparisons:
 * {@link dev.mlgate.stats.Holm}. All classes are stateless and thread-safe; results are records.
 */
package dev.mlgate.stats;
