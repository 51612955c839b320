package dev.mlgate.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The selection that made a run partial, in one short field: how many suites or checks it left out, and which. */
final class RunFilter {

    /** The most characters the field holds; report.json's {@code run.missing} lists everything. */
    static final int MAX = 160;

    private static final Pattern SEGMENT = Pattern.compile("\\[([^:\\]]+):([^\\]]*)\\]");

    private RunFilter() {
    }

    /** {@code "2 not run: ChurnGates › logLoss, ChurnGates › recall"}, cut at a word to {@value #MAX} characters. */
    static String describe(List<String> missing) {
        if (missing.isEmpty()) {
            return "a selection left out part of the run (the engine named none)";
        }
        List<String> names = missing.stream().map(RunFilter::shortName).toList();
        return Causes.cut(missing.size() + " not run: " + String.join(", ", names), MAX);
    }

    /** A unique id without the engine segment: the suite's simple class name, then the rest of the path. */
    static String shortName(String uniqueId) {
        Matcher segment = SEGMENT.matcher(uniqueId);
        List<String> parts = new ArrayList<>();
        while (segment.find()) {
            String type = segment.group(1);
            String value = segment.group(2);
            if (type.equals("engine")) {
                continue;
            }
            parts.add(type.equals("suite") ? Model.simpleName(value) : value);
        }
        if (parts.isEmpty()) {
            // the engine names a suite left out whole by its class
            return uniqueId.matches("[\\w.$]+") ? Model.simpleName(uniqueId) : uniqueId;
        }
        return String.join(" \u203a ", parts);
    }
}
