package dev.mlgate.history;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which runs of a subject to read: those carrying all the given tags, measured in {@code [since, before)},
 * the newest {@code last} of them (0: all). Results are always oldest first.
 *
 * @param subject the suite's dataset or model identity
 * @param tags tags a run must carry with these values; empty: any run
 * @param since earliest time, inclusive
 * @param before latest time, exclusive (an anomaly check reads the history before the current run)
 * @param last at most this many of the newest matching runs; 0 for all
 */
public record HistoryQuery(String subject, Map<String, String> tags, Optional<Instant> since,
        Optional<Instant> before, int last) {

    public HistoryQuery {
        Objects.requireNonNull(subject, "subject");
        tags = Map.copyOf(tags);
        if (last < 0) {
            throw new IllegalArgumentException("last must be 0 (all) or positive: " + last);
        }
    }

    /** Every run of {@code subject}. */
    public static HistoryQuery of(String subject) {
        return new HistoryQuery(subject, Map.of(), Optional.empty(), Optional.empty(), 0);
    }

    /** Only runs carrying all of {@code required}. */
    public HistoryQuery tagged(Map<String, String> required) {
        return new HistoryQuery(subject, required, since, before, last);
    }

    /** Only runs measured at or after {@code time}. */
    public HistoryQuery since(Instant time) {
        return new HistoryQuery(subject, tags, Optional.of(time), before, last);
    }

    /** Only runs measured strictly before {@code time}. */
    public HistoryQuery before(Instant time) {
        return new HistoryQuery(subject, tags, since, Optional.of(time), last);
    }

    /** At most the newest {@code count} runs (0: all). */
    public HistoryQuery last(int count) {
        return new HistoryQuery(subject, tags, since, before, count);
    }

    /** Whether {@code run} is of this subject, carries the tags and lies in the time window ({@code last} aside). */
    public boolean matches(RunRecord run) {
        return run.subject().equals(subject)
                && tags.entrySet().stream().allMatch(tag -> tag.getValue().equals(run.tags().get(tag.getKey())))
                && since.map(time -> !run.time().isBefore(time)).orElse(true)
                && before.map(time -> run.time().isBefore(time)).orElse(true);
    }
}
