package dev.mlgate.stats.internal;

/**
 * Pelz and Good's (1976) approximation of {@code P(D_n <= x)}: the Li-Chien/Korolyuk expansion
 * {@code K0(z) + K1(z)/sqrt(n) + K2(z)/n + K3(z)/n^1.5} with {@code z = x sqrt(n)}, each term
 * rewritten through Jacobi's theta-function identity into series that converge fast for small
 * {@code z} (J. R. Stat. Soc. B 38(2), 152-156; also Simard and L'Ecuyer 2011, eq. 8-11).
 */
final class PelzGood {

    private static final double PI2 = Math.PI * Math.PI;
    private static final double PI4 = PI2 * PI2;
    private static final double PI6 = PI4 * PI2;
    private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);
    private static final double MIN_LOG = -708;

    private PelzGood() {
    }

    static double cdf(int n, double x) {
        if (x <= 0.0) {
            return 0.0;
        }
        if (x >= 1.0) {
            return 1.0;
        }
        double z = Math.sqrt(n) * x;
        double z2 = z * z;
        double z4 = z2 * z2;
        double z6 = z4 * z2;
        double logQ = -PI2 / 8 / z2;
        if (logQ < MIN_LOG) {
            return 0.0;
        }
        double q = Math.exp(logQ);

        double k1a = -z2;
        double k1b = PI2 / 4;
        double k2a = 6 * z6 + 2 * z4;
        double k2b = (2 * z4 - 5 * z2) * PI2 / 4;
        double k2c = PI4 * (1 - 2 * z2) / 16;
        double k3d = PI6 * (5 - 30 * z2) / 64;
        double k3c = PI4 * (-60 * z2 + 212 * z4) / 16;
        double k3b = PI2 * (135 * z4 - 96 * z6) / 4;
        double k3a = -30 * z6 - 90 * z4 * z4;

        // Sums over odd m = 2k - 1 of c_m q^(m^2), by Horner's rule in q^(8k).
        double[] terms = new double[4];
        int maxK = (int) Math.ceil(16 * z / Math.PI);
        for (int k = maxK; k >= 1; k--) {
            double m = 2 * k - 1;
            double m2 = m * m;
            double m4 = m2 * m2;
            double m6 = m4 * m2;
            double qPower = Math.pow(q, 8 * k);
            terms[0] = terms[0] * qPower + 1.0;
            terms[1] = terms[1] * qPower + (k1a + k1b * m2);
            terms[2] = terms[2] * qPower + (k2a + k2b * m2 + k2c * m4);
            terms[3] = terms[3] * qPower + (k3a + k3b * m2 + k3c * m4 + k3d * m6);
        }
        double[] divisors = {z, 6 * z4, 72 * Math.pow(z, 7), 6480 * Math.pow(z, 10)};
        for (int i = 0; i < 4; i++) {
            terms[i] = terms[i] * q * SQRT_2PI / divisors[i];
        }

        // K2 and K3 also carry sums over all k of k^2 r^(k^2), r = exp(-pi^2 / (2 z^2)).
        double r = Math.exp(-PI2 / 2 / z2);
        double sqrt3z = Math.sqrt(3) * z;
        double k2Extra = 0.0;
        double k3Extra = 0.0;
        for (int k = maxK; k >= 1; k--) {
            double k2 = (double) k * k;
            double rPower = Math.pow(r, k2);
            double kPi = Math.PI * k;
            k2Extra += k2 * rPower;
            k3Extra += (sqrt3z + kPi) * (sqrt3z - kPi) * k2 * rPower;
        }
        terms[2] += k2Extra * PI2 * SQRT_2PI / (-36 * z2 * z);
        terms[3] += k3Extra * PI2 * SQRT_2PI / (216 * z6);

        double sum = 0.0;
        for (int i = 0; i < 4; i++) {
            sum += terms[i] / Math.pow(n, i / 2.0);
        }
        return sum;
    }
}
