package dev.mlgate.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The approve and rollback goals on a project whose last run decided, as a user runs them after mvn verify. */
class LifecycleMojosTest {

    @TempDir
    Path basedir;
    final List<String> logged = new ArrayList<>();

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    /** A run that decided {@code decision} now, on candidate predictions holding {@code score}. */
    private void decide(String runId, String decision, String score) throws Exception {
        Path candidate = basedir.resolve("target/eval/candidate.csv");
        Files.createDirectories(candidate.getParent());
        Files.writeString(candidate, "id,label,score\n1,1," + score + "\n");
        Path report = basedir.resolve("target/mlgate/report.json");
        Files.createDirectories(report.getParent());
        Files.writeString(report, "{\"run\": {}, \"suites\": [{\"artifacts\": [{\"role\": \"candidate\", \"path\":"
                + " \"target/eval/candidate.csv\", \"sha256\": \"" + sha256(candidate) + "\"}], \"checks\": []}]}");
        Files.writeString(basedir.resolve("target/mlgate/promotion.json"), "{\"runId\": \"" + runId + "\", \"state\":"
                + " \"FINISHED\", \"decision\": \"" + decision + "\", \"generatedAt\": \"" + Instant.now() + "\","
                + " \"reasons\": [\"because\"], \"reportSha256\": \"" + sha256(report) + "\"}");
    }

    /** A mojo's parameter field, declared by its class or a superclass (the goals share a base). */
    private static Field declared(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new NoSuchFieldException(name);
    }

    private <T extends AbstractMojo> T configured(T mojo, String... fields) throws Exception {
        for (int i = 0; i < fields.length; i += 2) {
            Field field = declared(mojo.getClass(), fields[i]);
            field.setAccessible(true);
            field.set(mojo, field.getType() == java.io.File.class ? basedir.resolve(fields[i + 1]).toFile() : fields[i + 1]);
        }
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                logged.add(content.toString());
            }
        });
        return mojo;
    }

    private MlgateApproveMojo approve() throws Exception {
        return configured(new MlgateApproveMojo(), "model", "churn", "baselines", "mlgate-baselines",
                "reportDirectory", "target/mlgate", "mode", "copy", "maxAge", "PT1H", "approver", "alice",
                "basedir", ".");
    }

    @Test
    void approve_after_a_PROMOTE_then_rollback_to_previous_restores_the_first_candidate() throws Exception {
        decide("run-1", "PROMOTE", "0.1");
        approve().execute();
        decide("run-2", "PROMOTE", "0.2");
        approve().execute();

        configured(new MlgateRollbackMojo(), "model", "churn", "baselines", "mlgate-baselines", "to", "previous",
                "approver", "bob", "reason", "alerts fired", "basedir", ".").execute();

        assertThat(logged).contains("mlgate: rolled churn back to baseline 0001 (entry 0003) by bob: alerts fired",
                "  git add mlgate-baselines/churn");
        List<String> manifest = Files.readAllLines(basedir.resolve("mlgate-baselines/churn/manifest.jsonl"));
        assertThat(manifest).hasSize(3);
        assertThat(manifest.get(2)).contains("\"action\":\"ROLLBACK\"", "\"by\":\"bob\"", "\"restores\":\"0001\"",
                "\"reason\":\"alerts fired\"");
        assertThat(basedir.resolve("mlgate-baselines/churn/0001/predictions/candidate.csv")).content()
                .isEqualTo("id,label,score\n1,1,0.1\n");
    }

    @Test
    void approve_after_a_REJECT_fails_the_build_with_the_reason() throws Exception {
        decide("run-3", "REJECT", "0.3");

        assertThatThrownBy(() -> approve().execute()).isInstanceOf(MojoFailureException.class)
                .hasMessage("mlgate approve: Not approved: the run run-3 decided REJECT, and only a PROMOTE can become"
                        + " the baseline. Reasons: because");
        assertThat(basedir.resolve("mlgate-baselines")).doesNotExist();
    }
}
