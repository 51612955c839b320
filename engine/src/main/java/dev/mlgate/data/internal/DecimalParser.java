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
        double value = scan(s.toCharArray(), 0, s.length());
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
        long bits = Double.doubleToRawLongBits(scan(s.toCharArray(), 0, s.length()));
        return bits != INVALID_BITS && (bits != SLOW_BITS || !Double.isInfinite(Double.parseDouble(s)));
    }

    /**
     * The value of {@code c[from, to)} when the exact fast path reads it (NaN and infinities included), or
     * a marker NaN that {@link #isMarker} recognizes: then {@link #parse} on the text decides.
     */
    static double fast(char[] c, int from, int to) {
        return scan(c, from, to);
    }

    /** Whether {@code value} is one of the markers of {@link #fast}, not a value. */
    static boolean isMarker(double value) {
        long bits = Double.doubleToRawLongBits(value);
        return bits == INVALID_BITS || bits == SLOW_BITS;
    }

    /** The value of {@code c[from, n)}, or one of the two marker NaNs. */
    private static double scan(char[] c, int from, int n) {
        int i = from;
        boolean negative = false;
        if (n > i && (c[i] == '-' || c[i] == '+')) {
            negative = c[i] == '-';
            i++;
        }
        if (i == n) {
            return Double.longBitsToDouble(INVALID_BITS);
        }
        char first = c[i];
        if (first == 'n' || first == 'N' || first == 'i' || first == 'I') {
            return special(c, i, n, negative);
        }
        long mantissa = 0;
        int exponent = 0;
        int significant = 0;
        boolean digits = false;
        boolean exact = true;
        for (; i < n; i++) {
            int digit = c[i] - '0';
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
        if (i < n && c[i] == '.') {
            for (i++; i < n; i++) {
                int digit = c[i] - '0';
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
        if (i < n && (c[i] == 'e' || c[i] == 'E')) {
            i++;
            boolean negativeExponent = false;
            if (i < n && (c[i] == '-' || c[i] == '+')) {
                negativeExponent = c[i] == '-';
                i++;
            }
            int start = i;
            int written = 0;
            for (; i < n; i++) {
                int digit = c[i] - '0';
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

    private static double special(char[] c, int from, int to, boolean negative) {
        int length = to - from;
        if (length == 3 && matchesIgnoringCase(c, from, "nan")) {
            return Double.NaN;
        }
        if ((length == 3 && matchesIgnoringCase(c, from, "inf"))
                || (length == 8 && matchesIgnoringCase(c, from, "infinity"))) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return Double.longBitsToDouble(INVALID_BITS);
    }

    /** {@link String#regionMatches(boolean, int, String, int, int)} ignoring case, on chars. */
    private static boolean matchesIgnoringCase(char[] c, int from, String word) {
        return new String(c, from, word.length()).equalsIgnoreCase(word);
    }
}
