package dev.mlgate.maven;

import dev.mlgate.lifecycle.Approval;
import dev.mlgate.lifecycle.Approver;
import dev.mlgate.lifecycle.BaselineIntegrityException;
import dev.mlgate.lifecycle.LifecycleException;
import dev.mlgate.lifecycle.ManifestEntry;
import dev.mlgate.lifecycle.internal.GitCommands;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.AbstractMojo;
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
public class MlgateApproveMojo extends AbstractMojo {

    /** The model's name: its directory under {@code baselines}. */
    @Parameter(property = "mlgate.model", required = true)
    private String model;

    /** The directory holding one baseline directory per model. */
    @Parameter(property = "mlgate.baselines", defaultValue = "${project.basedir}/mlgate-baselines")
    private File baselines;

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

    /** Who approves; default the CI actor (GITHUB_ACTOR, GITLAB_USER_LOGIN, ...) or user.name. */
    @Parameter(property = "mlgate.approver")
    private String approver;

    /** Why, recorded in the manifest. */
    @Parameter(property = "mlgate.reason")
    private String reason;

    /** How old the PROMOTE may be, as an ISO-8601 duration. */
    @Parameter(property = "mlgate.approve.maxAge", defaultValue = "PT24H")
    private String maxAge;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Approval approval;
        try {
            approval = new Approval(basedir.toPath(), reportDirectory.toPath(), baselines.toPath().resolve(model), model,
                    Approval.Mode.valueOf(mode.trim().toUpperCase(Locale.ROOT)), paths(predictions), paths(reference),
                    Approver.detect(approver, System::getenv, System.getProperty("user.name")), reason,
                    Duration.parse(maxAge.trim()));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new MojoExecutionException("mlgate approve: invalid option (mlgate.approve.mode is copy or point,"
                    + " mlgate.approve.maxAge an ISO-8601 duration): " + e.getMessage(), e);
        }
        try {
            ManifestEntry entry = approval.apply(Instant.now());
            getLog().info("mlgate: approved " + entry.model() + " baseline " + entry.id() + " from run " + entry.runId()
                    + " by " + entry.by() + " (" + entry.bySource() + "); files: " + entry.files().stream()
                    .map(file -> file.role() + "=" + file.path()).toList());
            GitCommands.after(entry, basedir.toPath(), approval.storeDir()).forEach(getLog()::info);
        } catch (LifecycleException | BaselineIntegrityException e) {
            throw new MojoFailureException("mlgate approve: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("mlgate approve: " + e, e);
        }
    }

    static List<Path> paths(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(part -> !part.isEmpty())
                .map(Path::of).toList();
    }
}
