package dev.mlgate.baseline.internal;

import java.math.BigDecimal;
import java.util.Locale;

/** How comparison messages write numbers: four decimals, signs on differences, p-values to their precision. */
final class Numbers {

    private Numbers() {
    }

    /** {@code 0.9979}; values below 0.001 in magnitude with three significant digits. */
    static String value(double x) {
        if (Double.isNaN(x)) {
            return "n/a";
        }
        if (x == 0) {
            return "0";
        }
        return Math.abs(x) >= 1e-3 || Double.isInfinite(x) ? String.format(Locale.ROOT, "%.4f", x)
                : String.format(Locale.ROOT, "%.3g", x);
    }

    /** {@code +0.0534} or {@code -0.0120}. */
    static String signed(double x) {
        return x > 0 ? "+" + value(x) : value(x);
    }

    /** {@code +5.65%}. */
    static String percent(double x) {
        return Double.isNaN(x) ? "n/a" : String.format(Locale.ROOT, "%+.2f%%", x * 100);
    }

    /** {@code 0.0021}, {@code 1}, {@code 3.40e-07}. */
    static String p(double p) {
        if (Double.isNaN(p)) {
            return "n/a";
        }
        if (p == 1 || p == 0) {
            return p == 1 ? "1" : "0";
        }
        return p >= 1e-4 ? String.format(Locale.ROOT, "%.4f", p) : String.format(Locale.ROOT, "%.2e", p);
    }

    /** A declared parameter as written: {@code 0.005}, {@code 0.95}. */
    static String plain(double x) {
        return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }
}
