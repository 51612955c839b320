package dev.mlgate.spark.bench;

import com.amazon.deequ.checks.Check;
import com.amazon.deequ.checks.CheckLevel;
import java.util.List;
import java.util.function.DoublePredicate;
import java.util.function.LongPredicate;
import scala.Function1;
import scala.Option;
import scala.collection.JavaConverters;

/**
 * The Deequ checks equivalent to the benchmark contract ({@code dev.mlgate.benchmarks.BenchContract}), as
 * near as Deequ's vocabulary allows: completeness for every non-nullable column, uniqueness, ranges,
 * sets, patterns, moments, distinct counts and quantiles (Deequ's only quantile is approximate); the
 * row-share constraints mlgate states with {@code mostly} and date bounds are Deequ {@code satisfies}
 * conditions. mlgate's type checks have no Deequ counterpart here: Deequ reads the CSV with a schema.
 */
final class DeequChecks {

    private static final String TODAY = "2026-01-01";

    private DeequChecks() {
    }

    static Check all() {
        Check check = new Check(CheckLevel.Error(), "bench contract", seq(List.of()));
        for (String column : List.of("id", "customer_id", "age", "score", "balance", "country", "segment", "name",
                "signup", "active", "clicks", "region", "tenure_days", "updated_at", "device", "churned")) {
            check = check.isComplete(column, none(), none());
        }
        check = check.hasSize(countAtLeast(1_000), none())
                .hasUniqueness(seq(List.of("customer_id", "signup")), atLeast(0.99), none(), none())
                .hasUniqueness("id", atLeast(0.999), none(), none())
                .isPositive("id", atLeast(1.0), none())
                .isPositive("customer_id", atLeast(1.0), none())
                .hasNumberOfDistinctValues("customer_id", count(150_000, 200_000), none(), 100, none())
                .isContainedIn("age", 0, 120, true, true, none(), none())
                .hasMean("age", range(35.0, 50.0), none())
                .hasApproxQuantile("age", 0.5, range(35.0, 50.0), none())
                .hasCompleteness("income", atLeast(0.95), none(), none())
                .isNonNegative("income", atLeast(1.0), none())
                .hasMean("income", range(35_000.0, 70_000.0), none())
                .hasStandardDeviation("income", range(20_000.0, 60_000.0), none())
                .hasApproxQuantile("income", 0.9, range(60_000.0, 130_000.0), none())
                .satisfies("score >= 0 AND score <= 1", "score between 0 and 1", atLeast(0.99), none(), nil(), none())
                .hasApproxQuantile("score", 0.1, range(0.08, 0.12), none())
                .hasApproxQuantile("score", 0.99, range(0.97, 1.0), none())
                .hasMin("balance", range(-5_000.0, 0.0), none(), none())
                .hasMax("balance", range(2_000.0, 5_000.0), none(), none())
                .hasStandardDeviation("balance", range(450.0, 550.0), none())
                .isContainedIn("country", new String[] {"DE", "FR", "US", "GB", "ES", "IT"}, atLeast(0.98), none())
                .hasNumberOfDistinctValues("country", count(6, 7), none(), 100, none())
                .isContainedIn("segment", new String[] {"A", "B", "C", "D"}, atLeast(1.0), none())
                .hasCompleteness("email", atLeast(0.95), none(), none())
                .hasPattern("email", new scala.util.matching.Regex("^[^@\\s]+@[^@\\s]+$",
                        JavaConverters.asScalaBuffer(List.<String>of()).toSeq()), atLeast(0.99), none(), none(), none())
                .satisfies("length(name) BETWEEN 2 AND 20", "name length", atLeast(0.99), none(), nil(), none())
                .satisfies("signup <= DATE'" + TODAY + "'", "signup not in future", atLeast(0.99), none(), nil(), none())
                .satisfies("signup BETWEEN DATE'2015-01-01' AND DATE'2025-12-31'", "signup range", atLeast(0.99), none(),
                        nil(), none())
                .satisfies("active", "active true rate", range(0.6, 0.8), none(), nil(), none())
                .isNonNegative("clicks", atLeast(1.0), none())
                .hasMean("clicks", range(15.0, 35.0), none())
                .hasPattern("region", new scala.util.matching.Regex("^[A-Z]{2}-\\d{3}$",
                        JavaConverters.asScalaBuffer(List.<String>of()).toSeq()), atLeast(0.999), none(), none(), none())
                .isContainedIn("tenure_days", 0, 5_000, true, true, none(), none())
                .satisfies("rating IS NULL OR rating BETWEEN 1 AND 5", "rating between 1 and 5", atLeast(0.99), none(),
                        nil(), none())
                .hasCompleteness("rating", atLeast(0.9), none(), none())
                .hasApproxQuantile("rating", 0.5, range(2.0, 4.0), none())
                .satisfies("updated_at <= TIMESTAMP'" + TODAY + " 23:59:59'", "updated_at not in future", atLeast(1.0),
                        none(), nil(), none())
                .isContainedIn("device", new String[] {"ios", "android", "web"}, atLeast(1.0), none())
                .satisfies("discount IS NULL OR discount BETWEEN 0 AND 0.5", "discount between 0 and 0.5", atLeast(0.99),
                        none(), nil(), none())
                .hasCompleteness("discount", atLeast(0.85), none(), none())
                .satisfies("churned", "churned true rate", range(0.1, 0.3), none(), nil(), none());
        return check;
    }

    private static <T> Option<T> none() {
        return Option.empty();
    }

    private static scala.collection.immutable.List<String> nil() {
        return scala.collection.immutable.List$.MODULE$.empty();
    }

    private static <T> scala.collection.Seq<T> seq(List<T> values) {
        return JavaConverters.asScalaBuffer(new java.util.ArrayList<>(values)).toSeq();
    }

    private static Function1<Object, Object> atLeast(double min) {
        return doubles(x -> x >= min);
    }

    private static Function1<Object, Object> countAtLeast(long min) {
        return longs(n -> n >= min);
    }

    private static Function1<Object, Object> range(double min, double max) {
        return doubles(x -> x >= min && x <= max);
    }

    private static Function1<Object, Object> count(long min, long max) {
        return longs(n -> n >= min && n <= max);
    }

    private static Function1<Object, Object> doubles(DoublePredicate test) {
        return value -> test.test(((Number) value).doubleValue());
    }

    private static Function1<Object, Object> longs(LongPredicate test) {
        return value -> test.test(((Number) value).longValue());
    }
}
