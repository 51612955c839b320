package dev.mlgate.report.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The commit checked out in the git repository that holds a directory, read from {@code .git} without
 * running git: {@code HEAD}, then the branch's loose ref or {@code packed-refs}. Handles a worktree or
 * submodule, whose {@code .git} is a file naming the real git directory.
 */
final class GitCommit {

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{40}([0-9a-f]{24})?");

    private GitCommit() {
    }

    static Optional<String> of(Path directory) {
        try {
            for (Path dir = directory.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
                Path dotGit = dir.resolve(".git");
                if (Files.isDirectory(dotGit)) {
                    return head(dotGit);
                }
                if (Files.isRegularFile(dotGit)) {
                    String pointer = read(dotGit);
                    if (pointer.startsWith("gitdir:")) {
                        return head(dir.resolve(pointer.substring("gitdir:".length()).trim()).normalize());
                    }
                    return Optional.empty();
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<String> head(Path gitDir) throws IOException {
        String head = read(gitDir.resolve("HEAD"));
        if (!head.startsWith("ref:")) {
            return hash(head);
        }
        String ref = head.substring("ref:".length()).trim();
        Path common = gitDir;
        Path commonDirFile = gitDir.resolve("commondir");
        if (Files.isRegularFile(commonDirFile)) {
            common = gitDir.resolve(read(commonDirFile)).normalize();
        }
        for (Path dir : List.of(gitDir, common)) {
            Path loose = dir.resolve(ref);
            if (Files.isRegularFile(loose)) {
                return hash(read(loose));
            }
        }
        Path packed = common.resolve("packed-refs");
        if (Files.isRegularFile(packed)) {
            for (String line : Files.readAllLines(packed, StandardCharsets.UTF_8)) {
                String[] parts = line.trim().split(" ");
                if (parts.length == 2 && parts[1].equals(ref)) {
                    return hash(parts[0]);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> hash(String text) {
        String trimmed = text.trim();
        return HASH.matcher(trimmed).matches() ? Optional.of(trimmed) : Optional.empty();
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8).trim();
    }
}
