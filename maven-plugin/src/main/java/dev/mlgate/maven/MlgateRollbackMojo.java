package dev.mlgate.maven;

import dev.mlgate.lifecycle.Approver;
import dev.mlgate.lifecycle.BaselineIntegrityException;
import dev.mlgate.lifecycle.LifecycleException;
import dev.mlgate.lifecycle.ManifestEntry;
import dev.mlgate.lifecycle.RollbackRequest;
import dev.mlgate.lifecycle.internal.GitCommands;
import java.io.File;
import java.io.IOException;
import java.time.Instant;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Puts an earlier approved baseline back in force: {@code to} is a manifest entry id or {@code previous} (the
 * approval before the one in force). The rollback is appended to the manifest with who, when and why; the
 * restored files must still match their recorded SHA-256. Nothing is committed: the git commands are printed.
 *
 * <pre>mvn mlgate:rollback -Dmlgate.model=churn -Dmlgate.rollback.to=previous -Dmlgate.reason="calibration broke"</pre>
 */
@Mojo(name = "rollback", threadSafe = true)
public class MlgateRollbackMojo extends AbstractMojo {

    /** The model's name: its directory under {@code baselines}. */
    @Parameter(property = "mlgate.model", required = true)
    private String model;

    /** The directory holding one baseline directory per model. */
    @Parameter(property = "mlgate.baselines", defaultValue = "${project.basedir}/mlgate-baselines")
    private File baselines;

    /** The entry id to restore, or {@code previous}. */
    @Parameter(property = "mlgate.rollback.to", defaultValue = "previous")
    private String to;

    /** Who rolls back; default the CI actor or user.name. */
    @Parameter(property = "mlgate.approver")
    private String approver;

    /** Why: required, recorded in the manifest. */
    @Parameter(property = "mlgate.reason")
    private String reason;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        RollbackRequest request = new RollbackRequest(baselines.toPath().resolve(model), to.trim(),
                Approver.detect(approver, System::getenv, System.getProperty("user.name")), reason);
        try {
            ManifestEntry entry = request.apply(Instant.now());
            getLog().info("mlgate: rolled " + entry.model() + " back to baseline " + entry.restores() + " (entry "
                    + entry.id() + ") by " + entry.by() + ": " + entry.reason());
            GitCommands.after(entry, basedir.toPath(), request.storeDir()).forEach(getLog()::info);
        } catch (LifecycleException | BaselineIntegrityException e) {
            throw new MojoFailureException("mlgate rollback: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("mlgate rollback: " + e, e);
        }
    }
}
