package dev.mlgate.stats.internal;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Seeded arrays of doubles that a fast sort, selection or merge gets wrong first: heavy ties, both
 * zeros, infinities, subnormals, the extremes of the range, whole numbers (whose low bits are all equal),
 * NaN with several bit patterns, and arrays already in order or in reverse. For tests that compare a fast
 * path with the slow one it replaces.
 */
public final class AwkwardDoubles {

    /** Sizes from empty to past {@link DoubleSort#RADIX_THRESHOLD}. */
    public static final int[] SIZES = {0, 1, 2, 3, 17, 100, DoubleSort.RADIX_THRESHOLD - 1, DoubleSort.RADIX_THRESHOLD,
        DoubleSort.RADIX_THRESHOLD + 1, 50_000, 300_000};

    /** NaN with the sign bit set and with a payload: {@code Arrays.sort} keeps their bits. */
    private static final double[] NANS = {Double.NaN, Double.longBitsToDouble(0xfff8000000000000L),
        Double.longBitsToDouble(0x7ff0000000000001L)};
    private static final double[] FINITE = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE,
        -Double.MAX_VALUE, Double.MIN_NORMAL, 1e-310, -1e-310};
    private static final double[] SPECIAL = {0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        Double.MIN_VALUE, -Double.MAX_VALUE, 1e-310};

    private AwkwardDoubles() {
    }

    /** The kinds of sample each test runs over. */
    public enum Kind {
        /** Gaussian decimals with two decimal places: few ties. */
        DECIMALS,
        /** Whole numbers from -5 to 145: every value tied many times. */
        WHOLE,
        /** Decimals mixed with both zeros, infinities, subnormals and the extremes. */
        SPECIAL,
        /** Finite values only: decimals, both zeros, subnormals, the extremes. */
        FINITE_SPECIAL,
        /** One value throughout. */
        CONSTANT,
        /** Ascending already. */
        ASCENDING,
        /** Descending. */
        DESCENDING,
        /** Decimals, both zeros and infinities with NaN of several bit patterns. */
        WITH_NAN
    }

    /** {@code n} values of {@code kind}, from {@code seed}. */
    public static double[] of(Kind kind, int n, long seed) {
        Random random = new Random(seed);
        double[] values = IntStream.range(0, n).mapToDouble(i -> switch (kind) {
            case DECIMALS, ASCENDING, DESCENDING -> Math.round(random.nextGaussian() * 5_000_000) / 100.0;
            case WHOLE -> random.nextInt(151) - 5;
            case SPECIAL -> random.nextInt(4) == 0 ? SPECIAL[random.nextInt(SPECIAL.length)]
                    : random.nextInt(200) - 100 + random.nextInt(4) / 4.0;
            case FINITE_SPECIAL -> random.nextInt(4) == 0 ? FINITE[random.nextInt(FINITE.length)]
                    : random.nextInt(200) - 100 + random.nextInt(4) / 4.0;
            case CONSTANT -> 2.5;
            case WITH_NAN -> switch (random.nextInt(8)) {
                case 0 -> NANS[random.nextInt(NANS.length)];
                case 1 -> SPECIAL[random.nextInt(4)];
                default -> random.nextGaussian();
            };
        }).toArray();
        if (kind == Kind.ASCENDING || kind == Kind.DESCENDING) {
            Arrays.sort(values);
        }
        if (kind == Kind.DESCENDING) {
            for (int i = 0, j = n - 1; i < j; i++, j--) {
                double swap = values[i];
                values[i] = values[j];
                values[j] = swap;
            }
        }
        return values;
    }

    /** The raw bits of each value, to compare arrays bit for bit (NaN payloads and zero signs included). */
    public static long[] bits(double[] values) {
        return Arrays.stream(values).mapToLong(Double::doubleToRawLongBits).toArray();
    }
}
