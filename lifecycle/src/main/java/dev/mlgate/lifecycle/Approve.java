package dev.mlgate.lifecycle;

import dev.mlgate.lifecycle.internal.GitCommands;
import dev.mlgate.lifecycle.internal.Options;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * Command line: records this build's promoted candidate as a model's production baseline.
 *
 * <pre>
 * java -cp "$CLASSPATH" dev.mlgate.lifecycle.Approve --model churn
 *     [--baselines mlgate-baselines] [--report-dir target/mlgate] [--basedir .] [--mode copy|point]
 *     [--predictions FILE]... [--reference FILE]... [--by NAME] [--reason TEXT] [--max-age PT24H]
 * </pre>
 *
 * Exit status 0 when approved (the git commands to commit it are printed), 2 when refused (the reason on
 * standard error), 1 on a usage error.
 */
public final class Approve {

    private static final Set<String> OPTIONS = Set.of("model", "baselines", "report-dir", "basedir", "mode",
            "predictions", "reference", "by", "reason", "max-age");

    private Approve() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command, printing to {@code out} and {@code err}; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Approval approval;
        try {
            Options options = Options.parse(args, OPTIONS);
            Path basedir = Path.of(options.get("basedir", ".")).toAbsolutePath().normalize();
            String model = options.get("model", null);
            if (model == null || model.isBlank()) {
                throw new IllegalArgumentException("--model is required: the model's name, its directory under --baselines");
            }
            approval = new Approval(basedir, basedir.resolve(options.get("report-dir", "target/mlgate")),
                    basedir.resolve(options.get("baselines", "mlgate-baselines")).resolve(model), model,
                    Approval.Mode.valueOf(options.get("mode", "copy").toUpperCase(Locale.ROOT)),
                    options.all("predictions").stream().map(Path::of).toList(),
                    options.all("reference").stream().map(Path::of).toList(),
                    Approver.detect(options.get("by", System.getProperty("mlgate.approver")), System::getenv,
                            System.getProperty("user.name")),
                    options.get("reason", null), Duration.parse(options.get("max-age", Approval.DEFAULT_MAX_AGE.toString())));
        } catch (RuntimeException e) {
            err.println("mlgate approve: " + e.getMessage());
            return 1;
        }
        try {
            ManifestEntry entry = approval.apply(Instant.now());
            out.println("mlgate: approved " + entry.model() + " baseline " + entry.id() + " from run " + entry.runId()
                    + " by " + entry.by() + "; files: " + entry.files().stream()
                    .map(file -> file.role() + "=" + file.path()).toList());
            GitCommands.after(entry, approval.basedir(), approval.storeDir()).forEach(out::println);
            return 0;
        } catch (LifecycleException | BaselineIntegrityException e) {
            err.println("mlgate approve: " + e.getMessage());
            return 2;
        } catch (java.io.IOException e) {
            err.println("mlgate approve: " + e);
            return 2;
        }
    }
}
