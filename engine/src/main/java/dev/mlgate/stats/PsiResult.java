package dev.mlgate.stats;

import java.util.Arrays;

/**
 * Outcome of {@link PopulationStabilityIndex}: the index and the bins it was computed on.
 *
 * @param psi the population stability index, {@code >= 0}
 * @param edges the inner bin edges, strictly ascending; bin {@code i} is {@code (edges[i-1], edges[i]]}
 *     with {@code edges[-1] = -inf} and {@code edges[length] = +inf}
 * @param referenceCounts reference values per bin ({@code edges.length + 1} bins)
 * @param currentCounts current values per bin
 */
public record PsiResult(double psi, double[] edges, long[] referenceCounts, long[] currentCounts) {

    /** Copies the arrays, so the record stays immutable. */
    public PsiResult {
        edges = edges.clone();
        referenceCounts = referenceCounts.clone();
        currentCounts = currentCounts.clone();
    }

    @Override
    public double[] edges() {
        return edges.clone();
    }

    @Override
    public long[] referenceCounts() {
        return referenceCounts.clone();
    }

    @Override
    public long[] currentCounts() {
        return currentCounts.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PsiResult that
                && Double.compare(psi, that.psi) == 0
                && Arrays.equals(edges, that.edges)
                && Arrays.equals(referenceCounts, that.referenceCounts)
                && Arrays.equals(currentCounts, that.currentCounts);
    }

    @Override
    public int hashCode() {
        int hash = Double.hashCode(psi);
        hash = 31 * hash + Arrays.hashCode(edges);
        hash = 31 * hash + Arrays.hashCode(referenceCounts);
        return 31 * hash + Arrays.hashCode(currentCounts);
    }

    @Override
    public String toString() {
        return "PsiResult[psi=" + psi + ", edges=" + Arrays.toString(edges)
                + ", referenceCounts=" + Arrays.toString(referenceCounts)
                + ", currentCounts=" + Arrays.toString(currentCounts) + "]";
    }
}
