package dev.mlgate.stats.internal;

/**
 * Logarithm of the binomial probability {@code C(n, k) p^k (1-p)^(n-k)} for real "expected counts",
 * accurate to a few ulps for any {@code n}, by Loader's saddle-point expansion (C. Loader, "Fast and
 * Accurate Computation of Binomial Probabilities", 2000):
 * <pre>  log f = stirlerr(n) - stirlerr(k) - stirlerr(n-k) - bd0(k, n p) - bd0(n-k, n q)
 *          + log(n / (2 pi k (n-k))) / 2</pre>
 * The callers pass {@code n p} and {@code n q} directly, so that they can be formed without rounding
 * the probability first. Naive evaluation through {@code log C(n, k)} loses about
 * {@code log(n!) * eps} absolutely, which is 1e-9 relative at {@code n = 400,000}.
 */
public final class BinomialSaddlePoint {

    /** {@code stirlerr(k) = log(k!) - log(sqrt(2 pi k) (k/e)^k)} for k = 0..15 (computed with mpmath, 40 digits). */
    private static final double[] STIRLING_ERROR = {
        0.0,
        0.081061466795327258220,
        0.041340695955409294094,
        0.027677925684998339149,
        0.020790672103765093112,
        0.016644691189821192163,
        0.013876128823070747999,
        0.011896709945891770095,
        0.010411265261972096497,
        0.0092554621827127329177,
        0.0083305634333628712565,
        0.0075736754879518407950,
        0.0069428401072095298657,
        0.0064089941880042070684,
        0.0059513701127588477356,
        0.0055547335519628013710,
    };
    private static final double S0 = 1.0 / 12;
    private static final double S1 = 1.0 / 360;
    private static final double S2 = 1.0 / 1260;
    private static final double S3 = 1.0 / 1680;
    private static final double S4 = 1.0 / 1188;

    private BinomialSaddlePoint() {
    }

    /**
     * {@code log(C(n, k) p^k q^(n-k))} given {@code np = n p} and {@code nq = n q}, for
     * {@code 0 < k < n}.
     */
    public static double logProbability(long k, long n, double np, double nq) {
        double log = stirlingError(n) - stirlingError(k) - stirlingError(n - k)
                - deviance(k, np) - deviance(n - k, nq);
        return log + 0.5 * Math.log((double) n / (2 * Math.PI * k * (double) (n - k)));
    }

    /** Error of Stirling's approximation to {@code log(k!)}, by table then by its asymptotic series. */
    static double stirlingError(long k) {
        if (k < STIRLING_ERROR.length) {
            return STIRLING_ERROR[(int) k];
        }
        double kk = (double) k * k;
        if (k > 500) {
            return (S0 - S1 / kk) / k;
        }
        if (k > 80) {
            return (S0 - (S1 - S2 / kk) / kk) / k;
        }
        if (k > 35) {
            return (S0 - (S1 - (S2 - S3 / kk) / kk) / kk) / k;
        }
        return (S0 - (S1 - (S2 - (S3 - S4 / kk) / kk) / kk) / kk) / k;
    }

    /**
     * The deviance term {@code x log(x / m) + m - x}, by its series in {@code v = (x - m)/(x + m)}
     * when {@code x} is close to {@code m} (where the direct form cancels).
     */
    static double deviance(double x, double m) {
        if (Math.abs(x - m) < 0.1 * (x + m)) {
            double v = (x - m) / (x + m);
            double sum = (x - m) * v;
            double term = 2 * x * v;
            double v2 = v * v;
            for (int j = 1; j < 1000; j++) {
                term *= v2;
                double next = sum + term / (2 * j + 1);
                if (next == sum) {
                    return next;
                }
                sum = next;
            }
            return sum;
        }
        return x * Math.log(x / m) + m - x;
    }
}
