package dev.mlgate.maven;

import dev.mlgate.lifecycle.Approver;
import dev.mlgate.lifecycle.BaselineIntegrityException;
import dev.mlgate.lifecycle.LifecycleException;
import dev.mlgate.lifecycle.ManifestEntry;
import dev.mlgate.lifecycle.internal.GitCommands;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goals that write a model's baseline manifest share: the store, who acts and why, and how a manifest
 * entry is reported (its line, then the git commands to commit it, since nothing is committed here).
 */
abstract class BaselineStoreMojo extends AbstractMojo {

    /** The model's name: its directory under {@code baselines}. */
    @Parameter(property = "mlgate.model", required = true)
    private String model;

    /** The directory holding one baseline directory per model. */
    @Parameter(property = "mlgate.baselines", defaultValue = "${project.basedir}/mlgate-baselines")
    private File baselines;

    /** Who acts; default the CI actor (GITHUB_ACTOR, GITLAB_USER_LOGIN, ...) or user.name. */
    @Parameter(property = "mlgate.approver")
    private String approver;

    /** Why, recorded in the manifest. */
    @Parameter(property = "mlgate.reason")
    private String reason;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    /** Writes one manifest entry. */
    interface ManifestWrite {
        ManifestEntry apply() throws IOException, LifecycleException;
    }

    String model() {
        return model;
    }

    String reason() {
        return reason;
    }

    Path basedir() {
        return basedir.toPath();
    }

    Path storeDir() {
        return baselines.toPath().resolve(model);
    }

    Approver approver() {
        return Approver.detect(approver, System::getenv, System.getProperty("user.name"));
    }

    /**
     * Writes the entry and logs {@code describe}'s line and the git commands; a refusal fails the build with its
     * reason, an I/O failure is an execution error.
     */
    void write(String goal, ManifestWrite write, Function<ManifestEntry, String> describe)
            throws MojoExecutionException, MojoFailureException {
        try {
            ManifestEntry entry = write.apply();
            getLog().info(describe.apply(entry));
            GitCommands.after(entry, basedir(), storeDir()).forEach(getLog()::info);
        } catch (LifecycleException | BaselineIntegrityException e) {
            throw new MojoFailureException("mlgate " + goal + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("mlgate " + goal + ": " + e, e);
        }
    }
}
