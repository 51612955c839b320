package dev.mlgate.history.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Deequ's {@code HoltWinters} strategy ({@code MetricInterval.Daily, SeriesSeasonality.Weekly}: period
 * {@code p = 7}): additive Holt-Winters, ETS(A, A, A), fitted to the earlier values, forecasts the new one;
 * the new value is an anomaly when {@code |x(t) - forecast| > 1.96 * sd(|residuals|)}. Needs two full
 * periods (14 earlier values). The model, as Deequ defines it:
 * <pre>
 * level(0) = mean(x(0..p-1))      trend(0) = (sum(x(p..2p-1)) - sum(x(0..p-1))) / p^2
 * s(i) = x(i) - level(0) for i &lt; p
 * fitted(t)   = level(t) + trend(t) + s(t)            (residual(t) = x(t) - fitted(t))
 * level(t+1)  = alpha (x(t) - s(t)) + (1 - alpha) (level(t) + trend(t))
 * trend(t+1)  = beta (level(t+1) - level(t)) + (1 - beta) trend(t)
 * s(t+p)      = gamma (x(t) - level(t) - trend(t)) + (1 - gamma) s(t)
 * forecast(n) = level(n) + trend(n) + s(n)             (further steps feed the forecast back as x)
 * </pre>
 * with {@code alpha, beta, gamma} in {@code [0, 1]} minimising the sum of squared residuals from the start
 * {@code (0.3, 0.1, 0.1)}, and {@code sd} the sample standard deviation of the absolute residuals. Deequ
 * minimises with L-BFGS-B on numerical gradients; here BOBYQA (Commons Math, derivative-free, same bounds)
 * finds the minimum, so the parameters may differ from Deequ's where the sum of squares is flat.
 */
final class HoltWinters implements Detector {

    /** Days in the weekly season. */
    static final int WEEK = 7;

    private final int period;

    HoltWinters(int period) {
        this.period = period;
    }

    @Override
    public String describe() {
        return period == WEEK ? "Holt-Winters (additive, weekly season)"
                : "Holt-Winters (additive, period " + period + ")";
    }

    @Override
    public int needed() {
        return 2 * period;
    }

    @Override
    public Detection detect(double[] history, double current) {
        HoltWintersFit.Parameters parameters = HoltWintersFit.fit(history, period);
        Model model = model(history, period, 1, parameters);
        double forecast = model.forecasts()[0];
        double sd = model.residualSd();
        double lower = forecast - 1.96 * sd;
        double upper = forecast + 1.96 * sd;
        boolean anomalous = Math.abs(current - forecast) > 1.96 * sd;
        return new Detection(anomalous, lower, upper, String.format(Locale.ROOT, "forecast %s from %d earlier runs"
                + " (alpha %.4f, beta %.4f, gamma %.4f), residual deviation %s, accepted [%s, %s]", forecast,
                history.length, parameters.alpha(), parameters.beta(), parameters.gamma(), sd, lower, upper), false);
    }

    /**
     * Deequ's {@code detect(series, (start, end))}: fits on {@code series[0, start)}, forecasts the values in
     * {@code [start, min(end, n))} (one when {@code start >= n}) and returns the indexes whose value is
     * further from its forecast than {@code 1.96 sd}.
     */
    List<Integer> anomalies(double[] series, int start, int end) {
        double[] training = Arrays.copyOf(series, start);
        int horizon = start >= series.length ? 1 : Math.min(end, series.length) - start;
        Model model = model(training, period, horizon, HoltWintersFit.fit(training, period));
        double sd = model.residualSd();
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < horizon && start + i < series.length; i++) {
            if (Math.abs(series[start + i] - model.forecasts()[i]) > 1.96 * sd) {
                found.add(start + i);
            }
        }
        return found;
    }

    /** The fitted model's one-step residuals and its forecasts of the next {@code horizon} values. */
    static Model model(double[] series, int period, int horizon, HoltWintersFit.Parameters parameters) {
        double alpha = parameters.alpha();
        double beta = parameters.beta();
        double gamma = parameters.gamma();
        int n = series.length;
        double firstSum = 0;
        double secondSum = 0;
        for (int i = 0; i < period; i++) {
            firstSum += series[i];
            secondSum += series[period + i];
        }
        double[] level = new double[n + horizon + 1];
        double[] trend = new double[n + horizon + 1];
        double[] season = new double[period + n + horizon];
        double[] x = Arrays.copyOf(series, n + horizon);
        level[0] = firstSum / period;
        trend[0] = (secondSum - firstSum) / ((double) period * period);
        for (int i = 0; i < period; i++) {
            season[i] = series[i] - level[0];
        }
        double[] residuals = new double[n];
        for (int t = 0; t < n + horizon; t++) {
            double fitted = level[t] + trend[t] + season[t];
            if (t >= n) {
                x[t] = fitted;
            } else {
                residuals[t] = x[t] - fitted;
            }
            level[t + 1] = alpha * (x[t] - season[t]) + (1 - alpha) * (level[t] + trend[t]);
            trend[t + 1] = beta * (level[t + 1] - level[t]) + (1 - beta) * trend[t];
            season[t + period] = gamma * (x[t] - level[t] - trend[t]) + (1 - gamma) * season[t];
        }
        return new Model(Arrays.copyOfRange(x, n, n + horizon), residuals);
    }

    /**
     * A fitted model.
     *
     * @param forecasts the forecast of each future value
     * @param residuals {@code x(t) - fitted(t)} for every training value
     */
    record Model(double[] forecasts, double[] residuals) {

        /** Sum of squared residuals, the fit's objective. */
        double squaredError() {
            double sum = 0;
            for (double residual : residuals) {
                sum += residual * residual;
            }
            return sum;
        }

        /** Sample standard deviation of the absolute residuals, Deequ's deviation of the forecast. */
        double residualSd() {
            double mean = 0;
            for (double residual : residuals) {
                mean += Math.abs(residual) / residuals.length;
            }
            double squares = 0;
            for (double residual : residuals) {
                squares += (Math.abs(residual) - mean) * (Math.abs(residual) - mean);
            }
            return Math.sqrt(squares / (residuals.length - 1));
        }
    }
}
