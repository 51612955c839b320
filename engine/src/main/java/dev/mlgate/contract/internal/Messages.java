package dev.mlgate.contract.internal;

import dev.mlgate.backend.Example;
import java.util.List;
import java.util.Locale;

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
     * Examples in the part files of a multi-file dataset are grouped by file, each row counted within its
     * file: {@code (row: value) in part-00000.parquet: 4: 'x', 9: 'y'; in part-00001.parquet: 17: 'z'}.
     */
    static String examples(List<Example> examples, boolean withLines) {
        if (examples.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(withLines ? "; examples (row, line: value)" : "; examples (row: value)");
        String file = null;
        for (int i = 0; i < examples.size(); i++) {
            Example example = examples.get(i);
            boolean newFile = example.file() != null && (i == 0 || !example.file().equals(file));
            text.append(i == 0 ? (newFile ? " " : ": ") : newFile ? "; " : ", ");
            if (newFile) {
                text.append("in ").append(example.file()).append(": ");
            }
            file = example.file();
            text.append(example.row()).append(withLines && example.line() > 0 ? ", line " + example.line() : "")
                    .append(": ").append(example.value() == null ? "null" : example.quoted());
        }
        return text.toString();
    }
}
