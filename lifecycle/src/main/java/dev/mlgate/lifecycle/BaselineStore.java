package dev.mlgate.lifecycle;

import dev.mlgate.lifecycle.internal.ManifestCodec;
import dev.mlgate.lifecycle.internal.Sha256;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One model's baseline directory: {@value #MANIFEST}, an append-only history of approvals and rollbacks (one
 * JSON line each; the last is the baseline in force), and the approved files copied under {@code <id>/<role>/}.
 * Changes are appended under an exclusive file lock, so concurrent approvals never lose or interleave a line;
 * the manifest is never rewritten. A comparison or contract names the directory as {@code manifest:<dir>}.
 */
public final class BaselineStore {

    /** The manifest's file name in the directory. */
    public static final String MANIFEST = "manifest.jsonl";

    /** Serializes appends within one JVM: a second lock of the same file by the same JVM would throw. */
    private static final Object APPEND_LOCK = new Object();

    private final Path directory;

    private BaselineStore(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    /** The store in {@code directory}, which need not exist until the first approval. */
    public static BaselineStore at(Path directory) {
        return new BaselineStore(directory);
    }

    /** The model's baseline directory. */
    public Path directory() {
        return directory;
    }

    /** The manifest file. */
    public Path manifest() {
        return directory.resolve(MANIFEST);
    }

    /** Every entry, oldest first; none when nothing was approved yet. */
    public List<ManifestEntry> history() throws IOException {
        Path manifest = manifest();
        return Files.exists(manifest) ? parse(Files.readAllBytes(manifest)) : List.of();
    }

    /** The baseline in force: the last entry. */
    public Optional<ManifestEntry> inForce() throws IOException {
        List<ManifestEntry> history = history();
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }

    /** Where {@code file} of an entry lies. */
    public Path resolve(BaselineFile file) {
        return directory.resolve(file.path()).normalize();
    }

    /**
     * The file of {@code role} of the baseline in force, after checking its SHA-256 against the manifest.
     * Throws {@link BaselineIntegrityException} when it does not match, {@link LifecycleException} when
     * nothing is approved or the baseline has no file of that role.
     */
    public Path verified(String role) throws IOException, LifecycleException {
        ManifestEntry entry = inForce().orElseThrow(() -> new LifecycleException("No baseline is approved in "
                + manifest() + ": approve a promoted run first (mlgate:approve or dev.mlgate.lifecycle.Approve)."));
        BaselineFile file = entry.file(role).orElseThrow(() -> new LifecycleException("The baseline in force ("
                + entry.id() + " in " + manifest() + ") has no " + role + " file; it has: "
                + entry.files().stream().map(BaselineFile::role).toList() + "."));
        return verified(entry, file);
    }

    /** The file, after checking its SHA-256 against what {@code entry} recorded. */
    public Path verified(ManifestEntry entry, BaselineFile file) throws IOException {
        Path path = resolve(file);
        String found = Files.isRegularFile(path) ? Sha256.of(path) : null;
        if (!file.sha256().equals(found)) {
            throw new BaselineIntegrityException(manifest(), entry.id(), file.role(), path, file.sha256(), found);
        }
        return path;
    }

    /** What a change appends, computed from the history read under the lock and the id the new entry gets. */
    @FunctionalInterface
    interface Change {
        ManifestEntry next(List<ManifestEntry> history, String id) throws IOException, LifecycleException;
    }

    /** Appends the entry {@code change} computes, holding the manifest's lock from reading to writing. */
    ManifestEntry append(Change change) throws IOException, LifecycleException {
        synchronized (APPEND_LOCK) {
            Files.createDirectories(directory);
            try (FileChannel channel = FileChannel.open(manifest(), StandardOpenOption.CREATE,
                    StandardOpenOption.READ, StandardOpenOption.WRITE);
                    FileLock lock = channel.lock()) {
                byte[] content = new byte[(int) channel.size()];
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) != -1) {
                    // reads until the whole file is in the buffer
                }
                List<ManifestEntry> history = parse(content);
                ManifestEntry entry = change.next(history, nextId(history));
                // A torn last line (a killed append) was never an entry: the new line replaces it.
                int end = content.length;
                while (end > 0 && content[end - 1] != '\n') {
                    end--;
                }
                channel.truncate(end);
                byte[] line = (ManifestCodec.line(entry) + "\n").getBytes(StandardCharsets.UTF_8);
                channel.write(ByteBuffer.wrap(line), end);
                channel.force(true);
                return entry;
            }
        }
    }

    private static String nextId(List<ManifestEntry> history) {
        int highest = 0;
        for (ManifestEntry entry : history) {
            if (entry.id().matches("[0-9]{1,9}")) {
                highest = Math.max(highest, Integer.parseInt(entry.id()));
            }
        }
        return String.format(Locale.ROOT, "%04d", highest + 1);
    }

    /**
     * The entries of a manifest's bytes. A last line without a line break that does not parse is the torn
     * write of a killed approval and is ignored (the next append replaces it); any other line that does not parse is an error naming it.
     */
    private List<ManifestEntry> parse(byte[] content) throws IOException {
        String text = new String(content, StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        List<ManifestEntry> entries = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                entries.add(ManifestCodec.parse(line));
            } catch (RuntimeException e) {
                boolean lastWithoutBreak = i == lines.length - 1;
                if (!lastWithoutBreak) {
                    throw new IOException("The baseline manifest " + manifest() + " line " + (i + 1)
                            + " is not a manifest entry (" + e.getMessage() + "); the manifest is append-only,"
                            + " restore it from version control.");
                }
            }
        }
        return List.copyOf(entries);
    }
}
