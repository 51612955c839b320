package dev.mlgate.history.internal;

import java.util.Locale;

/**
 * Deequ's {@code OnlineNormalStrategy}, applied to the whole series (earlier values and the new one, as
 * Deequ's {@code detect} over the full interval): for each value {@code x(i)} in turn, the running mean
 * {@code m(i) = m(i-1) + (x(i) - m(i-1)) / (i + 1)} and population variance {@code v(i) = S(i) / (i + 1)}
 * with {@code S(i) = S(i-1) + (x(i) - m(i-1)) (x(i) - m(i))} are updated with {@code x(i)} itself, and
 * {@code x(i)} is an anomaly when outside {@code [m(i) - lowerFactor sd(i), m(i) + upperFactor sd(i)]}. The
 * first {@code 10%} of the series is never an anomaly; an anomaly's update is undone when anomalies are
 * ignored. The verdict is the new (last) value's.
 *
 * <p>Because the bounds include the value they judge, a value among {@code n} can lie at most
 * {@code sqrt(n - 1)} deviations from their mean: with a factor {@code f} nothing can be flagged until
 * {@code n - 1 > f^2}, so the strategy needs {@code floor(f^2) + 1} earlier values (10 for {@code f = 3}).
 */
final class OnlineNormal implements Detector {

    /** Deequ's default share of the series' start in which no anomaly is flagged. */
    static final double IGNORE_START = 0.1;

    private final double lowerFactor;
    private final double upperFactor;
    private final boolean ignoreAnomalies;

    OnlineNormal(double lowerFactor, double upperFactor, boolean ignoreAnomalies) {
        this.lowerFactor = lowerFactor;
        this.upperFactor = upperFactor;
        this.ignoreAnomalies = ignoreAnomalies;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "online normal (%s sd below, %s sd above the running mean%s)",
                lowerFactor, upperFactor, ignoreAnomalies ? ", earlier anomalies ignored" : "");
    }

    @Override
    public int needed() {
        double smaller = Math.min(lowerFactor, upperFactor);
        return (int) Math.min(Integer.MAX_VALUE - 1, Math.floor(smaller * smaller)) + 1;
    }

    @Override
    public Detection detect(double[] history, double current) {
        double[] series = new double[history.length + 1];
        System.arraycopy(history, 0, series, 0, history.length);
        series[history.length] = current;
        Step last = run(series, IGNORE_START)[history.length];
        return new Detection(last.anomalous, last.lower(lowerFactor), last.upper(upperFactor), String.format(
                Locale.ROOT, "running mean %s and standard deviation %s over %d runs, this one included, accepted"
                        + " [%s, %s]", last.mean, last.sd, series.length, last.lower(lowerFactor),
                last.upper(upperFactor)), false);
    }

    /** Each value's running mean and deviation and whether it is an anomaly, as Deequ computes them. */
    Step[] run(double[] series, double ignoreStart) {
        Step[] steps = new Step[series.length];
        double mean = 0;
        double sn = 0;
        double skip = series.length * ignoreStart;
        for (int i = 0; i < series.length; i++) {
            double lastMean = mean;
            double lastSn = sn;
            mean = i == 0 ? series[i] : lastMean + (series[i] - lastMean) / (i + 1);
            sn += (series[i] - lastMean) * (series[i] - mean);
            Step step = new Step(mean, Math.sqrt(sn / (i + 1)), false);
            boolean outside = series[i] > step.upper(upperFactor) || series[i] < step.lower(lowerFactor);
            boolean anomalous = i >= skip && outside;
            steps[i] = new Step(step.mean, step.sd, anomalous);
            if (anomalous && ignoreAnomalies) {
                mean = lastMean;
                sn = lastSn;
            }
        }
        return steps;
    }

    /** One value's running statistics (including itself) and verdict. */
    record Step(double mean, double sd, boolean anomalous) {

        /** {@code mean - factor * sd}; an infinite factor leaves the side unbounded, even when sd is 0. */
        double lower(double factor) {
            return Double.isInfinite(factor) ? Double.NEGATIVE_INFINITY : mean - factor * sd;
        }

        double upper(double factor) {
            return Double.isInfinite(factor) ? Double.POSITIVE_INFINITY : mean + factor * sd;
        }
    }
}
