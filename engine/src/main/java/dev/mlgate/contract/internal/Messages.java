package dev.mlgate.contract.internal;

import dev.mlgate.engine.internal.check.Evidence.Example;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Number and example formatting shared by constraint messages, locale-independent. */
final class Messages {

    private Messages() {
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.2f%%", fraction * 100);
    }

    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    /** {@code ; examples (row: value): 4: 'x', 9: null} or nothing when there are no examples. */
    static String examples(List<Example> examples) {
        if (examples.isEmpty()) {
            return "";
        }
        return "; examples (row: value): " + examples.stream()
                .map(example -> example.row() + ": " + (example.value() == null ? "null" : "'" + example.value() + "'"))
                .collect(Collectors.joining(", "));
    }
}
