package dev.mlgate.baseline.internal;

import dev.mlgate.baseline.Loss;
import dev.mlgate.baseline.Test;
import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.Metric;
import dev.mlgate.metrics.MulticlassPredictions;
import dev.mlgate.metrics.PairedBootstrap;
import dev.mlgate.metrics.RegressionPredictions;
import dev.mlgate.metrics.Resamplable;
import dev.mlgate.stats.DeLong;
import dev.mlgate.stats.DeLongResult;
import dev.mlgate.stats.McNemar;
import dev.mlgate.stats.McNemarResult;
import dev.mlgate.stats.PairedTTest;
import dev.mlgate.stats.PairedTTestResult;
import dev.mlgate.stats.Wilcoxon;
import dev.mlgate.stats.WilcoxonResult;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The p-value of a comparison from the gate's test. {@link Test#AUTO} picks DeLong for a binary
 * {@code roc_auc}, McNemar's exact test for a binary {@code accuracy@t} (at t) or a multiclass
 * {@code accuracy}, and the paired bootstrap otherwise. The planner has checked that the test fits the view.
 */
final class Significance {

    private static final String ACCURACY = "accuracy@";

    private Significance() {
    }

    /** A test's name, p-value (NaN when undefined, with {@code test.undefined} saying why) and statistics. */
    record Outcome(String name, double pValue, Map<String, Object> details) {
    }

    static Outcome test(ComparisonMethod method, Requirement requirement, Metric candidate, Metric baseline,
            Resamplable<?> candidateView, Resamplable<?> baselineView, PairedBootstrap.Result interval) {
        Map<String, Object> details = new LinkedHashMap<>();
        Test test = effective(requirement.test(), candidate.name(), candidateView);
        return switch (test) {
            case DELONG -> delong(method, candidate, baseline, (BinaryScores) candidateView,
                    (BinaryScores) baselineView, details);
            case BOOTSTRAP, AUTO -> new Outcome("paired bootstrap", interval.pValue(), details);
            case PAIRED_T, WILCOXON -> paired(test, requirement.loss(), (RegressionPredictions) candidateView,
                    (RegressionPredictions) baselineView, details);
            default -> mcnemar(method, test, requirement, candidate, candidateView, baselineView, details);
        };
    }

    static boolean isAccuracy(String metric) {
        return metric.startsWith(ACCURACY);
    }

    /**
     * The threshold McNemar's test classifies at: an {@code accuracy@t} metric's own t, so the test judges
     * the accuracy the message names; otherwise (a {@code double} gate) the annotation's threshold.
     */
    static double threshold(String metric, double declared) {
        return isAccuracy(metric) ? Double.parseDouble(metric.substring(ACCURACY.length())) : declared;
    }

    static Test effective(Test requested, String metric, Resamplable<?> view) {
        if (requested != Test.AUTO) {
            return requested;
        }
        if (view instanceof BinaryScores) {
            return metric.equals("roc_auc") ? Test.DELONG : metric.startsWith(ACCURACY) ? Test.MCNEMAR : Test.BOOTSTRAP;
        }
        return view instanceof MulticlassPredictions && metric.equals("accuracy") ? Test.MCNEMAR : Test.BOOTSTRAP;
    }

    private static Outcome delong(ComparisonMethod method, Metric candidate, Metric baseline, BinaryScores a,
            BinaryScores b, Map<String, Object> details) {
        DeLongResult delong;
        try {
            delong = DeLong.test(labels(a), scores(a), scores(b));
        } catch (IllegalArgumentException e) {
            details.put("test.undefined", e.getMessage());
            return new Outcome("DeLong", Double.NaN, details);
        }
        if (Math.abs(delong.aucA() - candidate.value()) > 1e-9 || Math.abs(delong.aucB() - baseline.value()) > 1e-9) {
            throw new IllegalStateException(method.where() + " uses DeLong's test, which compares ROC AUCs, but its "
                    + candidate.name() + " " + candidate.value() + " is not the view's ROC AUC " + delong.aucA());
        }
        details.put("z", delong.z());
        details.put("se", delong.standardError());
        return new Outcome("DeLong", delong.pValue(), details);
    }

    private static Outcome mcnemar(ComparisonMethod method, Test test, Requirement requirement, Metric candidate,
            Resamplable<?> a, Resamplable<?> b, Map<String, Object> details) {
        long[] bc;
        if (a instanceof BinaryScores binary) {
            if (!isAccuracy(candidate.name()) && method.method().getReturnType() == Metric.class) {
                throw new IllegalStateException(method.where() + " uses McNemar's test, which compares paired"
                        + " correctness at a threshold and fits an accuracy (accuracy@t), but its metric is "
                        + candidate.name() + "; declare test = " + effective(Test.AUTO, candidate.name(), a)
                        + " or AUTO");
            }
            double threshold = threshold(candidate.name(), requirement.threshold());
            bc = McNemar.discordantPairs(correct(binary, threshold), correct((BinaryScores) b, threshold));
            details.put("threshold", threshold);
        } else {
            bc = McNemar.discordantPairs(correct((MulticlassPredictions) a), correct((MulticlassPredictions) b));
        }
        McNemarResult result = switch (test) {
            case MCNEMAR_CHI_SQUARED -> McNemar.chiSquared(bc[0], bc[1], false);
            case MCNEMAR_CHI_SQUARED_CORRECTED -> McNemar.chiSquared(bc[0], bc[1], true);
            default -> McNemar.exact(bc[0], bc[1]);
        };
        if (Double.isNaN(result.pValue())) {
            details.put("test.undefined", "no discordant pairs: the models are right and wrong on the same rows");
        }
        details.put("b", bc[0]);
        details.put("c", bc[1]);
        details.put("statistic", result.statistic());
        return new Outcome(switch (test) {
            case MCNEMAR_CHI_SQUARED -> "McNemar chi-squared";
            case MCNEMAR_CHI_SQUARED_CORRECTED -> "McNemar chi-squared (continuity-corrected)";
            default -> "McNemar exact";
        }, result.pValue(), details);
    }

    private static Outcome paired(Test test, Loss loss, RegressionPredictions a, RegressionPredictions b,
            Map<String, Object> details) {
        double[] differences = LossDifferences.of(loss, a, b);
        String lossName = loss == Loss.SQUARED_ERROR ? "squared error" : "absolute error";
        details.put("loss", lossName);
        details.put("pairs", differences.length);
        if (test == Test.PAIRED_T) {
            PairedTTestResult t = PairedTTest.test(differences);
            details.put("t", t.t());
            details.put("df", t.degreesOfFreedom());
            details.put("meanDifference", t.meanDifference());
            if (Double.isNaN(t.pValue())) {
                details.put("test.undefined", differences.length < 2 ? "fewer than two rows"
                        : "every row's " + lossName + " is the same for both models");
            }
            return new Outcome("paired t-test on " + lossName, t.pValue(), details);
        }
        WilcoxonResult w = Wilcoxon.test(differences);
        details.put("statistic", w.statistic());
        details.put("method", w.exact() ? "exact" : "normal approximation");
        if (!w.exact()) {
            details.put("z", w.z());
        }
        if (Double.isNaN(w.pValue())) {
            details.put("test.undefined", "every row's " + lossName + " is the same for both models");
        }
        return new Outcome("Wilcoxon signed-rank on " + lossName, w.pValue(), details);
    }

    private static boolean[] labels(BinaryScores view) {
        boolean[] labels = new boolean[view.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = view.isPositive(i);
        }
        return labels;
    }

    private static double[] scores(BinaryScores view) {
        double[] scores = new double[view.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = view.score(i);
        }
        return scores;
    }

    /** Whether each row's predicted class at {@code threshold} ({@code score >= threshold}) equals its label. */
    private static boolean[] correct(BinaryScores view, double threshold) {
        boolean[] correct = new boolean[view.size()];
        for (int i = 0; i < correct.length; i++) {
            correct[i] = (view.score(i) >= threshold) == view.isPositive(i);
        }
        return correct;
    }

    /** Whether each row's predicted class equals its label. */
    private static boolean[] correct(MulticlassPredictions view) {
        boolean[] correct = new boolean[view.size()];
        for (int i = 0; i < correct.length; i++) {
            correct[i] = view.predictedClass(i) == view.label(i);
        }
        return correct;
    }
}
