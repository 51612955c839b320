package dev.mlgate.assertions;

import dev.mlgate.metrics.Average;
import dev.mlgate.metrics.MulticlassPredictions;
import org.assertj.core.api.AbstractDoubleAssert;

/**
 * Assertions on a multiclass classifier's predictions: each of the engine's {@link MulticlassPredictions}
 * metrics as an AssertJ double assertion described by the metric's name, failing with the engine's reason
 * when it is undefined; bootstrap intervals and comparison with a baseline.
 *
 * <pre><code class='java'>
 * assertThat(predictions).f1(Average.MACRO).isGreaterThan(0.7);
 * </code></pre>
 */
public class MulticlassPredictionsAssert
        extends AbstractPredictionsAssert<MulticlassPredictionsAssert, MulticlassPredictions> {

    /**
     * Made by {@link MlAssertions#assertThat(MulticlassPredictions)}; public for soft assertions' proxies.
     *
     * @param actual the predictions
     */
    public MulticlassPredictionsAssert(MulticlassPredictions actual) {
        super(actual, MulticlassPredictionsAssert.class);
    }

    /**
     * Accuracy (scikit-learn {@code accuracy_score}).
     * <p>Example: {@code assertThat(predictions).accuracy().isGreaterThan(0.9);}
     *
     * @return an assertion on its value
     */
    public AbstractDoubleAssert<?> accuracy() {
        isNotNull();
        return value(actual.accuracy());
    }

    /**
     * Top-k accuracy (scikit-learn {@code top_k_accuracy_score}); needs probabilities.
     * <p>Example: {@code assertThat(predictions).topKAccuracy(3).isGreaterThan(0.95);}
     *
     * @param k the number of top-ranked classes
     * @return an assertion on its value
     */
    public AbstractDoubleAssert<?> topKAccuracy(int k) {
        isNotNull();
        return value(actual.topKAccuracy(k));
    }

    /**
     * Averaged precision (scikit-learn {@code precision_score}).
     * <p>Example: {@code assertThat(predictions).precision(Average.MACRO).isGreaterThan(0.7);}
     *
     * @param average how per-class values are combined
     * @return an assertion on its value
     */
    public AbstractDoubleAssert<?> precision(Average average) {
        isNotNull();
        return value(actual.precision(average));
    }

    /**
     * Averaged recall (scikit-learn {@code recall_score}).
     * <p>Example: {@code assertThat(predictions).recall(Average.WEIGHTED).isGreaterThan(0.7);}
     *
     * @param average how per-class values are combined
     * @return an assertion on its value
     */
    public AbstractDoubleAssert<?> recall(Average average) {
        isNotNull();
        return value(actual.recall(average));
    }

    /**
     * Averaged F1 (scikit-learn {@code f1_score}).
     * <p>Example: {@code assertThat(predictions).f1(Average.MICRO).isGreaterThan(0.7);}
     *
     * @param average how per-class values are combined
     * @return an assertion on its value
     */
    public AbstractDoubleAssert<?> f1(Average average) {
        isNotNull();
        return value(actual.f1(average));
    }

    /**
     * Multiclass log loss (scikit-learn {@code log_loss}); needs probabilities.
     * <p>Example: {@code assertThat(predictions).logLoss().isLessThan(0.5);}
     *
     * @return an assertion on its value
     */
    public AbstractDoubleAssert<?> logLoss() {
        isNotNull();
        return value(actual.logLoss());
    }

    /**
     * One-vs-rest ROC AUC, macro average; needs probabilities.
     * <p>Example: {@code assertThat(predictions).rocAucOneVsRest().isGreaterThan(0.85);}
     *
     * @return an assertion on its value
     */
    public AbstractDoubleAssert<?> rocAucOneVsRest() {
        isNotNull();
        return value(actual.rocAucOneVsRest());
    }

    /**
     * One-vs-rest ROC AUC weighted by prevalence; needs probabilities.
     * <p>Example: {@code assertThat(predictions).rocAucOneVsRestWeighted().isGreaterThan(0.85);}
     *
     * @return an assertion on its value
     */
    public AbstractDoubleAssert<?> rocAucOneVsRestWeighted() {
        isNotNull();
        return value(actual.rocAucOneVsRestWeighted());
    }

    /**
     * Accuracy's bootstrap confidence interval.
     * <p>Example: {@code assertThat(predictions).accuracyInterval(0.95).lowerBoundIsAtLeast(0.85);}
     *
     * @param confidence the nominal coverage, in (0, 1)
     * @return an assertion on the interval
     */
    public IntervalAssert accuracyInterval(double confidence) {
        return interval(MulticlassPredictions::accuracy, confidence);
    }
}
