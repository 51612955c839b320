package dev.mlgate.spark;

import dev.mlgate.backend.ColumnMoments;
import dev.mlgate.backend.Example;
import dev.mlgate.backend.Quantiles;
import dev.mlgate.backend.RuleOutcome;
import dev.mlgate.backend.Sample;
import dev.mlgate.backend.ScanResults;
import dev.mlgate.backend.ViolationCount;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where two backends' results differ, each difference in words. Equal means: counts, examples (row and
 * value; the line too when {@code lines}), row rules' outcomes (counts, error, examples), details,
 * extremes, value counts (in order) and samples exactly; decimal means, variances and sums, and
 * quantiles, within {@value #RELATIVE} relative (Spark adds in another order than the local single pass).
 */
final class Agreement {

    /** The bound on floating-point sums, means, variances and interpolated quantiles. */
    static final double RELATIVE = 1e-12;

    private static final double[] QUANTILES = {0, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 1};

    private final List<String> differences = new ArrayList<>();
    private final boolean exampleValues;
    private final boolean lines;

    private Agreement(boolean exampleValues, boolean lines) {
        this.exampleValues = exampleValues;
        this.lines = lines;
    }

    /** The differences between {@code local} and {@code spark}. */
    static List<String> differences(ScanResults local, ScanResults spark, boolean exampleValues, boolean lines) {
        Agreement agreement = new Agreement(exampleValues, lines);
        agreement.compare(local, spark);
        return agreement.differences;
    }

    private void compare(ScanResults local, ScanResults spark) {
        same("header", local.header(), spark.header());
        same("rows", local.summary().rows(), spark.summary().rows());
        same("columns with metrics", local.metrics().keySet(), spark.metrics().keySet());
        local.metrics().forEach((column, metrics) -> metrics.forEach((request, result) -> result(column + " "
                + request, result, spark.metrics().getOrDefault(column, Map.of()).get(request))));
        same("row requests", local.rows().keySet(), spark.rows().keySet());
        local.rows().forEach((request, result) -> result(request.toString(), result, spark.rows().get(request)));
        same("row rules", local.rules().keySet(), spark.rules().keySet());
        local.rules().forEach((rule, outcome) -> rule(rule.name(), outcome, spark.rules().get(rule)));
        same("samples", local.samples().keySet(), spark.samples().keySet());
        local.samples().forEach((column, sample) -> sample("sample " + column, sample, spark.samples().get(column)));
    }

    private void result(String what, Object local, Object spark) {
        if (local instanceof ViolationCount count) {
            violations(what, count, (ViolationCount) spark);
        } else if (local instanceof ColumnMoments moments) {
            moments(what, moments, (ColumnMoments) spark);
        } else if (local instanceof Quantiles quantiles) {
            Quantiles other = (Quantiles) spark;
            same(what + " size", quantiles.size(), other.size());
            for (double q : QUANTILES) {
                close(what + " quantile " + q, quantiles.quantile(q), other.quantile(q));
            }
        } else {
            // extremes and value counts: records, compared whole; value counts in first-appearance order
            same(what, local, spark);
            if (local instanceof dev.mlgate.backend.DistinctCounts counts) {
                same(what + " order", List.copyOf(counts.counts().keySet()),
                        List.copyOf(((dev.mlgate.backend.DistinctCounts) spark).counts().keySet()));
            }
        }
    }

    private void violations(String what, ViolationCount local, ViolationCount spark) {
        if (spark == null) {
            differences.add(what + ": not computed by Spark");
            return;
        }
        same(what + " checked", local.checked(), spark.checked());
        same(what + " violations", local.violations(), spark.violations());
        same(what + " details", local.details(), spark.details());
        same(what + " examples", shown(local.examples()), shown(spark.examples()));
    }

    private void rule(String what, RuleOutcome local, RuleOutcome spark) {
        if (spark == null) {
            differences.add(what + ": not evaluated by Spark");
            return;
        }
        same(what + " checked", local.checked(), spark.checked());
        same(what + " violations", local.violations(), spark.violations());
        same(what + " left out", local.leftOut(), spark.leftOut());
        same(what + " error", local.error(), spark.error());
        same(what + " examples", shown(local.examples()), shown(spark.examples()));
    }

    private List<String> shown(List<Example> examples) {
        return examples.stream().map(example -> example.row() + (lines ? "/" + example.line() : "")
                + (exampleValues ? "=" + example.value() : "") + (example.file() == null ? "" : "@" + example.file()))
                .toList();
    }

    private void moments(String what, ColumnMoments local, ColumnMoments spark) {
        same(what + " count", local.count(), spark.count());
        same(what + " NaN count", local.nanCount(), spark.nanCount());
        same(what + " min", local.min(), spark.min());
        same(what + " max", local.max(), spark.max());
        close(what + " mean", local.mean(), spark.mean());
        close(what + " squared deviations", local.squaredDeviations(), spark.squaredDeviations());
        close(what + " sum", local.sum(), spark.sum());
    }

    private void sample(String what, Sample local, Sample spark) {
        if (local instanceof Sample.Numeric numbers && spark instanceof Sample.Numeric other) {
            double[] a = numbers.values().clone();
            double[] b = other.values().clone();
            Arrays.sort(a);
            Arrays.sort(b);
            same(what + " values", Arrays.toString(a), Arrays.toString(b));
            same(what + " nulls", numbers.nulls(), other.nulls());
            same(what + " NaN", numbers.nans(), other.nans());
        } else if (local instanceof Sample.Categorical counts && spark instanceof Sample.Categorical other) {
            same(what, counts, other);
            same(what + " order", List.copyOf(counts.counts().keySet()), List.copyOf(other.counts().keySet()));
        } else {
            differences.add(what + ": " + local + " vs " + spark);
        }
    }

    private void same(String what, Object local, Object spark) {
        if (!Objects.equals(local, spark)) {
            differences.add(what + ": local " + local + ", Spark " + spark);
        }
    }

    private void close(String what, double local, double spark) {
        boolean equal = Double.compare(local, spark) == 0
                || Math.abs(local - spark) <= RELATIVE * Math.max(Math.abs(local), Math.abs(spark));
        if (!equal) {
            differences.add(what + ": local " + local + ", Spark " + spark);
        }
    }
}
