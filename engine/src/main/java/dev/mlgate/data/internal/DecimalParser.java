package dev.mlgate.data.internal;

import dev.mlgate.data.ValueKind;

/**
 * Validates decimal text strictly and converts it, exactly, with Clinger's fast path.
 *
 * <p>When the significant digits fit in 2^53 and the decimal exponent is within ±22, both the digits and
 * the power of ten are exact doubles, so one multiplication or division gives the correctly rounded
 * result. Anything else goes to {@link Double#parseDouble}, which the syntax check has made safe: it would
 * otherwise accept hex floats, {@code 1f} and surrounding spaces.
 */
final class DecimalParser {

    private static final long MAX_EXACT = 1L << 53;
    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    };
    /**
     * Returned by {@link #scan} for text that is not a number: a quiet NaN with a payload no parse produces
     * (parsing yields only the canonical NaN). Quiet NaN payloads survive {@code longBitsToDouble}.
     */
    private static final long INVALID_BITS = 0x7ffc_dead_beef_0001L;
    /** Returned by {@link #scan} when the fast path does not apply. */
    private static final long SLOW_BITS = 0x7ffc_dead_beef_0002L;

    private DecimalParser() {
    }

    static double parse(String s) {
        double value = scan(s);
        long bits = Double.doubleToRawLongBits(value);
        if (bits == INVALID_BITS) {
            throw ValueParsers.bad(s, ValueKind.DECIMAL);
        }
        if (bits == SLOW_BITS) {
            value = Double.parseDouble(s);
            if (Double.isInfinite(value)) {
                throw new IllegalArgumentException("cannot read " + Texts.quote(s)
                        + " as a decimal number: it is outside the range of a double");
            }
        }
        return value;
    }

    static boolean isDecimal(String s) {
        long bits = Double.doubleToRawLongBits(scan(s));
        return bits != INVALID_BITS && (bits != SLOW_BITS || !Double.isInfinite(Double.parseDouble(s)));
    }

    /** The value, or one of the two marker NaNs. */
    private static double scan(String s) {
        int n = s.length();
        int i = 0;
        boolean negative = false;
        if (n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            negative = s.charAt(0) == '-';
            i = 1;
        }
        if (i == n) {
            return Double.longBitsToDouble(INVALID_BITS);
        }
        char first = s.charAt(i);
        if (first == 'n' || first == 'N' || first == 'i' || first == 'I') {
            return special(s, i, negative);
        }
        long mantissa = 0;
        int exponent = 0;
        int significant = 0;
        boolean digits = false;
        boolean exact = true;
        for (; i < n; i++) {
            int digit = s.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                break;
            }
            digits = true;
            if (significant < 18) {
                mantissa = mantissa * 10 + digit;
                significant += mantissa == 0 ? 0 : 1;
            } else {
                exponent++;
                exact &= digit == 0;
            }
        }
        if (i < n && s.charAt(i) == '.') {
            for (i++; i < n; i++) {
                int digit = s.charAt(i) - '0';
                if (digit < 0 || digit > 9) {
                    break;
                }
                digits = true;
                if (significant < 18) {
                    mantissa = mantissa * 10 + digit;
                    significant += mantissa == 0 ? 0 : 1;
                    exponent--;
                } else {
                    exact &= digit == 0;
                }
            }
        }
        if (!digits) {
            return Double.longBitsToDouble(INVALID_BITS);
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            boolean negativeExponent = false;
            if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                negativeExponent = s.charAt(i) == '-';
                i++;
            }
            int start = i;
            int written = 0;
            for (; i < n; i++) {
                int digit = s.charAt(i) - '0';
                if (digit < 0 || digit > 9) {
                    break;
                }
                written = Math.min(written * 10 + digit, 100_000);
            }
            if (i == start) {
                return Double.longBitsToDouble(INVALID_BITS);
            }
            exponent += negativeExponent ? -written : written;
        }
        if (i != n) {
            return Double.longBitsToDouble(INVALID_BITS);
        }
        if (mantissa == 0) {
            return negative ? -0.0 : 0.0;
        }
        if (!exact || mantissa > MAX_EXACT || exponent < -22 || exponent > 22) {
            return Double.longBitsToDouble(SLOW_BITS);
        }
        double value = exponent >= 0 ? mantissa * POWERS_OF_TEN[exponent] : mantissa / POWERS_OF_TEN[-exponent];
        return negative ? -value : value;
    }

    private static double special(String s, int from, boolean negative) {
        int length = s.length() - from;
        if (length == 3 && s.regionMatches(true, from, "nan", 0, 3)) {
            return Double.NaN;
        }
        if ((length == 3 && s.regionMatches(true, from, "inf", 0, 3))
                || (length == 8 && s.regionMatches(true, from, "infinity", 0, 8))) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return Double.longBitsToDouble(INVALID_BITS);
    }
}
