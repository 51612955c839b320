package dev.mlgate.contract.internal;

import dev.mlgate.backend.Sample;
import dev.mlgate.contract.DriftMethod;
import dev.mlgate.data.internal.Texts;
import dev.mlgate.stats.ChiSquared;
import dev.mlgate.stats.ChiSquaredResult;
import dev.mlgate.stats.Histogram;
import dev.mlgate.stats.JensenShannon;
import dev.mlgate.stats.KolmogorovSmirnov;
import dev.mlgate.stats.KolmogorovSmirnovResult;
import dev.mlgate.stats.PopulationStabilityIndex;
import dev.mlgate.stats.SortedSample;
import dev.mlgate.stats.Wasserstein;
import dev.mlgate.stats.WassersteinResult;
import dev.mlgate.stats.internal.DoubleSort;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Compares one column's sample in the data with its sample in the reference by the chosen method. */
final class DriftAnalysis {

    /** Reference sizes above this are judged by a distance under {@link DriftMethod#AUTO}. */
    static final long AUTO_SIZE_LIMIT = 1000;

    private DriftAnalysis() {
    }

    /** The method AUTO resolves to for a column, and why, in words. */
    static Choice choose(DriftMethod declared, boolean numeric, long referenceSize) {
        if (declared != DriftMethod.AUTO) {
            return new Choice(declared, "declared");
        }
        String type = numeric ? "numeric" : "categorical";
        boolean small = referenceSize <= AUTO_SIZE_LIMIT;
        DriftMethod method = numeric
                ? (small ? DriftMethod.KOLMOGOROV_SMIRNOV : DriftMethod.WASSERSTEIN)
                : (small ? DriftMethod.CHI_SQUARED : DriftMethod.JENSEN_SHANNON);
        return new Choice(method, "chosen automatically: " + type + " column, reference of " + referenceSize
                + " values (" + (small ? "at most" : "more than") + " " + AUTO_SIZE_LIMIT + ")");
    }

    /** A method and how it was chosen. */
    record Choice(DriftMethod method, String reason) {
    }

    static DriftResult compare(String column, Sample reference, Sample current, DriftMethod declared,
            double declaredThreshold) {
        boolean numeric = reference instanceof Sample.Numeric;
        Choice choice = choose(declared, numeric, reference.size());
        DriftMethod method = choice.method();
        double threshold = Double.isNaN(declaredThreshold) ? method.defaultThreshold() : declaredThreshold;
        String note = note(reference, current);
        String cardinality = highCardinality(reference, current);
        if (cardinality != null) {
            return new DriftResult(column, method, choice.reason(), Double.NaN, Double.NaN, threshold, false,
                    cardinality, note, "{}");
        }
        if (reference.size() == 0 || current.size() == 0) {
            String side = reference.size() == 0 ? "the reference" : "the data";
            return new DriftResult(column, method, choice.reason(), Double.NaN, Double.NaN, threshold, false,
                    side + " holds no non-null value of the column", note, "{}");
        }
        if (numeric) {
            // each side checked and sorted once; every method and the chart read the same sorted values
            SortedSample ref = SortedSample.of(ascending(((Sample.Numeric) reference).values()), "reference");
            SortedSample cur = SortedSample.of(ascending(((Sample.Numeric) current).values()), "current");
            String histogram = histogramJson(Histogram.of(ref, cur));
            return switch (method) {
                case KOLMOGOROV_SMIRNOV -> {
                    KolmogorovSmirnovResult ks = KolmogorovSmirnov.test(ref, cur);
                    yield judge(column, method, choice.reason() + "; " + ks.method().label() + " p-value", ks.statistic(),
                            ks.pValue(), threshold, note, histogram);
                }
                case POPULATION_STABILITY_INDEX -> judge(column, method, choice.reason(),
                        PopulationStabilityIndex.compute(ref, cur).psi(), Double.NaN, threshold, note, histogram);
                case JENSEN_SHANNON -> {
                    Histogram bins = Histogram.of(ref, cur);
                    yield judge(column, method, choice.reason() + "; " + bins.bins() + " equal-width bins",
                            JensenShannon.distance(bins.referenceCounts(), bins.currentCounts()), Double.NaN,
                            threshold, note, histogram);
                }
                case WASSERSTEIN -> wasserstein(column, choice, Wasserstein.normalized(ref, cur), threshold, note,
                        histogram);
                default -> throw new IllegalStateException(method + " does not apply to numeric column " + column);
            };
        }
        Map<String, Long> ref = ((Sample.Categorical) reference).counts();
        Map<String, Long> cur = ((Sample.Categorical) current).counts();
        String histogram = categoriesJson(ref, cur);
        return switch (method) {
            case CHI_SQUARED -> {
                ChiSquaredResult chi = ChiSquared.homogeneity(ref, cur);
                yield judge(column, method, choice.reason(), chi.statistic(), chi.pValue(), threshold, note, histogram);
            }
            case JENSEN_SHANNON -> judge(column, method, choice.reason(), JensenShannon.distance(ref, cur),
                    Double.NaN, threshold, note, histogram);
            case POPULATION_STABILITY_INDEX -> judge(column, method, choice.reason() + "; one bin per category",
                    PopulationStabilityIndex.ofCategories(ref, cur), Double.NaN, threshold, note, histogram);
            default -> throw new IllegalStateException(method + " does not apply to categorical column " + column);
        };
    }

    /**
     * Why a categorical column cannot be judged by category counts: more than
     * {@link SampleCollector#MAX_CATEGORIES} distinct values on a side, or (from 50 values on) more
     * distinct values in the reference than half its values: identifiers and free text, where two
     * samples of the same population share few values and every count-based test reports drift.
     */
    /**
     * The values in ascending order: themselves when already so (the local scan sorts its samples), else
     * a sorted copy. Sorted before {@link SortedSample#of} checks them, so a failure names a value's
     * position in ascending order whichever backend collected the sample.
     */
    private static double[] ascending(double[] values) {
        if (DoubleSort.isSorted(values)) {
            return values;
        }
        double[] sorted = values.clone();
        DoubleSort.sort(sorted);
        return sorted;
    }

    private static String highCardinality(Sample reference, Sample current) {
        if (!(reference instanceof Sample.Categorical ref) || !(current instanceof Sample.Categorical cur)) {
            return null;
        }
        String why;
        if (ref.highCardinality() || cur.highCardinality()) {
            why = (ref.highCardinality() ? "the reference" : "the data") + " holds more than "
                    + SampleCollector.MAX_CATEGORIES + " distinct values";
        } else if (ref.size() >= 50 && ref.counts().size() > ref.size() / 2) {
            why = "the reference holds " + ref.counts().size() + " distinct values in " + ref.size() + " rows";
        } else {
            return null;
        }
        return "not compared: " + why + "; category counts cannot judge drift of identifiers or free text"
                + " (leave the column out of drift checks)";
    }

    private static DriftResult wasserstein(String column, Choice choice, WassersteinResult result, double threshold,
            String note, String histogram) {
        if (result.isNormalizedDefined()) {
            return judge(column, DriftMethod.WASSERSTEIN, choice.reason(),
                    result.normalizedDistance(), Double.NaN, threshold, note, histogram);
        }
        String constant = "the reference is constant, so the distance cannot be normalised: drift is any difference"
                + " (raw distance " + Messages.number(result.distance()) + ")";
        return new DriftResult(column, DriftMethod.WASSERSTEIN, choice.reason(), result.distance(), Double.NaN, 0.0,
                result.distance() > 0, null, join(note, constant), histogram);
    }

    /** Judges a computed statistic against its threshold; a NaN statistic or p-value cannot decide. */
    private static DriftResult judge(String column, DriftMethod method, String choice, double statistic, double pValue,
            double threshold, String note, String histogram) {
        double judged = method.judgesPValue() ? pValue : statistic;
        if (Double.isNaN(judged)) {
            return new DriftResult(column, method, choice, statistic, pValue, threshold, false,
                    "the " + (method.judgesPValue() ? "p-value" : "statistic") + " is undefined on these samples",
                    note, histogram);
        }
        boolean drifted = method.judgesPValue() ? judged < threshold : judged > threshold;
        return new DriftResult(column, method, choice, statistic, pValue, threshold, drifted, null, note, histogram);
    }

    private static String note(Sample reference, Sample current) {
        List<String> parts = new ArrayList<>();
        if (reference.nulls() + current.nulls() > 0) {
            parts.add("missing values left out: " + reference.nulls() + " in the reference, " + current.nulls()
                    + " in the data");
        }
        if (reference instanceof Sample.Numeric ref && current instanceof Sample.Numeric cur
                && ref.nans() + cur.nans() > 0) {
            parts.add("NaN values left out: " + ref.nans() + " in the reference, " + cur.nans() + " in the data");
        }
        if (reference instanceof Sample.Categorical ref && current instanceof Sample.Categorical cur) {
            List<String> onlyCurrent = cur.counts().keySet().stream().filter(key -> !ref.counts().containsKey(key)).toList();
            List<String> onlyReference = ref.counts().keySet().stream().filter(key -> !cur.counts().containsKey(key)).toList();
            if (!onlyCurrent.isEmpty()) {
                parts.add("categories only in the data: " + String.join(", ", limit(onlyCurrent)));
            }
            if (!onlyReference.isEmpty()) {
                parts.add("categories only in the reference: " + String.join(", ", limit(onlyReference)));
            }
        }
        return String.join("; ", parts);
    }

    private static List<String> limit(List<String> values) {
        return values.size() <= 10 ? values : values.subList(0, 10);
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : a + "; " + b;
    }

    static String histogramJson(Histogram histogram) {
        return "{\"edges\":" + Json.numbers(histogram.edges()) + ",\"reference\":" + Json.numbers(histogram.referenceCounts())
                + ",\"current\":" + Json.numbers(histogram.currentCounts()) + "}";
    }

    static String categoriesJson(Map<String, Long> reference, Map<String, Long> current) {
        List<String> categories = new ArrayList<>(reference.keySet());
        current.keySet().stream().filter(key -> !reference.containsKey(key)).forEach(categories::add);
        categories.sort((a, b) -> Long.compare(reference.getOrDefault(b, 0L) + current.getOrDefault(b, 0L),
                reference.getOrDefault(a, 0L) + current.getOrDefault(a, 0L)));
        List<String> shown = categories.size() > 30 ? categories.subList(0, 30) : categories;
        long[] ref = shown.stream().mapToLong(key -> reference.getOrDefault(key, 0L)).toArray();
        long[] cur = shown.stream().mapToLong(key -> current.getOrDefault(key, 0L)).toArray();
        // category names are data: a chart label shows at most Texts.MAX_SHOWN characters of one
        return "{\"categories\":" + Json.strings(shown.stream().map(Texts::shortened).toList()) + ",\"reference\":"
                + Json.numbers(ref) + ",\"current\":" + Json.numbers(cur) + "}";
    }
}
