package dev.mlgate.report.internal;

import dev.mlgate.report.internal.Model.Check;
import dev.mlgate.report.internal.Model.Run;
import dev.mlgate.report.internal.Model.Suite;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a reader of a run asks first, computed once: how many checks ended how, the causes of a
 * rejection (each once: the slices or columns of one gate make one cause; upstream data first), and the
 * checks in reading order (what blocks first, what passed last).
 */
final class Findings {

    /** One cause of a rejection: where to read about it, what failed, why, and whether it is about data. */
    record Cause(String anchor, String what, String why, boolean data, int parts) {
    }

    private final Map<Status, Integer> counts = new EnumMap<>(Status.class);
    private final List<Check> ordered;
    private final List<Cause> causes = new ArrayList<>();
    private final int blocking;

    Findings(Run run, Promotion promotion) {
        for (Status status : Status.values()) {
            counts.put(status, 0);
        }
        List<Check> checks = run.checks();
        checks.forEach(check -> counts.merge(check.effectiveStatus(), 1, Integer::sum));
        ordered = checks.stream().sorted(Comparator.comparingInt(Findings::rank)).toList();
        blocking = promotion.blockingFailures().size();
        for (Suite suite : promotion.erroredSuites()) {
            causes.add(new Cause(Anchors.of(suite.uniqueId()), "Suite " + suite.displayName() + " errored",
                    suite.message(), isData(suite.kind()), 1));
        }
        Map<String, List<Check>> groups = new LinkedHashMap<>();
        for (Check check : promotion.blockingFailures()) {
            groups.computeIfAbsent(check.parentId() != null ? check.parentId() : check.uniqueId(),
                    key -> new ArrayList<>()).add(check);
        }
        Map<String, String> kinds = new LinkedHashMap<>();
        run.suites().forEach(suite -> suite.checks().forEach(check -> kinds.put(check.uniqueId(), suite.kind())));
        groups.values().forEach(group -> causes.add(cause(group, isData(kinds.get(group.get(0).uniqueId())))));
        causes.sort(Comparator.comparing((Cause cause) -> !cause.data()));
    }

    private static Cause cause(List<Check> group, boolean data) {
        Check first = group.get(0);
        if (group.size() == 1) {
            return new Cause(Anchors.of(first.uniqueId()), first.title() + " " + first.status().word(),
                    first.message(), data, 1);
        }
        String parts = String.join(", ", group.stream()
                .map(check -> check.slice() != null ? check.slice() : check.column() != null ? check.column()
                        : check.displayName()).limit(4).toList()) + (group.size() > 4 ? ", \u2026" : "");
        String owner = Model.simpleName(first.className());
        String gate = first.member() != null ? first.member() : first.displayName();
        return new Cause(Anchors.of(first.uniqueId()), (owner == null ? "" : owner + ": ") + gate + " not passed in "
                + group.size() + " parts (" + parts + ")", first.message(), data, group.size());
    }

    /** Data contracts (constraints, drift, custom rules on data) are upstream of every model gate. */
    static boolean isData(String suiteKind) {
        return "data contract".equals(suiteKind);
    }

    /** Reading order: errored, failed, inconclusive, warning, skipped, passed; unique-id order within. */
    static int rank(Check check) {
        return switch (check.effectiveStatus()) {
            case ERRORED -> 0;
            case FAILED -> 1;
            case INCONCLUSIVE -> 2;
            case WARNING -> 3;
            case SKIPPED -> 4;
            case PASSED -> 5;
        };
    }

    int count(Status status) {
        return counts.get(status);
    }

    int total() {
        return ordered.size();
    }

    /** Blocking checks that did not pass (failed, errored, inconclusive or skipped). */
    int blocking() {
        return blocking;
    }

    List<Check> ordered() {
        return ordered;
    }

    List<Cause> causes() {
        return causes;
    }
}
