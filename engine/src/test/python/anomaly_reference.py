#!/usr/bin/python3
"""Reference values for mlgate's anomaly strategies, computed independently of the Java code.

Run: python3 engine/src/test/python/anomaly_reference.py > \
         engine/src/test/resources/dev/mlgate/history/anomaly-reference.txt
Needs numpy, scipy and statsmodels (Debian: python3-numpy python3-scipy python3-statsmodels; numpy 1.24.2,
scipy 1.10.1, statsmodels 0.13.5 made the committed output). The output is committed; the build never runs
this script.

Each strategy is written from its definition (Deequ's anomaly detection strategies), not translated from
the Java code: differences with numpy.diff, the online normal statistics recomputed from scratch with numpy when
anomalies count (Deequ's documented recurrence when they are ignored), batch statistics with numpy's std(ddof=1), and Holt-Winters as
Deequ's recursion fitted with scipy's L-BFGS-B (Deequ uses L-BFGS-B too) from (0.3, 0.1, 0.1). That recursion
is ETS(A,A,A) in Hyndman's component form: statsmodels' ExponentialSmoothing, started from Deequ's initial
level, trend and season ("known" initialization) with the fitted parameters, gives the same residuals and
forecast; the script asserts it and writes statsmodels' forecast as well.

Output: one case per line, fields separated by '|':
name | strategy | parameters (k=v,...) | history (space separated) | current | anomalous | lower | upper
Floats are written with repr(), the shortest text that reads back to the same double.
"""
import numpy as np
from scipy.optimize import minimize
from statsmodels.tsa.holtwinters import ExponentialSmoothing

rng = np.random.default_rng(20260131)
cases = []


def text(value):
    return str(value).lower() if isinstance(value, bool) else repr(float(value))


def case(name, strategy, params, history, current, anomalous, lower, upper):
    cases.append((name, strategy, ",".join(f"{k}={text(v)}" for k, v in params.items()),
                  " ".join(repr(float(v)) for v in history), repr(float(current)), str(bool(anomalous)).lower(),
                  repr(float(lower)), repr(float(upper))))


def absolute(name, history, current, lo, hi, order):
    change = np.diff(np.append(history, current), n=order)[-1]
    base = current - change
    case(name, "ABSOLUTE_CHANGE", dict(lower=lo, upper=hi, order=order), history, current,
         change < lo or change > hi, base + lo, base + hi)


def relative(name, history, current, lo, hi, order):
    earlier = history[-order]
    ratio = current / earlier
    bounds = sorted([earlier * lo, earlier * hi])
    case(name, "RELATIVE_RATE_OF_CHANGE", dict(lower=lo, upper=hi, order=order), history, current,
         ratio < lo or ratio > hi, bounds[0], bounds[1])


def threshold(name, current, lo, hi):
    case(name, "SIMPLE_THRESHOLD", dict(lower=lo, upper=hi), [], current, current < lo or current > hi, lo, hi)


def batch(name, history, current, lo, hi):
    mean, sd = np.mean(history), np.std(history, ddof=1)
    case(name, "BATCH_NORMAL", dict(lowerFactor=lo, upperFactor=hi), history, current,
         current < mean - lo * sd or current > mean + hi * sd, mean - lo * sd, mean + hi * sd)


def online(name, history, current, lo, hi, ignore):
    """Each value judged against statistics that include it. Counting anomalies, these are the mean and
    population sd of all values so far (numpy, from scratch). Ignoring them, Deequ's recurrence as its
    documentation states it: m(i) = m(i-1) + (x(i) - m(i-1)) / (i + 1), S(i) = S(i-1) + (x(i) - m(i-1)) (x(i) -
    m(i)), sd(i) = sqrt(S(i) / (i + 1)), i the position in the series, an anomaly's update undone."""
    series = list(history) + [current]
    skip = len(series) * 0.1
    m = s = 0.0
    for i, x in enumerate(series):
        if ignore:
            last_m, last_s = m, s
            m = x if i == 0 else last_m + (x - last_m) / (i + 1)
            s = last_s + (x - last_m) * (x - m)
            mean, sd = m, np.sqrt(s / (i + 1))
        else:
            mean, sd = np.mean(series[:i + 1]), np.std(series[:i + 1], ddof=0)
        anomalous = i >= skip and (x < mean - lo * sd or x > mean + hi * sd)
        if anomalous and ignore:
            m, s = last_m, last_s
    case(name, "ONLINE_NORMAL", dict(lowerFactor=lo, upperFactor=hi, ignoreAnomalies=ignore), history, current,
         anomalous, mean - lo * sd, mean + hi * sd)


def holt_winters_fitted(x, p, alpha, beta, gamma):
    """Deequ's additive Holt-Winters: one-step residuals and the next forecast."""
    n = len(x)
    level = [np.mean(x[:p])]
    trend = [(np.sum(x[p:2 * p]) - np.sum(x[:p])) / (p * p)]
    season = list(np.asarray(x[:p]) - level[0])
    residuals = []
    for t in range(n):
        residuals.append(x[t] - (level[t] + trend[t] + season[t]))
        level.append(alpha * (x[t] - season[t]) + (1 - alpha) * (level[t] + trend[t]))
        trend.append(beta * (level[t + 1] - level[t]) + (1 - beta) * trend[t])
        season.append(gamma * (x[t] - level[t] - trend[t]) + (1 - gamma) * season[t])
    return np.array(residuals), level[n] + trend[n] + season[n]


def holt_winters(name, history, current, p=7):
    history = np.asarray(history, dtype=float)
    fit = minimize(lambda v: np.sum(holt_winters_fitted(history, p, *v)[0] ** 2), x0=[0.3, 0.1, 0.1],
                   method="L-BFGS-B", bounds=[(0, 1)] * 3, options=dict(ftol=1e-15, gtol=1e-12, maxiter=10000))
    residuals, forecast = holt_winters_fitted(history, p, *fit.x)
    level = np.mean(history[:p])
    ets = ExponentialSmoothing(history, trend="add", seasonal="add", seasonal_periods=p, initialization_method="known",
                               initial_level=level, initial_trend=(np.sum(history[p:2 * p]) - np.sum(history[:p])) / (p * p),
                               initial_seasonal=history[:p] - level).fit(
        smoothing_level=fit.x[0], smoothing_trend=fit.x[1], smoothing_seasonal=fit.x[2], optimized=False)
    assert np.allclose(history - ets.fittedvalues, residuals, rtol=0, atol=1e-9)
    assert abs(ets.forecast(1)[0] - forecast) < 1e-9
    sd = np.std(np.abs(residuals), ddof=1)
    case(name, "HOLT_WINTERS_WEEKLY", dict(alpha=fit.x[0], beta=fit.x[1], gamma=fit.x[2], sse=fit.fun,
                                           statsmodelsForecast=ets.forecast(1)[0]),
         history, current, abs(current - forecast) > 1.96 * sd, forecast - 1.96 * sd, forecast + 1.96 * sd)


# absolute change: row counts growing by about 100 a day, then a drop
rows = [10_000.0, 10_104.0, 10_198.0, 10_305.0, 10_391.0]
absolute("absolute order 1, normal growth", rows, 10_502.0, -50.0, 150.0, 1)
absolute("absolute order 1, a drop", rows, 9_800.0, -50.0, 150.0, 1)
absolute("absolute order 2, steady acceleration", [1.0, 2.0, 4.0, 7.0, 11.0], 16.0, -2.0, 2.0, 2)
absolute("absolute order 2, a jump", [1.0, 2.0, 4.0, 7.0, 11.0], 20.5, -2.0, 2.0, 2)
absolute("absolute order 3", [0.5, 0.7, 1.3, 2.9, 3.1, 3.2], 2.25, -1.0, 1.0, 3)
absolute("absolute, only an increase bound", rows, 9_000.0, float("-inf"), 150.0, 1)

# relative rate of change: completeness ratios and counts
relative("relative order 1, within 10%", [0.97, 0.98, 0.975], 0.96, 0.9, 1.1, 1)
relative("relative order 1, fell by a third", [0.97, 0.98, 0.975], 0.65, 0.9, 1.1, 1)
relative("relative order 7, weekly lag", [120.0, 80.0, 75.0, 90.0, 95.0, 130.0, 160.0, 118.0], 60.0, 0.8, 1.25, 7)
relative("relative order 1, negative earlier value", [-4.0], -5.0, 0.9, 1.1, 1)

threshold("threshold inside", 0.5, -0.5, 1.0)
threshold("threshold above", 2.0, -0.5, 1.0)
threshold("threshold on the bound", 1.0, -0.5, 1.0)

# batch normal on a noisy series, then an outlier
noise = list(np.round(100 + rng.normal(0, 2, 20), 6))
batch("batch normal, usual value", noise, 101.5, 3.0, 3.0)
batch("batch normal, outlier", noise, 112.0, 3.0, 3.0)
batch("batch normal, asymmetric factors", noise, 96.0, 1.0, 5.0)

# online normal: a series with two earlier anomalies; with and without ignoring them
series = list(np.round(50 + rng.normal(0, 1, 30), 6))
series[12] += 15
series[20] -= 12
online("online normal, usual value, anomalies ignored", series, 50.8, 3.0, 3.0, True)
online("online normal, outlier, anomalies ignored", series, 54.5, 3.0, 3.0, True)
online("online normal, same outlier, anomalies counted", series, 54.5, 3.0, 3.0, False)
online("online normal, tight factors", series, 48.0, 1.5, 1.5, True)

# Holt-Winters: three weeks of a weekly pattern with trend and noise, then a usual and an anomalous day
week = np.array([100.0, 104.0, 103.0, 107.0, 118.0, 140.0, 132.0])
days = np.arange(21)
seasonal = list(np.round(week[days % 7] + 0.4 * days + rng.normal(0, 1.5, 21), 6))
expected_next = week[21 % 7] + 0.4 * 21
holt_winters("Holt-Winters, Monday near its forecast", seasonal, round(expected_next - 1.0, 6))
holt_winters("Holt-Winters, Monday at Saturday's level", seasonal, 140.0)
holt_winters("Holt-Winters, four weeks, usual Saturday",
             seasonal + list(np.round(week[np.arange(21, 26) % 7] + 0.4 * np.arange(21, 26), 6)),
             round(week[26 % 7] + 0.4 * 26, 6))

for fields in cases:
    print("|".join(fields))
