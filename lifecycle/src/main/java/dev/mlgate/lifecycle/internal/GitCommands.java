package dev.mlgate.lifecycle.internal;

import dev.mlgate.lifecycle.ManifestEntry;
import java.nio.file.Path;
import java.util.List;

/**
 * The git commands that commit a manifest change: printed, never run, so that the change is reviewed and
 * committed (or proposed in a pull request) by a person or the CI job's own credentials.
 */
public final class GitCommands {

    private GitCommands() {
    }

    /** The lines to print after {@code entry} was appended to the store in {@code storeDir}. */
    public static List<String> after(ManifestEntry entry, Path basedir, Path storeDir) {
        Path base = basedir.toAbsolutePath().normalize();
        Path store = storeDir.toAbsolutePath().normalize();
        String shown = (store.startsWith(base) ? base.relativize(store) : store).toString().replace('\\', '/');
        String what = entry.action() == ManifestEntry.Action.APPROVE
                ? "approve " + entry.model() + " baseline " + entry.id() + " (run " + entry.runId() + ")"
                : "roll " + entry.model() + " back to baseline " + entry.restores() + " (entry " + entry.id() + ")";
        return List.of("Nothing was committed. To record it, run:",
                "  git add " + shown,
                "  git commit -m \"mlgate: " + what.replace("\"", "'") + "\"");
    }
}
