package dev.mlgate.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plain {@code java} entry points, as a CI script calls them: exit status and printed text. */
class CommandLineTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int approve(String... args) {
        return Approve.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void approve_then_rollback_prints_the_git_commands_and_commits_nothing() throws Exception {
        RunFixture run = new RunFixture(dir);
        run.decide("run-1", "PROMOTE");

        int status = approve("--basedir", dir.toString(), "--model", "churn", "--by", "carol", "--max-age", "P3650D");

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("mlgate: approved churn baseline 0001 from run run-1 by carol")
                .contains("Nothing was committed. To record it, run:\n  git add mlgate-baselines/churn\n"
                        + "  git commit -m \"mlgate: approve churn baseline 0001 (run run-1)\"");
        assertThat(dir.resolve(".git")).doesNotExist();
    }

    @Test
    void a_refusal_exits_2_with_the_reason() throws Exception {
        RunFixture run = new RunFixture(dir);
        run.decide("run-9", "REJECT");

        assertThat(approve("--basedir", dir.toString(), "--model", "churn", "--max-age", "P3650D")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("mlgate approve: Not approved: the run run-9 decided REJECT");
    }

    @Test
    void a_usage_error_exits_1() {
        assertThat(approve("--basedir", dir.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--model is required");
        assertThat(approve("--colour", "red")).isEqualTo(1);
    }

    @Test
    void rollback_by_the_command_line_names_the_restored_baseline() throws Exception {
        RunFixture run = new RunFixture(dir);
        run.decide("run-1", "PROMOTE");
        approve("--basedir", dir.toString(), "--model", "churn", "--max-age", "P3650D");
        run.write("target/eval/candidate.csv", "id,label,score\n1,1,0.7\n");
        run.decide("run-2", "PROMOTE");
        approve("--basedir", dir.toString(), "--model", "churn", "--max-age", "P3650D");

        int status = Rollback.run(new String[] {"--basedir", dir.toString(), "--model", "churn", "--to", "previous",
                "--by", "dave", "--reason", "alerts fired"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("mlgate: rolled churn back to baseline 0001 (entry 0003) by dave: alerts fired")
                .contains("git commit -m \"mlgate: roll churn back to baseline 0001 (entry 0003)\"");
    }
}
