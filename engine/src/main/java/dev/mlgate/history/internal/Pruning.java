package dev.mlgate.history.internal;

import dev.mlgate.history.Retention;
import dev.mlgate.history.RunRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which runs a retention keeps: those not older than its age and, per subject, its newest {@code maxRuns}. */
public final class Pruning {

    private Pruning() {
    }

    /** The runs of {@code all} that {@code retention} keeps at {@code now}, in their original order. */
    public static List<RunRecord> kept(List<RunRecord> all, Retention retention, Instant now) {
        Optional<Instant> cutoff = retention.cutoff(now);
        List<RunRecord> young = all.stream()
                .filter(run -> cutoff.map(time -> !run.time().isBefore(time)).orElse(true))
                .toList();
        if (retention.maxRuns() == 0) {
            return young;
        }
        // per subject, the newest maxRuns by time (ties: the later appended counts as newer)
        Map<String, List<Integer>> bySubject = new HashMap<>();
        for (int i = 0; i < young.size(); i++) {
            bySubject.computeIfAbsent(young.get(i).subject(), subject -> new ArrayList<>()).add(i);
        }
        boolean[] keep = new boolean[young.size()];
        for (List<Integer> indexes : bySubject.values()) {
            indexes.sort(Comparator.comparing((Integer i) -> young.get(i).time()).thenComparing(i -> i));
            for (int k = Math.max(0, indexes.size() - retention.maxRuns()); k < indexes.size(); k++) {
                keep[indexes.get(k)] = true;
            }
        }
        List<RunRecord> kept = new ArrayList<>();
        for (int i = 0; i < young.size(); i++) {
            if (keep[i]) {
                kept.add(young.get(i));
            }
        }
        return kept;
    }
}
