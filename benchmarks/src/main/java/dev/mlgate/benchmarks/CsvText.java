package dev.mlgate.benchmarks;

/** How the benchmarks' generators write numbers into CSV text: fixed decimals, zero-padded digits, no exponents. */
public final class CsvText {

    private CsvText() {
    }

    /** Appends {@code x} rounded to {@code decimals} places, without Double.toString's exponent forms. */
    public static StringBuilder fixed(StringBuilder out, double x, int decimals) {
        long scale = 1;
        for (int k = 0; k < decimals; k++) {
            scale *= 10;
        }
        long scaled = Math.round(Math.abs(x) * scale);
        if (x < 0 && scaled != 0) {
            out.append('-');
        }
        out.append(scaled / scale).append('.');
        return pad(out, (int) (scaled % scale), decimals);
    }

    /** Appends {@code value} zero-padded to {@code width} digits. */
    public static StringBuilder pad(StringBuilder out, int value, int width) {
        String digits = Integer.toString(value);
        for (int k = digits.length(); k < width; k++) {
            out.append('0');
        }
        return out.append(digits);
    }
}
