package dev.mlgate.baseline.internal;

import dev.mlgate.metrics.PairedBootstrap;
import dev.mlgate.baseline.Test;
import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.Metric;
import dev.mlgate.stats.DeLong;
import dev.mlgate.stats.DeLongResult;
import dev.mlgate.stats.McNemar;
import dev.mlgate.stats.McNemarResult;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Computes a comparison gate's {@link Estimate} on two views of the same rows: the metric on each, the
 * paired bootstrap interval of the (possibly relative) difference, and the p-value of the gate's test.
 * {@link Test#AUTO} picks DeLong for {@code roc_auc}, McNemar's exact test at t for {@code accuracy@t},
 * and the paired bootstrap otherwise.
 */
record Estimator(Object instance, long seed, int resamples) {

    private static final String ACCURACY = "accuracy@";

    Estimate estimate(ComparisonMethod method, Requirement requirement, BinaryScores candidateView,
            BinaryScores baselineView) throws Exception {
        Metric candidate = method.apply(instance, candidateView);
        Metric baseline = method.apply(instance, baselineView);
        int rows = candidateView.size();
        if (!candidate.isDefined() || !baseline.isDefined()) {
            Metric undefined = candidate.isDefined() ? baseline : candidate;
            return Estimate.undefined(candidate.name(), candidate.direction(), rows, "the "
                    + (undefined == candidate ? "candidate's " : "baseline's ") + undefined.undefinedReason());
        }
        double difference = candidate.value() - baseline.value();
        if (requirement.relative() && baseline.value() == 0) {
            return Estimate.undefined(candidate.name(), candidate.direction(), rows, "the relative change is undefined:"
                    + " the baseline's " + baseline.name() + " is 0");
        }
        double judged = requirement.relative() ? difference / Math.abs(baseline.value()) : difference;
        PairedBootstrap.Result interval = new PairedBootstrap(seed, resamples, requirement.intervalLevel())
                .difference(candidateView, baselineView, view -> method.apply(instance, view), requirement.relative());
        Map<String, Object> details = new LinkedHashMap<>();
        Test test = effective(requirement.test(), candidate.name());
        double p;
        String testName;
        if (test == Test.DELONG) {
            DeLongResult delong;
            try {
                delong = DeLong.test(labels(candidateView), scores(candidateView), scores(baselineView));
            } catch (IllegalArgumentException e) {
                details.put("test.undefined", e.getMessage());
                return new Estimate(candidate.name(), candidate.direction(), rows, candidate.value(), baseline.value(),
                        difference, judged, interval, "DeLong", Double.NaN, details, null);
            }
            if (Math.abs(delong.aucA() - candidate.value()) > 1e-9 || Math.abs(delong.aucB() - baseline.value()) > 1e-9) {
                throw new IllegalStateException(method.where() + " uses DeLong's test, which compares ROC AUCs, but its "
                        + candidate.name() + " " + candidate.value() + " is not the view's ROC AUC " + delong.aucA());
            }
            p = delong.pValue();
            testName = "DeLong";
            details.put("z", delong.z());
            details.put("se", delong.standardError());
        } else if (test == Test.BOOTSTRAP) {
            p = interval.pValue();
            testName = "paired bootstrap";
        } else {
            if (!isAccuracy(candidate.name()) && method.method().getReturnType() == Metric.class) {
                throw new IllegalStateException(method.where() + " uses McNemar's test, which compares paired"
                        + " correctness at a threshold and fits an accuracy (accuracy@t), but its metric is "
                        + candidate.name() + "; declare test = " + effective(Test.AUTO, candidate.name()) + " or AUTO");
            }
            double threshold = threshold(candidate.name(), requirement.threshold());
            long[] bc = McNemar.discordantPairs(correct(candidateView, threshold), correct(baselineView, threshold));
            McNemarResult result = switch (test) {
                case MCNEMAR_CHI_SQUARED -> McNemar.chiSquared(bc[0], bc[1], false);
                case MCNEMAR_CHI_SQUARED_CORRECTED -> McNemar.chiSquared(bc[0], bc[1], true);
                default -> McNemar.exact(bc[0], bc[1]);
            };
            p = result.pValue();
            if (Double.isNaN(p)) {
                details.put("test.undefined", "no discordant pairs: the models are right and wrong on the same rows");
            }
            testName = switch (test) {
                case MCNEMAR_CHI_SQUARED -> "McNemar chi-squared";
                case MCNEMAR_CHI_SQUARED_CORRECTED -> "McNemar chi-squared (continuity-corrected)";
                default -> "McNemar exact";
            };
            details.put("threshold", threshold);
            details.put("b", bc[0]);
            details.put("c", bc[1]);
            details.put("statistic", result.statistic());
        }
        return new Estimate(candidate.name(), candidate.direction(), rows, candidate.value(), baseline.value(),
                difference, judged, interval, testName, p, details, null);
    }

    static boolean isAccuracy(String metric) {
        return metric.startsWith(ACCURACY);
    }

    static Test effective(Test requested, String metric) {
        if (requested != Test.AUTO) {
            return requested;
        }
        if (metric.equals("roc_auc")) {
            return Test.DELONG;
        }
        return metric.startsWith(ACCURACY) ? Test.MCNEMAR : Test.BOOTSTRAP;
    }

    /**
     * The threshold McNemar's test classifies at: an {@code accuracy@t} metric's own t, so the test judges
     * the accuracy the message names; otherwise (a {@code double} gate) the annotation's threshold.
     */
    static double threshold(String metric, double declared) {
        return metric.startsWith(ACCURACY) ? Double.parseDouble(metric.substring(ACCURACY.length())) : declared;
    }

    static boolean[] labels(BinaryScores view) {
        boolean[] labels = new boolean[view.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = view.isPositive(i);
        }
        return labels;
    }

    static double[] scores(BinaryScores view) {
        double[] scores = new double[view.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = view.score(i);
        }
        return scores;
    }

    /** Whether each row's predicted class at {@code threshold} ({@code score >= threshold}) equals its label. */
    static boolean[] correct(BinaryScores view, double threshold) {
        boolean[] correct = new boolean[view.size()];
        for (int i = 0; i < correct.length; i++) {
            correct[i] = (view.score(i) >= threshold) == view.isPositive(i);
        }
        return correct;
    }
}
