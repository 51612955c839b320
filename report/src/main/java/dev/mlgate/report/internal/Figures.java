package dev.mlgate.report.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Numbers for people: every figure the HTML report and summary.md show goes through here, so that a
 * count reads {@code 12,345}, a metric {@code 0.9979}, a share {@code 12.3%} and a p-value
 * {@code < 0.0001}, whatever the locale of the machine. The exact value stays in report.json and in
 * the HTML's hover text ({@link #exact}).
 */
public final class Figures {

    /** Significant digits of a metric or statistic unless a quantity asks for others. */
    public static final int DEFAULT_DIGITS = 4;

    private static final double SCIENTIFIC_BELOW = 1e-4;
    private static final double SCIENTIFIC_FROM = 1e15;
    private static final double GROUPING_FROM = 10_000;
    private static final double TINY_P = 1e-4;
    private static final double EXACT_LONG = 0x1p53;

    private Figures() {
    }

    /** An integer count with thousands separators: {@code 12,345}. */
    public static String count(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }

    /** A count that travelled as a double ({@code 341.0} reads {@code 341}); a fraction keeps its digits. */
    public static String count(double count) {
        if (Double.isFinite(count) && count == Math.rint(count) && Math.abs(count) < EXACT_LONG) {
            return count((long) count);
        }
        return value(count);
    }

    /** A metric or statistic to {@value #DEFAULT_DIGITS} significant digits. */
    public static String value(double value) {
        return value(value, DEFAULT_DIGITS);
    }

    /**
     * A value to the given significant digits, trailing zeros trimmed, thousands separators from
     * 10,000, and scientific notation only below 1e-4 or from 1e15 (where plain digits stop helping).
     */
    public static String value(double value, int significantDigits) {
        if (!Double.isFinite(value)) {
            return nonFinite(value);
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = BigDecimal.valueOf(value)
                .round(new MathContext(significantDigits, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        double magnitude = Math.abs(rounded.doubleValue());
        if (magnitude < SCIENTIFIC_BELOW || magnitude >= SCIENTIFIC_FROM) {
            return scientific(rounded);
        }
        String plain = rounded.toPlainString();
        return magnitude >= GROUPING_FROM ? grouped(plain) : plain;
    }

    /** A share as a percentage with one decimal: {@code 12.3%}; never rounds a non-zero share to 0 or 100. */
    public static String share(double share) {
        if (!Double.isFinite(share)) {
            return nonFinite(share);
        }
        double percent = share * 100;
        if (percent == 0 || percent == 100) {
            return count((long) percent) + "%";
        }
        if (percent > 0 && percent < 0.1) {
            return "< 0.1%";
        }
        if (percent < 0 && percent > -0.1) {
            return "> -0.1%";
        }
        if (percent > 99.9 && percent < 100) {
            return "> 99.9%";
        }
        return String.format(Locale.ROOT, "%,.1f%%", percent);
    }

    /** A p-value: {@code < 0.0001} when tiny, else two significant digits ({@code 0.043}). */
    public static String pValue(double p) {
        if (Double.isFinite(p) && p >= 0 && p < TINY_P) {
            return "< 0.0001";
        }
        return value(p, 2);
    }

    /** An interval as {@code [a, b]}, both ends with the default significant digits. */
    public static String interval(double lower, double upper) {
        return "[" + value(lower) + ", " + value(upper) + "]";
    }

    /** The exact value, for hover text: the shortest decimal that reads back as the same double. */
    public static String exact(double value) {
        if (!Double.isFinite(value)) {
            return nonFinite(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < EXACT_LONG) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    private static String nonFinite(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        return value > 0 ? "∞" : "−∞";
    }

    private static String scientific(BigDecimal rounded) {
        BigDecimal unscaled = new BigDecimal(rounded.unscaledValue());
        int digits = rounded.precision();
        int exponent = digits - 1 - rounded.scale();
        BigDecimal mantissa = unscaled.movePointLeft(digits - 1).stripTrailingZeros();
        return mantissa.toPlainString() + "e" + exponent;
    }

    private static String grouped(String plain) {
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int point = digits.indexOf('.');
        String whole = point < 0 ? digits : digits.substring(0, point);
        String fraction = point < 0 ? "" : digits.substring(point);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(whole.charAt(i));
        }
        return (negative ? "-" : "") + out + fraction;
    }
}
