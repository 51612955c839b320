package dev.mlgate.lifecycle;

import dev.mlgate.lifecycle.internal.GitCommands;
import dev.mlgate.lifecycle.internal.Options;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;

/**
 * Command line: puts an earlier approved baseline back in force, recording who, when and why.
 *
 * <pre>
 * java -cp "$CLASSPATH" dev.mlgate.lifecycle.Rollback --model churn --to previous|ID --reason TEXT
 *     [--baselines mlgate-baselines] [--basedir .] [--by NAME]
 * </pre>
 *
 * Exit status 0 when rolled back (the git commands to commit it are printed), 2 when refused, 1 on a usage error.
 */
public final class Rollback {

    private static final Set<String> OPTIONS = Set.of("model", "baselines", "basedir", "to", "by", "reason");

    private Rollback() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command, printing to {@code out} and {@code err}; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path basedir;
        RollbackRequest request;
        try {
            Options options = Options.parse(args, OPTIONS);
            basedir = Path.of(options.get("basedir", ".")).toAbsolutePath().normalize();
            String model = options.get("model", null);
            if (model == null || model.isBlank()) {
                throw new IllegalArgumentException("--model is required: the model's name, its directory under --baselines");
            }
            request = new RollbackRequest(basedir.resolve(options.get("baselines", "mlgate-baselines")).resolve(model),
                    options.get("to", RollbackRequest.PREVIOUS),
                    Approver.detect(options.get("by", System.getProperty("mlgate.approver")), System::getenv,
                            System.getProperty("user.name")),
                    options.get("reason", null));
        } catch (RuntimeException e) {
            err.println("mlgate rollback: " + e.getMessage());
            return 1;
        }
        try {
            ManifestEntry entry = request.apply(Instant.now());
            out.println("mlgate: rolled " + entry.model() + " back to baseline " + entry.restores() + " (entry "
                    + entry.id() + ") by " + entry.by() + ": " + entry.reason());
            GitCommands.after(entry, basedir, request.storeDir()).forEach(out::println);
            return 0;
        } catch (LifecycleException | BaselineIntegrityException | IOException e) {
            err.println("mlgate rollback: " + e.getMessage());
            return 2;
        }
    }
}
