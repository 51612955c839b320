package dev.mlgate.lifecycle;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Who approves or rolls back, and where that name came from: the explicit option
 * ({@code -Dmlgate.approver}, {@code --by}), else the CI system's actor, else the operating-system user.
 */
public record Approver(String name, String source) {

    /** CI variables naming the person who started the job, in the order they are consulted. */
    public static final List<String> CI_VARIABLES = List.of("GITHUB_ACTOR", "GITLAB_USER_LOGIN", "BUILD_USER_ID",
            "BITBUCKET_STEP_TRIGGERER_UUID", "BUILDKITE_BUILD_CREATOR");

    /** The approver: {@code explicit} when given, else the first CI variable set in {@code env}, else {@code user}. */
    public static Approver detect(String explicit, UnaryOperator<String> env, String user) {
        if (explicit != null && !explicit.isBlank()) {
            return new Approver(explicit.strip(), "mlgate.approver");
        }
        for (String variable : CI_VARIABLES) {
            String value = env.apply(variable);
            if (value != null && !value.isBlank()) {
                return new Approver(value.strip(), variable);
            }
        }
        return new Approver(user == null || user.isBlank() ? "unknown" : user, "user.name");
    }
}
