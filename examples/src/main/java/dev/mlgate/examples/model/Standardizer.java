package dev.mlgate.examples.model;

import java.util.List;
import java.util.Map;

/**
 * Per-feature z-scoring, fitted once on the training rows: {@code (x - mean) / sd} with the
 * population standard deviation (as scikit-learn's {@code StandardScaler}); a constant feature
 * keeps {@code sd = 1}. Sums run in row order, so the fit is deterministic.
 */
public final class Standardizer {

    private final List<String> features;
    private final double[] means;
    private final double[] sds;

    private Standardizer(List<String> features, double[] means, double[] sds) {
        this.features = List.copyOf(features);
        this.means = means;
        this.sds = sds;
    }

    /** Fits means and standard deviations on {@code rows} (row-major, one array per row, in feature order). */
    public static Standardizer fit(List<String> features, List<double[]> rows) {
        int k = features.size();
        double[] means = new double[k];
        double[] sds = new double[k];
        for (double[] row : rows) {
            for (int j = 0; j < k; j++) {
                means[j] += row[j];
            }
        }
        for (int j = 0; j < k; j++) {
            means[j] /= rows.size();
        }
        for (double[] row : rows) {
            for (int j = 0; j < k; j++) {
                double d = row[j] - means[j];
                sds[j] += d * d;
            }
        }
        for (int j = 0; j < k; j++) {
            sds[j] = Math.sqrt(sds[j] / rows.size());
            if (sds[j] == 0.0) {
                sds[j] = 1.0;
            }
        }
        return new Standardizer(features, means, sds);
    }

    /** The standardised copy of {@code raw} (in feature order). */
    public double[] apply(double[] raw) {
        double[] z = new double[raw.length];
        for (int j = 0; j < raw.length; j++) {
            z[j] = (raw[j] - means[j]) / sds[j];
        }
        return z;
    }

    /** The fitted mean and standard deviation of each feature, for inspection. */
    public Map<String, double[]> parameters() {
        var out = new java.util.LinkedHashMap<String, double[]>();
        for (int j = 0; j < features.size(); j++) {
            out.put(features.get(j), new double[] {means[j], sds[j]});
        }
        return out;
    }
}
