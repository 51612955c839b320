package dev.mlgate.contract.internal;

import dev.mlgate.backend.Example;
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
        return examples(examples, false);
    }

    /**
     * The examples; with {@code withLines}, each row also names its physical line, as errors about
     * unreadable values do so an editor can jump to them: {@code (row, line: value): 6, line 7: 'abc'}.
     */
    static String examples(List<Example> examples, boolean withLines) {
        if (examples.isEmpty()) {
            return "";
        }
        return (withLines ? "; examples (row, line: value): " : "; examples (row: value): ") + examples.stream()
                .map(example -> example.row() + (withLines && example.line() > 0 ? ", line " + example.line() : "")
                        + ": " + (example.value() == null ? "null" : example.quoted()))
                .collect(Collectors.joining(", "));
    }
}
