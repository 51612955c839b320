package dev.mlgate.lifecycle;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A request to put an earlier approved baseline back in force: {@code target} is an entry id, or
 * {@value #PREVIOUS} for the approval before the one in force (so repeated rollbacks walk back one approval
 * at a time). The rollback is itself an entry, saying who, when and why; the restored files must still match
 * their recorded SHA-256.
 */
public record RollbackRequest(Path storeDir, String target, Approver by, String reason) {

    /** The target meaning "the approval before the one in force". */
    public static final String PREVIOUS = "previous";

    /** Appends the rollback to the store's manifest and returns its entry; refuses with the reason. */
    public ManifestEntry apply(Instant now) throws IOException, LifecycleException {
        if (reason == null || reason.isBlank()) {
            throw new LifecycleException("Not rolled back: say why (--reason, mlgate.reason); the manifest records it.");
        }
        BaselineStore store = BaselineStore.at(storeDir);
        return store.append((history, id) -> {
            if (history.isEmpty()) {
                throw new LifecycleException("Not rolled back: " + store.manifest() + " has no baseline yet.");
            }
            ManifestEntry current = history.get(history.size() - 1);
            ManifestEntry restored = find(history, current).orElseThrow(() -> new LifecycleException(
                    "Not rolled back: " + (target.equals(PREVIOUS) ? "no approval precedes " + current.origin()
                    : "no approval " + target) + " in " + store.manifest() + "; approvals: " + approvals(history) + "."));
            if (restored.id().equals(current.origin())) {
                throw new LifecycleException("Not rolled back: " + restored.id() + " is already the baseline in force.");
            }
            for (BaselineFile file : restored.files()) {
                store.verified(restored, file);
            }
            return new ManifestEntry(id, ManifestEntry.Action.ROLLBACK, restored.model(), now, by.name(), by.source(),
                    reason, restored.approvedAt(), restored.gitCommit(), restored.runId(), restored.reportSha256(),
                    restored.id(), restored.files(), restored.metrics(), restored.datasets());
        });
    }

    private Optional<ManifestEntry> find(List<ManifestEntry> history, ManifestEntry current) {
        List<ManifestEntry> approvals = history.stream().filter(e -> e.action() == ManifestEntry.Action.APPROVE).toList();
        if (!target.equals(PREVIOUS)) {
            String wanted = history.stream().filter(e -> e.id().equals(target)).map(ManifestEntry::origin)
                    .findFirst().orElse(target);
            return approvals.stream().filter(e -> e.id().equals(wanted)).findFirst();
        }
        int index = approvals.stream().map(ManifestEntry::id).toList().indexOf(current.origin());
        return index > 0 ? Optional.of(approvals.get(index - 1)) : Optional.empty();
    }

    private static List<String> approvals(List<ManifestEntry> history) {
        return history.stream().filter(e -> e.action() == ManifestEntry.Action.APPROVE).map(ManifestEntry::id).toList();
    }
}
