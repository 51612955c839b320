/**
 * The seam between what a suite asks of its data and who computes it.
 *
 * <p>A contract's checks never read data: the engine turns the selected checks into a {@link
 * dev.mlgate.backend.ScanPlan} of {@link dev.mlgate.backend.MetricRequest metric requests}, {@link
 * dev.mlgate.backend.RowRequest row requests}, {@link dev.mlgate.backend.RowPredicate row rules}, {@link
 * dev.mlgate.backend.SampleRequest drift samples} and, for custom rules, a {@link
 * dev.mlgate.backend.TableRequest table}. A {@link dev.mlgate.backend.Backend} computes the plan and returns
 * {@link dev.mlgate.backend.ScanResults}, from which the checks decide. The engine's {@code local} backend
 * streams the file on this machine; other modules contribute backends through {@link java.util.ServiceLoader}
 * and the configuration parameter {@code mlgate.backend} selects one.
 */
package dev.mlgate.backend;
