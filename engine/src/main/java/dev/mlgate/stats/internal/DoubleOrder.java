package dev.mlgate.stats.internal;

/**
 * Doubles as {@code long} keys whose signed order is the order {@link java.util.Arrays#sort(double[])}
 * puts them in ({@link Double#compare}: {@code -0.0} before {@code 0.0}, infinities at the ends), so
 * sorts and selections can compare integers. NaN has no place in that order here: callers leave it out.
 */
public final class DoubleOrder {

    private DoubleOrder() {
    }

    /** The key of {@code value}: its bits, with every bit but the sign flipped for a negative value. */
    public static long key(double value) {
        long bits = Double.doubleToRawLongBits(value);
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }

    /** The value of a {@link #key(double)}, bit for bit. */
    public static double value(long key) {
        return Double.longBitsToDouble(key ^ ((key >> 63) & Long.MAX_VALUE));
    }
}
