package dev.mlgate.assertions.internal;

import dev.mlgate.metrics.Resamplable;

/**
 * Two views of the same rows that the engine's {@link dev.mlgate.metrics.Bootstrap} resamples as one: each
 * resample's single vector of Poisson weights ({@link dev.mlgate.metrics.PoissonWeights#draw}) is applied to
 * both views, which makes it a paired bootstrap of any metric's difference.
 */
record PairedViews<V extends Resamplable<V>>(V candidate, V baseline) implements Resamplable<PairedViews<V>> {

    @Override
    public int size() {
        return candidate.size();
    }

    @Override
    public int weight(int row) {
        return candidate.weight(row);
    }

    @Override
    public PairedViews<V> withWeights(int[] weights) {
        return new PairedViews<>(candidate.withWeights(weights), baseline.withWeights(weights));
    }
}
