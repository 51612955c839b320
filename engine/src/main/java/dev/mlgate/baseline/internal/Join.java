package dev.mlgate.baseline.internal;

import dev.mlgate.data.internal.Texts;
import dev.mlgate.engine.internal.Growing;
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
    static Joined pair(Side candidate, Side baseline, String idColumn, String positive, String negative,
            int maxExamples) {
        String candidateName = name(candidate, baseline);
        String baselineName = name(baseline, candidate);
        List<String> problems = new ArrayList<>();
        Map<String, Integer> candidateRows = index(candidate, candidateName, maxExamples, problems);
        Map<String, Integer> baselineRows = index(baseline, baselineName, maxExamples, problems);
        List<String> onlyCandidate = new ArrayList<>();
        List<String> differentLabels = new ArrayList<>();
        int[] pairedCandidate = new int[candidateRows.size()];
        int[] pairedBaseline = new int[candidateRows.size()];
        int pairs = 0;
        for (Map.Entry<String, Integer> entry : candidateRows.entrySet()) {
            Integer other = baselineRows.get(entry.getKey());
            if (other == null) {
                onlyCandidate.add(Texts.shortened(entry.getKey()));
            } else if (candidate.labels()[entry.getValue()] != baseline.labels()[other]) {
                boolean label = candidate.labels()[entry.getValue()];
                differentLabels.add(Texts.shortened(entry.getKey()) + " (" + candidateName + ": "
                        + (label ? positive : negative) + ", " + baselineName + ": " + (label ? negative : positive) + ")");
            } else {
                pairedCandidate[pairs] = entry.getValue();
                pairedBaseline[pairs++] = other;
            }
        }
        List<String> onlyBaseline = baselineRows.keySet().stream().filter(id -> !candidateRows.containsKey(id))
                .map(Texts::shortened).toList();
        listed(problems, onlyCandidate, ids(onlyCandidate, "is", "are") + " only in " + candidateName, maxExamples);
        listed(problems, onlyBaseline, ids(onlyBaseline, "is", "are") + " only in " + baselineName, maxExamples);
        listed(problems, differentLabels, ids(differentLabels, "has", "have") + " different labels in the two files",
                maxExamples);
        if (!problems.isEmpty()) {
            throw new JoinException("cannot pair the rows of " + candidateName + " (candidate) and " + baselineName
                    + " (baseline) on column '" + idColumn + "': " + String.join("; ", problems));
        }
        int[] rows = Arrays.copyOf(pairedCandidate, pairs);
        boolean[] labels = new boolean[pairs];
        double[] candidateScores = new double[pairs];
        double[] baselineScores = new double[pairs];
        for (int j = 0; j < pairs; j++) {
            labels[j] = candidate.labels()[rows[j]];
            candidateScores[j] = candidate.scores()[rows[j]];
            baselineScores[j] = baseline.scores()[pairedBaseline[j]];
        }
        int[] otherRows = Arrays.copyOf(pairedBaseline, pairs);
        return new Joined(labels, candidateScores, baselineScores, slices(candidate, rows),
                j -> "on " + candidate.lines().describe(rows[j]) + " of " + candidateName,
                j -> "on " + baseline.lines().describe(otherRows[j]) + " of " + baselineName);
    }

    /** A one-file comparison: every row carries both scores. */
    static Joined columns(Side side) {
        return new Joined(side.labels(), side.scores(), side.secondScores(), slices(side, identity(side.rows())),
                rows(side), rows(side));
    }

    /** The candidate alone, on a first run without a baseline. */
    static Joined candidateOnly(Side side) {
        return new Joined(side.labels(), side.scores(), null, slices(side, identity(side.rows())), rows(side), null);
    }

    private static Map<String, Integer> index(Side side, String name, int maxExamples, List<String> problems) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        Map<String, List<Integer>> repeated = new LinkedHashMap<>();
        String[] ids = side.ids();
        for (int r = 0; r < ids.length; r++) {
            Integer first = rows.putIfAbsent(ids[r], r);
            if (first != null) {
                repeated.computeIfAbsent(ids[r], id -> new ArrayList<>(List.of(first + 1))).add(r + 1);
            }
        }
        List<String> described = new ArrayList<>();
        repeated.forEach((id, at) -> described.add(Texts.shortened(id) + " (rows " + at.stream().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(", ")) + ")"));
        listed(problems, described, name + " repeats " + ids(described, "", "").trim(), maxExamples);
        return rows;
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

    private static IntFunction<String> rows(Side side) {
        return row -> "on " + side.lines().describe(row) + " of " + side.file().getFileName();
    }

    private static int[] identity(int n) {
        int[] rows = new int[n];
        Arrays.setAll(rows, i -> i);
        return rows;
    }

    /** The slices of the candidate's slice columns over the joined rows, values in order of first appearance. */
    private static List<Slice> slices(Side candidate, int[] candidateRows) {
        List<Slice> slices = new ArrayList<>();
        for (int s = 0; s < candidate.sliceColumns().size(); s++) {
            Map<String, Growing.Ints> byValue = new LinkedHashMap<>();
            String[] values = candidate.sliceValues()[s];
            for (int j = 0; j < candidateRows.length; j++) {
                byValue.computeIfAbsent(values[candidateRows[j]], value -> new Growing.Ints()).add(j);
            }
            String column = candidate.sliceColumns().get(s);
            byValue.forEach((value, rows) -> slices.add(new Slice(column, value, rows.toArray())));
        }
        return slices;
    }
}
