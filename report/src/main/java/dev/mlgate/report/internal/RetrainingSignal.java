package dev.mlgate.report.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mlgate.report.internal.Model.Check;
import dev.mlgate.report.internal.Model.Run;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One reason to retrain the model in production, with the numbers behind it, for promotion.json's
 * {@code retrain.signals}: the data drifted from its reference ({@code drift}), the production model got
 * worse than its own history ({@code production-trend}), or a statistic of the data moved away from its
 * history ({@code data-shift}). The candidate's own failures are never restated here: they are reasons
 * of the decision. Other sources (a metrics repository's triggers) add signals of their own kinds.
 */
public record RetrainingSignal(String kind, String check, String cause, Map<String, Double> numbers) {

    /** The signals {@code run} gives: drifted columns, then what {@code degradations} found against the history. */
    public static List<RetrainingSignal> of(Run run, List<History.Degradation> degradations) {
        List<RetrainingSignal> signals = new ArrayList<>();
        for (Check check : run.checks()) {
            if (check.kind().equals("drift") && (check.status() == Status.FAILED || check.status() == Status.WARNING)) {
                signals.add(new RetrainingSignal("drift", check.uniqueId(), check.title() + ": " + Causes.of(check),
                        driftNumbers(check)));
            }
        }
        degradations.forEach(found -> signals.add(new RetrainingSignal(found.kind(), found.check().uniqueId(),
                found.describe(), found.numbers())));
        return List.copyOf(signals);
    }

    private static Map<String, Double> driftNumbers(Check check) {
        Map<String, Double> numbers = new LinkedHashMap<>();
        put(numbers, "statistic", check.observed());
        put(numbers, "p", check.p());
        put(numbers, "threshold", check.details().get("threshold"));
        return numbers;
    }

    private static void put(Map<String, Double> numbers, String name, String text) {
        if (Json.isNumber(text)) {
            numbers.put(name, Double.parseDouble(text));
        }
    }

    ObjectNode json() {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("kind", kind);
        Json.putText(node, "check", check);
        node.put("cause", cause);
        ObjectNode values = node.putObject("numbers");
        numbers.forEach(values::put);
        return node;
    }
}
