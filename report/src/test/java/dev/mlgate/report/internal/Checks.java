package dev.mlgate.report.internal;

import dev.mlgate.report.internal.Model.Check;
import dev.mlgate.report.internal.Model.Run;
import dev.mlgate.report.internal.Model.RunInfo;
import dev.mlgate.report.internal.Model.Suite;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds model values for unit tests of the renderers and the decision. */
final class Checks {

    static final String SUITE = "[engine:mlgate]/[suite:com.example.Churn]";

    private Checks() {
    }

    static Check gate(String name, Status status, String observed, String expected) {
        return new Check(SUITE + "/[gate:" + name + "]", null, "gate", "com.example.Churn", name, name, null, null,
                status, status != Status.WARNING, "roc_auc", observed, expected, null, null, null, null, List.of(),
                name + " " + status.word(), new TreeMap<>(), null);
    }

    static Check drift(String column, Status status) {
        return new Check(SUITE + "/[drift:" + column + "]", null, "drift", "com.example.Churn", null, column, null,
                null, status, false, "PSI", "0.4", "<= 0.2", null, null, null, null, List.of(), "PSI of " + column,
                new TreeMap<>(Map.of()), null);
    }

    static Run run(Boolean complete, Check... checks) {
        Suite suite = new Suite(SUITE, "model quality", "com.example.Churn", "Churn", Status.PASSED, null, List.of(),
                new TreeMap<>(), List.of(checks));
        return new Run(new RunInfo("0.1.0", "jvm", null, "42", null, complete, List.of()), List.of(suite),
                Instant.parse("2025-01-01T00:00:00Z"));
    }

    /** No retraining signal, every trigger evaluated (for tests of the decision and the renderers alone). */
    static Retraining noRetraining() {
        return new Retraining(List.of(), List.of(), RetrainSettings.DEFAULTS);
    }

    /** The retraining section of {@code run} on its own: no manifest, no run history. */
    static Retraining retraining(Run run) {
        return Retraining.evaluate(run, RetrainSettings.DEFAULTS, Path.of(""));
    }
}
