package dev.mlgate.lifecycle;

import dev.mlgate.lifecycle.internal.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** A project directory with a finished run: candidate predictions, training data, report.json and promotion.json. */
final class RunFixture {

    static final Instant DECIDED = Instant.parse("2026-12-01T10:00:00Z");

    final Path basedir;
    final Path candidate;
    final Path data;

    RunFixture(Path basedir) throws IOException {
        this.basedir = basedir;
        this.candidate = write("target/eval/candidate.csv", "id,label,score\n1,1,0.9\n2,0,0.2\n");
        this.data = write("data/train.csv", "id,x\n1,3\n2,4\n3,5\n");
    }

    Path write(String path, String content) throws IOException {
        Path file = basedir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    /** Writes the run's report files deciding {@code decision}; the report names the files as they are now. */
    void decide(String runId, String decision) throws IOException {
        decide(runId, decision, DECIDED);
    }

    /** As {@link #decide(String, String)}, decided at {@code at}. */
    void decide(String runId, String decision, Instant at) throws IOException {
        String report = """
                {"schemaVersion": 2, "run": {"gitCommit": "0123456789abcdef0123456789abcdef01234567"},
                 "suites": [
                  {"kind": "data contract", "class": "com.example.Training", "artifacts": [{"role": "data", "path": "data/train.csv",
                     "sha256": "%s", "rows": 3}], "checks": []},
                  {"kind": "baseline comparison", "artifacts": [{"role": "candidate", "path": "target/eval/candidate.csv",
                     "sha256": "%s", "rows": 2}],
                   "checks": [{"uniqueId": "[suite:Churn]/[comparison:rocAuc]", "kind": "comparison",
                     "metric": "roc_auc", "details": {"candidate": "0.91", "baseline": "0.88", "direction": "higher"}}]}
                 ]}
                """.formatted(Sha256.of(data), Sha256.of(candidate));
        Path reportFile = write("target/mlgate/report.json", report);
        write("target/mlgate/promotion.json", """
                {"schemaVersion": 2, "runId": "%s", "state": "FINISHED", "generatedAt": "%s",
                 "decision": "%s", "reasons": ["%s"], "reportSha256": "%s"}
                """.formatted(runId, at, decision,
                decision.equals("PROMOTE") ? "All 3 blocking checks passed" : "Blocking check rocAuc failed",
                Sha256.of(reportFile)));
    }

    Approval approval(Approval.Mode mode) {
        return new Approval(basedir, basedir.resolve("target/mlgate"), store(), "churn", mode, java.util.List.of(),
                java.util.List.of(), new Approver("alice", "mlgate.approver"), "weekly retrain", Approval.DEFAULT_MAX_AGE);
    }

    Path store() {
        return basedir.resolve("mlgate-baselines/churn");
    }
}
