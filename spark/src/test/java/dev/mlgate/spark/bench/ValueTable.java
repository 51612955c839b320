package dev.mlgate.spark.bench;

import java.util.List;
import java.util.Map;

/** The values mlgate and Deequ both computed, side by side, as a Markdown table. */
final class ValueTable {

    /** mlgate check, Deequ metric ("Name column"), and what the pair is. */
    private record Pair(String check, String metric, String note) {
    }

    private static final List<Pair> PAIRS = List.of(
            new Pair("rowCount", "Size *", "row count"),
            new Pair("age.mean", "Mean age", ""),
            new Pair("income.mean", "Mean income", ""),
            new Pair("clicks.mean", "Mean clicks", ""),
            new Pair("income.completeness", "Completeness income", ""),
            new Pair("rating.completeness", "Completeness rating", ""),
            new Pair("discount.completeness", "Completeness discount", ""),
            new Pair("balance.minimum", "Minimum balance", ""),
            new Pair("balance.maximum", "Maximum balance", ""),
            new Pair("balance.standardDeviation", "StandardDeviation balance", "population (ddof 0) both"),
            new Pair("income.standardDeviation", "StandardDeviation income", "mlgate sample (ddof 1), Deequ population"),
            new Pair("customer_id.distinctCount", "Histogram.bins customer_id", "distinct values"),
            new Pair("country.distinctCount", "Histogram.bins country", "distinct values"),
            new Pair("age.median", "ApproxQuantile age", "mlgate exact, Deequ approximate"),
            new Pair("rating.median", "ApproxQuantile rating", "mlgate exact, Deequ approximate"),
            new Pair("income.quantile0.9", "ApproxQuantile income", "mlgate exact, Deequ approximate"),
            new Pair("active.trueRate", "Compliance active true rate", ""),
            new Pair("churned.trueRate", "Compliance churned true rate", ""));

    private ValueTable() {
    }

    static void print(Map<String, String> mlgate, Map<String, Double> deequ) {
        System.out.println("| value | mlgate (Spark) | Deequ | note |");
        System.out.println("|---|---:|---:|---|");
        for (Pair pair : PAIRS) {
            System.out.printf("| %s | %s | %s | %s |%n", pair.check(), mlgate.getOrDefault(pair.check() + " message",
                    mlgate.getOrDefault(pair.check(), "-")).replace("|", "/"), deequ.containsKey(pair.metric())
                    ? deequ.get(pair.metric()) : "-", pair.note());
        }
        System.out.println("all Deequ metrics: " + deequ);
    }
}
