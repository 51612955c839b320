package dev.mlgate.lifecycle;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One line of a model's manifest: an approval of a promoted candidate, or a rollback that puts an earlier
 * approval back in force. The last entry is the baseline in force. {@code time} and {@code by} say when and
 * by whom this entry was written; {@code approvedAt} is when the model it puts in force was approved (for a
 * rollback, the restored approval's time), which is what the model's age counts from. {@code metrics} maps a
 * comparison check's unique id to the approved model's value in the approving run; {@code datasets} maps each
 * dataset the approving run checked (by its contract's class) to its row count: the training data as it was then.
 */
public record ManifestEntry(String id, Action action, String model, Instant time, String by, String bySource,
                            String reason, Instant approvedAt, String gitCommit, String runId, String reportSha256,
                            String restores, List<BaselineFile> files, Map<String, RecordedMetric> metrics,
                            Map<String, Long> datasets) {

    /** What an entry did. */
    public enum Action {
        /** A promoted candidate became the baseline. */
        APPROVE,
        /** An earlier approval was put back in force. */
        ROLLBACK
    }

    public ManifestEntry {
        files = List.copyOf(files);
        metrics = Map.copyOf(metrics);
        datasets = Map.copyOf(datasets);
    }

    /** The file of {@code role}, if this baseline has one. */
    public Optional<BaselineFile> file(String role) {
        return files.stream().filter(file -> file.role().equals(role)).findFirst();
    }

    /** The id of the approval this entry puts in force: its own for an approval, the restored one for a rollback. */
    public String origin() {
        return action == Action.ROLLBACK ? restores : id;
    }

    /** How long before {@code now} the model in force was approved. */
    public Duration age(Instant now) {
        return Duration.between(approvedAt, now);
    }
}
