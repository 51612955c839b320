package dev.mlgate.stats.internal;

/**
 * Survival function of the one-sided one-sample statistic {@code D_n^+}, {@code P(D_n^+ >= x)},
 * matching {@code scipy.special.smirnov(n, x)}.
 *
 * <p>Exact for {@code n <= 1,000,000} by the Smirnov / Birnbaum–Tingey sum
 * <pre>  P(D_n^+ >= x) = x * sum_{v=0}^{floor(n(1-x))} C(n, v) (x + v/n)^(v-1) (1 - x - v/n)^(n-v)</pre>
 * whose terms are all positive; each term is a binomial probability evaluated by Loader's
 * saddle-point expansion ({@link BinomialSaddlePoint}) and the terms are added with compensated
 * summation. The special cases are closed
 * forms: {@code x <= 1/n} gives {@code 1 - x (1 + x)^(n-1)}, {@code x >= 1 - 1/n} gives
 * {@code (1 - x)^n}, and {@code -2 n x^2} below the smallest double exponent gives 0. Above
 * {@code n = 1,000,000} SciPy switches to the approximation {@code exp(-(6 n x + 1)^2 / (18 n))};
 * so does this class.
 */
final class Smirnov {

    static final int MAX_EXACT_N = 1_000_000;
    private static final double MIN_LOG = -708.3964185322641;

    private Smirnov() {
    }

    static double survival(int n, double x) {
        if (!(x >= 0.0 && x <= 1.0)) {
            return Double.NaN;
        }
        if (n == 1) {
            return 1.0 - x;
        }
        if (x == 0.0) {
            return 1.0;
        }
        if (x == 1.0) {
            return 0.0;
        }
        double nx = n * x;
        double floorNx = Math.floor(nx);
        double alpha = Math.fma(n, x, -floorNx);
        if (alpha < 0) {
            floorNx -= 1;
            alpha += 1;
        } else if (alpha >= 1) {
            floorNx += 1;
            alpha -= 1;
        }
        if (floorNx == 0 || (floorNx == 1 && alpha == 0)) {
            return KolmogorovDistribution.clip(1.0 - x * Math.pow(1 + x, n - 1));
        }
        if (-2 * n * x * x < MIN_LOG) {
            return 0.0;
        }
        if (floorNx >= n - 1) {
            return Math.pow(1 - x, n);
        }
        if (n > MAX_EXACT_N) {
            double logP = -Math.pow(6.0 * n * x + 1, 2) / 18.0 / n;
            return logP < -Math.log(2) ? Math.exp(logP) : 1.0 - (-Math.expm1(logP));
        }
        return KolmogorovDistribution.clip(lowerSum(n, x, (long) floorNx, alpha));
    }

    /**
     * {@code x * sum_v C(n,v) y^(v-1) (1-y)^(n-v)} with {@code y = x + v/n}; each term is a binomial
     * probability divided by {@code y}, evaluated by {@link BinomialSaddlePoint} with
     * {@code n y = floor(n x) + v + alpha} and {@code n (1 - y) = n - v - floor(n x) - alpha}.
     */
    private static double lowerSum(int n, double x, long floorNx, double alpha) {
        long lastV = n - floorNx - 1;
        double sum = Math.exp(n * Math.log1p(-x));
        double compensation = 0.0;
        for (long v = 1; v <= lastV; v++) {
            double expected = floorNx + v + alpha;
            double remaining = (n - v - floorNx) - alpha;
            double logTerm = BinomialSaddlePoint.logProbability(v, n, expected, remaining)
                    + Math.log(x * n / expected);
            double term = Math.exp(logTerm);
            double t = sum + term;
            compensation += Math.abs(sum) >= Math.abs(term) ? (sum - t) + term : (term - t) + sum;
            sum = t;
        }
        return sum + compensation;
    }
}
