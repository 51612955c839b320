package dev.mlgate.lifecycle;

import dev.mlgate.lifecycle.internal.PromotedRun.RunArtifact;
import dev.mlgate.lifecycle.internal.PromotedRun;
import dev.mlgate.lifecycle.internal.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A request to record this build's promoted candidate as a model's production baseline. The run in
 * {@code reportDir} must have decided PROMOTE within {@code maxAge}; each file approved must be one the run
 * read, unchanged since (same SHA-256 as the report recorded). With no file named, the run's candidate
 * predictions are approved; {@code references} re-bless drift references (datasets the run read).
 * {@link Mode#COPY} copies the files into the store, {@link Mode#POINT} records where they are.
 */
public record Approval(Path basedir, Path reportDir, Path storeDir, String model, Mode mode, List<Path> predictions,
                       List<Path> references, Approver approver, String reason, Duration maxAge) {

    /** The default age beyond which a PROMOTE is too old to approve. */
    public static final Duration DEFAULT_MAX_AGE = Duration.ofHours(24);

    /** Roles of the run's artifacts that are a candidate model's predictions. */
    static final Set<String> CANDIDATE_ROLES = Set.of("candidate", "predictions");

    /** How the approved files are kept. */
    public enum Mode {
        /** Copied under the store's {@code <id>/<role>/}: the baseline survives the build directory. */
        COPY,
        /** Recorded where they are (a path relative to the store); the files must stay there, unchanged. */
        POINT
    }

    public Approval {
        predictions = List.copyOf(predictions);
        references = List.copyOf(references);
    }

    /** Appends the approval to the store's manifest and returns its entry; refuses with the reason. */
    public ManifestEntry apply(Instant now) throws IOException, LifecycleException {
        PromotedRun run = PromotedRun.read(reportDir, maxAge, now);
        List<Chosen> chosen = choose(run);
        BaselineStore store = BaselineStore.at(storeDir);
        return store.append((history, id) -> {
            List<BaselineFile> files = new ArrayList<>();
            for (Chosen file : chosen) {
                files.add(keep(store, id, file));
            }
            return new ManifestEntry(id, ManifestEntry.Action.APPROVE, model, now, approver.name(), approver.source(),
                    reason, now, run.gitCommit(), run.runId(), run.reportSha256(), null, files, run.metrics(),
                    run.datasets());
        });
    }

    private record Chosen(String role, Path file, String sha256) {
    }

    private List<Chosen> choose(PromotedRun run) throws IOException, LifecycleException {
        List<Chosen> chosen = new ArrayList<>();
        List<Path> candidates = predictions;
        if (predictions.isEmpty() && references.isEmpty()) {
            Set<Path> found = new LinkedHashSet<>();
            run.artifacts().stream().filter(a -> CANDIDATE_ROLES.contains(a.role()) && a.path() != null)
                    .forEach(a -> found.add(basedir.resolve(a.path()).normalize()));
            if (found.size() != 1) {
                throw new LifecycleException("Not approved: the run " + run.runId() + " read " + found.size()
                        + " candidate predictions files " + found + "; name the one to approve (--predictions,"
                        + " mlgate.approve.predictions).");
            }
            candidates = List.copyOf(found);
        }
        for (Path file : candidates) {
            chosen.add(checked(run, BaselineFile.PREDICTIONS, file));
        }
        for (Path file : references) {
            chosen.add(checked(run, BaselineFile.REFERENCE, file));
        }
        return chosen;
    }

    /** The file, if the run read it and it has not changed since. */
    private Chosen checked(PromotedRun run, String role, Path declared) throws IOException, LifecycleException {
        Path file = basedir.resolve(declared).normalize();
        RunArtifact read = run.artifacts().stream()
                .filter(a -> a.path() != null && basedir.resolve(a.path()).normalize().equals(file))
                .findFirst().orElseThrow(() -> new LifecycleException("Not approved: the run " + run.runId()
                        + " did not read " + file + ", so it proves nothing about it; approve a file a suite of the"
                        + " run read (its artifacts are listed in report.json)."));
        String now = Files.isRegularFile(file) ? Sha256.of(file) : null;
        if (now == null || !now.equals(read.sha256())) {
            throw new LifecycleException("Not approved: " + file + (now == null ? " is missing" : " has SHA-256 " + now)
                    + " but the run " + run.runId() + " read it with SHA-256 " + read.sha256()
                    + "; it changed since the run. Run the suites again.");
        }
        return new Chosen(role, file, now);
    }

    private BaselineFile keep(BaselineStore store, String id, Chosen chosen) throws IOException {
        String source = relative(basedir, chosen.file());
        if (mode == Mode.POINT) {
            return new BaselineFile(chosen.role(), relative(store.directory(), chosen.file()), chosen.sha256(), source);
        }
        Path target = store.directory().resolve(id).resolve(chosen.role()).resolve(chosen.file().getFileName());
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        Files.copy(chosen.file(), partial, StandardCopyOption.REPLACE_EXISTING);
        String copied = Sha256.of(partial);
        if (!copied.equals(chosen.sha256())) {
            Files.delete(partial);
            throw new IOException("The copy of " + chosen.file() + " has SHA-256 " + copied + ", not "
                    + chosen.sha256() + ": the file changed while it was copied.");
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new BaselineFile(chosen.role(), relative(store.directory(), target), chosen.sha256(), source);
    }

    private static String relative(Path from, Path to) {
        Path absolute = to.toAbsolutePath().normalize();
        Path base = from.toAbsolutePath().normalize();
        return (absolute.getRoot().equals(base.getRoot()) ? base.relativize(absolute) : absolute).toString()
                .replace('\\', '/');
    }
}
