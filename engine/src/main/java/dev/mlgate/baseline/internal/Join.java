package dev.mlgate.baseline.internal;

import dev.mlgate.data.internal.Texts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Pairs the rows of the candidate's and the baseline's predictions. With two files, rows are paired on
 * the id column, in the candidate file's order; an id repeated within a file, an id in one file only
 * (either way round) and an id whose label differs between the files are each reported, all in one
 * message naming the files and up to {@code maxExamples} ids of each kind.
 */
final class Join {

    private Join() {
    }

    /** Pairs two files on their ids; throws {@link JoinException} naming every problem found. */
    static Joined pair(Side candidate, Side baseline, Ids ids, String idColumn, String positive, String negative,
            int maxExamples) {
        String candidateName = name(candidate, baseline);
        String baselineName = name(baseline, candidate);
        List<String> problems = new ArrayList<>();
        int[] candidateRows = index(candidate, ids, candidateName, maxExamples, problems);
        int[] baselineRows = index(baseline, ids, baselineName, maxExamples, problems);
        List<String> onlyCandidate = new ArrayList<>();
        List<String> differentLabels = new ArrayList<>();
        int[] pairedBaseline = new int[candidate.rows()];
        int pairs = 0;
        for (int r = 0; r < candidate.rows(); r++) {
            int code = candidate.ids()[r];
            if (candidateRows[code] != r) {
                continue;
            }
            int other = baselineRows[code];
            if (other < 0) {
                onlyCandidate.add(Texts.shortened(ids.name(code)));
            } else if (!Views.sameLabel(candidate.view(), r, baseline.view(), other)) {
                differentLabels.add(Texts.shortened(ids.name(code)) + " (" + candidateName + ": "
                        + Views.label(candidate.view(), r, positive, negative) + ", " + baselineName + ": "
                        + Views.label(baseline.view(), other, positive, negative) + ")");
            } else {
                pairedBaseline[pairs++] = other;
            }
        }
        List<String> onlyBaseline = new ArrayList<>();
        for (int r = 0; r < baseline.rows(); r++) {
            int code = baseline.ids()[r];
            if (baselineRows[code] == r && candidateRows[code] < 0) {
                onlyBaseline.add(Texts.shortened(ids.name(code)));
            }
        }
        listed(problems, onlyCandidate, ids(onlyCandidate, "is", "are") + " only in " + candidateName, maxExamples);
        listed(problems, onlyBaseline, ids(onlyBaseline, "is", "are") + " only in " + baselineName, maxExamples);
        listed(problems, differentLabels, ids(differentLabels, "has", "have") + " different labels in the two files",
                maxExamples);
        if (!problems.isEmpty()) {
            throw new JoinException("cannot pair the rows of " + candidateName + " (candidate) and " + baselineName
                    + " (baseline) on column '" + idColumn + "': " + String.join("; ", problems));
        }
        // No problem means every candidate row, once, in file order, found its baseline row: the candidate's
        // view and slices stand as read, and the baseline's view is reordered to match.
        int[] otherRows = Arrays.copyOf(pairedBaseline, pairs);
        return new Joined(
                Views.describingRows(candidate.view(), row -> "on " + candidate.lines().describe(row) + " of "
                        + candidateName),
                Views.describingRows(Views.subset(baseline.view(), otherRows), row -> "on "
                        + baseline.lines().describe(otherRows[row]) + " of " + baselineName),
                candidate.slices());
    }

    /** A one-file comparison: every row carries both models' predictions. */
    static Joined columns(Side side) {
        return new Joined(Views.describingRows(side.view(), rows(side)),
                Views.describingRows(side.secondView(), rows(side)), side.slices());
    }

    /** The candidate alone, on a first run without a baseline. */
    static Joined candidateOnly(Side side) {
        return new Joined(Views.describingRows(side.view(), rows(side)), null, side.slices());
    }

    private static IntFunction<String> rows(Side side) {
        return row -> "on " + side.lines().describe(row) + " of " + side.file().getFileName();
    }

    /** The first row of each id code in {@code side} (-1 when absent); repeated ids are reported. */
    private static int[] index(Side side, Ids ids, String name, int maxExamples, List<String> problems) {
        int[] first = new int[ids.size()];
        Arrays.fill(first, -1);
        Map<Integer, List<Integer>> repeated = new LinkedHashMap<>();
        int[] codes = side.ids();
        for (int r = 0; r < codes.length; r++) {
            int at = first[codes[r]];
            if (at < 0) {
                first[codes[r]] = r;
            } else {
                repeated.computeIfAbsent(codes[r], id -> new ArrayList<>(List.of(at + 1))).add(r + 1);
            }
        }
        List<String> described = new ArrayList<>();
        repeated.forEach((code, at) -> described.add(Texts.shortened(ids.name(code)) + " (rows "
                + at.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")) + ")"));
        listed(problems, described, name + " repeats " + ids(described, "", "").trim(), maxExamples);
        return first;
    }

    /** {@code 1 id is} or {@code 3 ids are}, with the given verbs. */
    private static String ids(List<String> ids, String singularVerb, String pluralVerb) {
        return ids.size() == 1 ? "1 id " + singularVerb : ids.size() + " ids " + pluralVerb;
    }

    private static void listed(List<String> problems, List<String> ids, String what, int maxExamples) {
        if (ids.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder(what);
        if (maxExamples > 0) {
            text.append(": ").append(String.join(", ", ids.subList(0, Math.min(maxExamples, ids.size()))));
            if (ids.size() > maxExamples) {
                text.append(" and ").append(ids.size() - maxExamples).append(" more");
            }
        }
        problems.add(text.toString());
    }

    private static String name(Side side, Side other) {
        String name = String.valueOf(side.file().getFileName());
        return name.equals(String.valueOf(other.file().getFileName())) ? side.file().toString() : name;
    }
}
