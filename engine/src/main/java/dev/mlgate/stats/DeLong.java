package dev.mlgate.stats;

import dev.mlgate.stats.internal.Checks;
import dev.mlgate.stats.internal.Midranks;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.special.Erf;

/**
 * DeLong's test for the difference of two correlated ROC AUCs (two models scored on the same rows),
 * by the fast midrank algorithm of Sun and Xu (2014, IEEE Signal Processing Letters 21(11)), in
 * {@code O(n log n)}. It matches R pROC's
 * {@code roc.test(roc(labels, scoresA), roc(labels, scoresB), method = "delong", paired = TRUE)}
 * with controls {@code false}, cases {@code true} and direction {@code "<"}.
 *
 * <p><b>Definitions.</b> A higher score means "more likely positive"; tied scores count one half
 * (so each AUC is the Mann–Whitney probability {@code P(S+ > S-) + P(S+ = S-)/2}). For each model,
 * with {@code m} positives and {@code n} negatives, the structural components are
 * {@code V10_i = (rank_all(i) - rank_pos(i)) / n} for positives and
 * {@code V01_j = 1 - (rank_all(j) - rank_neg(j)) / m} for negatives (midranks); their sample
 * covariance matrices ({@code m - 1} and {@code n - 1} denominators) give
 * {@code S = S10 / m + S01 / n} and {@code se = sqrt(S_AA + S_BB - 2 S_AB)} for
 * {@code difference = aucA - aucB}. Then {@code z = difference / se}, the two-sided p-value is
 * {@code 2 Phi(-|z|)}, and the confidence interval is {@code difference +- Phi^-1(1 - (1 - level)/2) se}.
 *
 * <p><b>Edge cases.</b> When {@code se = 0} and the difference is 0 (e.g. identical scores), pROC
 * sets {@code z = 0} and so does this class ({@code p = 1}); when {@code se = 0} with a non-zero
 * difference, {@code z} is infinite and {@code p = 0}. A variance that rounds below 0 (nearly
 * identical models) is taken as 0. At least two positives and two negatives are
 * required (the covariances divide by {@code m - 1} and {@code n - 1}); arrays of different lengths,
 * non-finite scores or a level outside (0, 1) are rejected with {@link IllegalArgumentException}.
 */
public final class DeLong {

    /** Default confidence level of the interval of the difference. */
    public static final double DEFAULT_LEVEL = 0.95;

    private DeLong() {
    }

    /** The test at the {@value #DEFAULT_LEVEL} confidence level. */
    public static DeLongResult test(boolean[] labels, double[] scoresA, double[] scoresB) {
        return test(labels, scoresA, scoresB, DEFAULT_LEVEL);
    }

    /** The test, with a confidence interval of {@code aucA - aucB} at {@code level}. */
    public static DeLongResult test(boolean[] labels, double[] scoresA, double[] scoresB, double level) {
        Checks.requireLevel(level, "confidence level");
        if (labels == null) {
            throw new IllegalArgumentException("labels must not be null");
        }
        Checks.requireSample(scoresA, "scoresA");
        Checks.requireSample(scoresB, "scoresB");
        if (labels.length != scoresA.length || labels.length != scoresB.length) {
            throw new IllegalArgumentException("labels, scoresA and scoresB must have the same length, but had "
                    + labels.length + ", " + scoresA.length + " and " + scoresB.length);
        }
        int positives = 0;
        for (boolean label : labels) {
            positives += label ? 1 : 0;
        }
        int negatives = labels.length - positives;
        if (positives < 2 || negatives < 2) {
            throw new IllegalArgumentException("DeLong's test needs at least two positive and two negative labels, but had "
                    + positives + " positive and " + negatives + " negative");
        }
        Components a = components(labels, scoresA, positives, negatives);
        Components b = components(labels, scoresB, positives, negatives);

        double sxAA = covariance(a.cases, a.auc, a.cases, a.auc);
        double sxAB = covariance(a.cases, a.auc, b.cases, b.auc);
        double sxBB = covariance(b.cases, b.auc, b.cases, b.auc);
        double syAA = covariance(a.controls, a.auc, a.controls, a.auc);
        double syAB = covariance(a.controls, a.auc, b.controls, b.auc);
        double syBB = covariance(b.controls, b.auc, b.controls, b.auc);
        double sAA = sxAA / positives + syAA / negatives;
        double sAB = sxAB / positives + syAB / negatives;
        double sBB = sxBB / positives + syBB / negatives;
        double variance = (sAA - sAB) - (sAB - sBB);
        double se = Math.sqrt(Math.max(variance, 0.0));

        double difference = a.auc - b.auc;
        double z = (se == 0.0 && difference == 0.0) ? 0.0 : difference / se;
        double p = Erf.erfc(Math.abs(z) / Math.sqrt(2.0));
        double critical = new NormalDistribution(null, 0.0, 1.0).inverseCumulativeProbability(1 - (1 - level) / 2);
        return new DeLongResult(a.auc, b.auc, difference, se, z, p, level,
                difference - critical * se, difference + critical * se);
    }

    /** Placement values of one model: per positive ({@code V10}) and per negative ({@code V01}). */
    private record Components(double auc, double[] cases, double[] controls) {
    }

    private static Components components(boolean[] labels, double[] scores, int m, int n) {
        double[] positiveScores = new double[m];
        double[] negativeScores = new double[n];
        for (int i = 0, p = 0, q = 0; i < labels.length; i++) {
            if (labels[i]) {
                positiveScores[p++] = scores[i];
            } else {
                negativeScores[q++] = scores[i];
            }
        }
        double[] all = new double[m + n];
        System.arraycopy(positiveScores, 0, all, 0, m);
        System.arraycopy(negativeScores, 0, all, m, n);
        double[] rankAll = Midranks.of(all);
        double[] rankPositive = Midranks.of(positiveScores);
        double[] rankNegative = Midranks.of(negativeScores);
        double[] cases = new double[m];
        double[] controls = new double[n];
        double sumPositiveRanks = 0.0;
        for (int i = 0; i < m; i++) {
            cases[i] = (rankAll[i] - rankPositive[i]) / n;
            sumPositiveRanks += rankAll[i];
        }
        for (int j = 0; j < n; j++) {
            controls[j] = 1.0 - (rankAll[m + j] - rankNegative[j]) / m;
        }
        double auc = (sumPositiveRanks - m * (m + 1.0) / 2.0) / ((double) m * n);
        return new Components(auc, cases, controls);
    }

    /** {@code sum((x - xMean)(y - yMean)) / (length - 1)}. */
    private static double covariance(double[] x, double xMean, double[] y, double yMean) {
        double sum = 0.0;
        for (int i = 0; i < x.length; i++) {
            sum += (x[i] - xMean) * (y[i] - yMean);
        }
        return sum / (x.length - 1);
    }
}
