package dev.mlgate.maven;

import dev.mlgate.lifecycle.RollbackRequest;
import java.time.Instant;
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
public class MlgateRollbackMojo extends BaselineStoreMojo {

    /** The entry id to restore, or {@code previous}. */
    @Parameter(property = "mlgate.rollback.to", defaultValue = "previous")
    private String to;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        RollbackRequest request = new RollbackRequest(storeDir(), to.trim(), approver(), reason());
        write("rollback", () -> request.apply(Instant.now()), entry -> "mlgate: rolled " + entry.model()
                + " back to baseline " + entry.restores() + " (entry " + entry.id() + ") by " + entry.by() + ": "
                + entry.reason());
    }
}
