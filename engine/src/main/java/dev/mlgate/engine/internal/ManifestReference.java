package dev.mlgate.engine.internal;

import dev.mlgate.lifecycle.BaselineStore;
import dev.mlgate.lifecycle.LifecycleException;
import dev.mlgate.lifecycle.ManifestEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A path declared as {@code manifest:<dir>} (or {@code manifest:<dir>#<role>}): the file of that role of the
 * baseline in force in the model's baseline directory, checked against the SHA-256 its manifest recorded.
 * A changed file is a {@link dev.mlgate.lifecycle.BaselineIntegrityException} naming it and both digests.
 * The baseline's id, approval time and approver become report entries ({@code mlgate.baseline.*}).
 */
public final class ManifestReference {

    /** The prefix that makes a declared path a manifest reference. */
    public static final String PREFIX = "manifest:";

    /** Report-entry prefix of the baseline in force. */
    public static final String ENTRY = ResultEntries.PREFIX + "baseline.";

    private ManifestReference() {
    }

    /** The file the manifest puts in force, and the entries that name it. */
    public record Resolved(Path file, Map<String, String> entries) {
    }

    /** Whether {@code declared} names a manifest. */
    public static boolean names(String declared) {
        return declared.startsWith(PREFIX);
    }

    /** The model's baseline directory that {@code declared} (which {@link #names}) names. */
    public static Path directory(MlgateConfiguration configuration, String declared, String where) {
        String rest = declared.substring(PREFIX.length());
        int hash = rest.lastIndexOf('#');
        return configuration.resolvePath(hash < 0 ? rest : rest.substring(0, hash), where);
    }

    /**
     * Resolves {@code declared} (which {@link #names}) to the verified file of {@code defaultRole}, or of the
     * role after {@code #}; empty when nothing is approved yet (a first run). {@code where} names the attribute.
     */
    public static Optional<Resolved> resolve(MlgateConfiguration configuration, String declared, String defaultRole,
            String where) throws IOException {
        String rest = declared.substring(PREFIX.length());
        int hash = rest.lastIndexOf('#');
        String role = hash < 0 ? defaultRole : rest.substring(hash + 1);
        Path dir = directory(configuration, declared, where);
        BaselineStore store = BaselineStore.at(dir);
        Optional<ManifestEntry> inForce = store.inForce();
        if (inForce.isEmpty()) {
            return Optional.empty();
        }
        ManifestEntry entry = inForce.get();
        Path file;
        try {
            file = store.verified(role);
        } catch (LifecycleException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
        Map<String, String> entries = new LinkedHashMap<>();
        Path basedir = configuration.basedir();
        entries.put(ENTRY + "manifest", (dir.startsWith(basedir) ? basedir.relativize(dir) : dir).toString()
                .replace('\\', '/'));
        entries.put(ENTRY + "role", role);
        entries.put(ENTRY + "id", entry.id());
        entries.put(ENTRY + "origin", entry.origin());
        entries.put(ENTRY + "action", entry.action().name().toLowerCase(java.util.Locale.ROOT));
        entries.put(ENTRY + "approvedAt", entry.approvedAt().toString());
        entries.put(ENTRY + "by", String.valueOf(entry.by()));
        entries.put(ENTRY + "runId", String.valueOf(entry.runId()));
        return Optional.of(new Resolved(file, entries));
    }
}
