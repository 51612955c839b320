package dev.mlgate.stats.internal;

/**
 * {@code P(D_n <= d)} by Durbin's (1968) matrix formula as arranged by Marsaglia, Tsang and Wang
 * (2003), "Evaluating Kolmogorov's Distribution", J. Stat. Softw. 8(18).
 *
 * <p>Write {@code n d = k - h} with integer {@code k} and {@code 0 <= h < 1}. With the
 * {@code (2k-1) x (2k-1)} matrix {@code H}, the probability is {@code n!/n^n} times the central
 * element of {@code H^n}. The power is taken by repeated squaring; intermediate values are rescaled
 * by {@code 2^128} with the exponent kept separately, so nothing overflows or underflows.
 */
final class DurbinMatrix {

    private static final int SCALE_EXPONENT = 128;
    private static final double SCALE_UP = Math.scalb(1.0, SCALE_EXPONENT);
    private static final double SCALE_DOWN = Math.scalb(1.0, -SCALE_EXPONENT);

    private DurbinMatrix() {
    }

    static double cdf(int n, double d) {
        if (d >= 1.0) {
            return 1.0;
        }
        double nd = n * d;
        if (nd <= 0.5) {
            return 0.0;
        }
        int k = (int) Math.ceil(nd);
        double h = k - nd;
        int size = 2 * k - 1;
        double[][] matrix = initialMatrix(size, h);

        double[][] power = identity(size);
        int powerExponent = 0;
        int matrixExponent = 0;
        for (int remaining = n; remaining > 0; remaining /= 2) {
            if (remaining % 2 == 1) {
                power = multiply(power, matrix);
                powerExponent += matrixExponent;
            }
            matrix = multiply(matrix, matrix);
            matrixExponent *= 2;
            if (Math.abs(matrix[k - 1][k - 1]) > SCALE_UP) {
                scale(matrix, SCALE_DOWN);
                matrixExponent += SCALE_EXPONENT;
            }
        }
        double p = power[k - 1][k - 1];
        for (int i = 1; i <= n; i++) {
            p = i * p / n;
            if (Math.abs(p) < SCALE_DOWN) {
                p *= SCALE_UP;
                powerExponent -= SCALE_EXPONENT;
            }
        }
        return KolmogorovDistribution.clip(Math.scalb(p, powerExponent));
    }

    /**
     * {@code H[i][j] = 1/(i - j + 1)!} for {@code i - j + 1 >= 0}, else 0; the first column is
     * {@code (1 - h^(i+1))/(i+1)!}, the last row its mirror image, and the corner
     * {@code (1 - 2 h^m + max(0, 2h - 1)^m)/m!}.
     */
    private static double[][] initialMatrix(int size, double h) {
        double[] inverseFactorial = new double[size + 1];
        inverseFactorial[0] = 1.0;
        for (int j = 1; j <= size; j++) {
            inverseFactorial[j] = inverseFactorial[j - 1] / j;
        }
        double[] firstColumn = new double[size];
        for (int i = 0; i < size; i++) {
            firstColumn[i] = (1.0 - Math.pow(h, i + 1)) * inverseFactorial[i + 1];
        }
        double corner = Math.pow(Math.max(2 * h - 1.0, 0), size) - 2 * Math.pow(h, size);
        firstColumn[size - 1] = (1.0 + corner) * inverseFactorial[size];

        double[][] matrix = new double[size][size];
        for (int j = 1; j < size; j++) {
            for (int i = j - 1; i < size; i++) {
                matrix[i][j] = inverseFactorial[i - j + 1];
            }
        }
        for (int i = 0; i < size; i++) {
            matrix[i][0] = firstColumn[i];
            matrix[size - 1][i] = firstColumn[size - 1 - i];
        }
        return matrix;
    }

    private static double[][] identity(int size) {
        double[][] identity = new double[size][size];
        for (int i = 0; i < size; i++) {
            identity[i][i] = 1.0;
        }
        return identity;
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        int size = a.length;
        double[][] product = new double[size][size];
        for (int i = 0; i < size; i++) {
            double[] row = product[i];
            for (int l = 0; l < size; l++) {
                double factor = a[i][l];
                if (factor == 0.0) {
                    continue;
                }
                double[] bRow = b[l];
                for (int j = 0; j < size; j++) {
                    row[j] += factor * bRow[j];
                }
            }
        }
        return product;
    }

    private static void scale(double[][] matrix, double factor) {
        for (double[] row : matrix) {
            for (int j = 0; j < row.length; j++) {
                row[j] *= factor;
            }
        }
    }
}
