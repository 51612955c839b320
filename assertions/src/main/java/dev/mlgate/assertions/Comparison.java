package dev.mlgate.assertions;

import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.Resamplable;
import java.util.Objects;

/**
 * A candidate model and a baseline model evaluated on the same rows, in the same order, for
 * {@link ComparisonAssert}. Building one checks that both views have as many rows and the same weights, and,
 * for {@link BinaryScores}, the same label in every row.
 *
 * <pre><code class='java'>
 * assertThat(Comparison.of(candidateScores, productionScores)).isNotWorseThanBaselineBy(BinaryScores::rocAuc, 0.005);
 * </code></pre>
 *
 * @param candidate the candidate's predictions
 * @param baseline the baseline's predictions on the same rows
 * @param <V> the kind of predictions
 */
public record Comparison<V extends Resamplable<V>>(V candidate, V baseline) {

    /** Checks the two views describe the same rows. */
    public Comparison {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(baseline, "baseline");
        if (candidate.size() != baseline.size()) {
            throw new IllegalArgumentException("candidate and baseline must hold the same rows, but the candidate has "
                    + candidate.size() + " rows and the baseline " + baseline.size());
        }
        for (int row = 0; row < candidate.size(); row++) {
            if (candidate.weight(row) != baseline.weight(row)) {
                throw new IllegalArgumentException("row " + (row + 1) + " has weight " + candidate.weight(row)
                        + " in the candidate but " + baseline.weight(row) + " in the baseline");
            }
            if (candidate instanceof BinaryScores c && baseline instanceof BinaryScores b
                    && c.isPositive(row) != b.isPositive(row)) {
                throw new IllegalArgumentException("row " + (row + 1) + " is labelled " + c.isPositive(row)
                        + " in the candidate but " + b.isPositive(row) + " in the baseline");
            }
        }
    }

    /**
     * The candidate and the baseline, checked to describe the same rows.
     * <p>Example: {@code Comparison.of(candidateScores, productionScores)}
     *
     * @param candidate the candidate's predictions
     * @param baseline the baseline's predictions on the same rows
     * @param <V> the kind of predictions
     * @return the pair
     * @throws IllegalArgumentException when the rows differ (the message names the first 1-based row)
     */
    public static <V extends Resamplable<V>> Comparison<V> of(V candidate, V baseline) {
        return new Comparison<>(candidate, baseline);
    }
}
