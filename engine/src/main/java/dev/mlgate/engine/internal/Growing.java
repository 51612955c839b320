package dev.mlgate.engine.internal;

import java.util.Arrays;

/** Primitive lists that grow by doubling, so ten million rows cost a few arrays, not ten million objects. */
public final class Growing {

    private Growing() {
    }

    /** A growable list of ints. */
    public static final class Ints {

        private int[] values = new int[16];
        private int size;

        public void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        public int size() {
            return size;
        }

        public int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    /** A growable list of doubles. */
    public static final class Doubles {

        private double[] values = new double[1024];
        private int size;

        public void add(double value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        public double[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    /** A growable list of booleans. */
    public static final class Booleans {

        private boolean[] values = new boolean[1024];
        private int size;

        public void add(boolean value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        public boolean[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
