package dev.mlgate.maven;

import dev.mlgate.lifecycle.Approval;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Records this build's promoted candidate as the model's production baseline: after a run that decided
 * PROMOTE (at most {@code maxAge} ago), copies or points to its predictions (and any re-blessed drift
 * reference) in {@code baselines/<model>/} and appends a manifest entry with each file's SHA-256, the run,
 * the git commit and the approver. Nothing is committed: the git commands to do so are printed.
 *
 * <pre>mvn verify &amp;&amp; mvn mlgate:approve -Dmlgate.model=churn -Dmlgate.approver=alice</pre>
 */
@Mojo(name = "approve", threadSafe = true)
public class MlgateApproveMojo extends BaselineStoreMojo {

    /** The directory mlgate-report wrote promotion.json and report.json to. */
    @Parameter(property = "mlgate.report.dir", defaultValue = "${project.build.directory}/mlgate")
    private File reportDirectory;

    /** {@code copy} (default) keeps a copy in the store; {@code point} records the file where it is. */
    @Parameter(property = "mlgate.approve.mode", defaultValue = "copy")
    private String mode;

    /** Comma-separated predictions files to approve; default: the run's only candidate predictions file. */
    @Parameter(property = "mlgate.approve.predictions")
    private String predictions;

    /** Comma-separated datasets the run read, to re-bless as drift references. */
    @Parameter(property = "mlgate.approve.reference")
    private String reference;

    /** How old the PROMOTE may be, as an ISO-8601 duration. */
    @Parameter(property = "mlgate.approve.maxAge", defaultValue = "PT24H")
    private String maxAge;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Approval approval;
        try {
            approval = new Approval(basedir(), reportDirectory.toPath(), storeDir(), model(),
                    Approval.Mode.valueOf(mode.trim().toUpperCase(Locale.ROOT)), paths(predictions), paths(reference),
                    approver(), reason(), Duration.parse(maxAge.trim()));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new MojoExecutionException("mlgate approve: invalid option (mlgate.approve.mode is copy or point,"
                    + " mlgate.approve.maxAge an ISO-8601 duration): " + e.getMessage(), e);
        }
        write("approve", () -> approval.apply(Instant.now()), entry -> "mlgate: approved " + entry.model()
                + " baseline " + entry.id() + " from run " + entry.runId() + " by " + entry.by() + " ("
                + entry.bySource() + "); files: " + entry.files().stream()
                .map(file -> file.role() + "=" + file.path()).toList());
    }

    static List<Path> paths(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(part -> !part.isEmpty())
                .map(Path::of).toList();
    }
}
