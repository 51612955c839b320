package dev.mlgate.report.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mlgate.report.internal.Model.Check;
import java.util.ArrayList;
import java.util.List;

/**
 * What the checks of one column of a data contract already measured, gathered for its section: type,
 * nulls, distinct values, mean, median and standard deviation, and the drift histogram (from which the
 * range and approximate quartiles are read). Only what a check measured appears; nothing is computed
 * from the data here.
 */
record ColumnProfile(String column, List<Check> checks, String type, Check nulls, String distinct, Check mean,
                     Check median, Check deviation, Check drift) {

    static ColumnProfile of(String column, List<Check> checks) {
        String type = null;
        Check nulls = null;
        String distinct = null;
        Check mean = null;
        Check median = null;
        Check deviation = null;
        Check drift = null;
        for (Check check : checks) {
            String name = check.displayName();
            if (name.startsWith(column + ": type ")) {
                type = name.substring(column.length() + 7);
            } else if (name.equals(column + ": not null")) {
                nulls = check;
            } else if (check.details().containsKey("distinct")) {
                distinct = check.details().get("distinct");
            } else if ("mean".equals(check.metric())) {
                mean = check;
            } else if ("median".equals(check.metric())) {
                median = check;
            } else if ("sample standard deviation".equals(check.metric())) {
                deviation = check;
            }
            if (check.histogram() != null && check.histogram().isObject()) {
                drift = check;
            }
        }
        return new ColumnProfile(column, checks, type, nulls, distinct, mean, median, deviation, drift);
    }

    /** The column a data-contract check is about, or null for a table-level check. */
    static String columnOf(Check check) {
        if (check.column() != null) {
            return check.column();
        }
        String member = check.member();
        return member != null && check.displayName().startsWith(member + ": ") ? member : null;
    }

    /**
     * Quantiles of the current side read from its histogram, interpolating linearly inside a bin: an
     * approximation as good as the bins, shown with "≈". Empty for a categorical or missing histogram.
     */
    static double[] approximateQuantiles(JsonNode histogram, double... probabilities) {
        if (histogram == null || !histogram.has("edges")) {
            return new double[0];
        }
        double[] edges = Svg.numbers(histogram.path("edges"));
        double[] counts = Svg.numbers(histogram.path("current"));
        int bins = Math.min(counts.length, edges.length - 1);
        double total = 0;
        for (int i = 0; i < bins; i++) {
            total += counts[i];
        }
        List<Double> quantiles = new ArrayList<>();
        for (double probability : probabilities) {
            double target = probability * total;
            double seen = 0;
            for (int i = 0; i < bins; i++) {
                if (counts[i] > 0 && seen + counts[i] >= target) {
                    quantiles.add(edges[i] + (target - seen) / counts[i] * (edges[i + 1] - edges[i]));
                    break;
                }
                seen += counts[i];
            }
        }
        return total > 0 ? quantiles.stream().mapToDouble(Double::doubleValue).toArray() : new double[0];
    }
}
