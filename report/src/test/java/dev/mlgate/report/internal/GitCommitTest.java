package dev.mlgate.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitCommitTest {

    private static final String HASH = "0123456789abcdef0123456789abcdef01234567";

    @TempDir
    Path repo;

    @Test
    void reads_a_branch_ref_from_a_subdirectory_of_the_repository() throws IOException {
        Files.createDirectories(repo.resolve(".git/refs/heads"));
        Files.writeString(repo.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.writeString(repo.resolve(".git/refs/heads/main"), HASH + "\n");
        Path module = Files.createDirectories(repo.resolve("module/src"));

        assertThat(GitCommit.of(module)).contains(HASH);
    }

    @Test
    void reads_packed_refs_and_a_worktree_whose_git_directory_is_elsewhere() throws IOException {
        Path common = Files.createDirectories(repo.resolve("main/.git"));
        Path worktreeGit = Files.createDirectories(common.resolve("worktrees/wt"));
        Files.writeString(common.resolve("packed-refs"), "# pack-refs\n" + HASH + " refs/heads/feature\n");
        Files.writeString(worktreeGit.resolve("HEAD"), "ref: refs/heads/feature\n");
        Files.writeString(worktreeGit.resolve("commondir"), "../..\n");
        Path worktree = Files.createDirectories(repo.resolve("wt"));
        Files.writeString(worktree.resolve(".git"), "gitdir: " + worktreeGit + "\n");

        assertThat(GitCommit.of(worktree)).contains(HASH);
    }

    @Test
    void a_detached_head_is_the_commit_and_no_repository_is_none() throws IOException {
        Path plain = Files.createDirectories(repo.resolve("plain"));
        assertThat(GitCommit.of(plain).filter(hash -> !hash.isEmpty())).isEmpty();

        Files.createDirectories(repo.resolve("plain/.git"));
        Files.writeString(repo.resolve("plain/.git/HEAD"), HASH + "\n");
        assertThat(GitCommit.of(plain)).contains(HASH);
    }
}
