package dev.mlgate.examples.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Deliberate label corruption for the "regressed candidate" scenario: flips the label of exactly
 * {@code round(fraction * n)} training rows, chosen by a partial Fisher–Yates shuffle driven by
 * {@link java.util.Random} (whose algorithm the JDK specifies), so the same seed always flips the
 * same rows.
 */
public final class LabelNoise {

    private LabelNoise() {
    }

    /** A copy of {@code labels} with a seeded {@code fraction} of them flipped (malignant and benign swapped). */
    public static List<String> flip(List<String> labels, double fraction, long seed) {
        if (!(fraction >= 0.0 && fraction <= 1.0)) {
            throw new IllegalArgumentException("fraction must be in [0, 1]: " + fraction);
        }
        int n = labels.size();
        int k = (int) Math.round(fraction * n);
        int[] index = new int[n];
        for (int i = 0; i < n; i++) {
            index[i] = i;
        }
        Random random = new Random(seed);
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(n - i);
            int t = index[i];
            index[i] = index[j];
            index[j] = t;
        }
        List<String> out = new ArrayList<>(labels);
        for (int i = 0; i < k; i++) {
            int r = index[i];
            out.set(r, Features.MALIGNANT.equals(out.get(r)) ? Features.BENIGN : Features.MALIGNANT);
        }
        return out;
    }
}
