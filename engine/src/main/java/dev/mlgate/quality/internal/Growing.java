package dev.mlgate.quality.internal;

import java.util.Arrays;

/** Primitive lists that grow by doubling, so ten million rows cost a few arrays, not ten million objects. */
final class Growing {

    private Growing() {
    }

    /** A growable list of ints. */
    static final class Ints {

        private int[] values = new int[16];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    /** A growable list of doubles. */
    static final class Doubles {

        private double[] values = new double[1024];
        private int size;

        void add(double value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        double[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
