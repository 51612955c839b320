package dev.mlgate.baseline.internal;

import dev.mlgate.baseline.BaselineComparison;
import dev.mlgate.baseline.FirstRun;
import dev.mlgate.data.RowSource;
import dev.mlgate.engine.internal.ArtifactEntries;
import dev.mlgate.engine.internal.ManifestReference;
import dev.mlgate.engine.internal.MlgateConfiguration;
import dev.mlgate.engine.internal.check.CheckSpec;
import dev.mlgate.engine.internal.check.DeclarationProblem;
import dev.mlgate.engine.internal.check.DeclaredSuite;
import dev.mlgate.lifecycle.BaselineFile;
import dev.mlgate.lifecycle.BaselineStore;
import dev.mlgate.model.internal.ModelRun;
import dev.mlgate.model.internal.SuiteModels;
import dev.mlgate.quality.Slices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * A compiled {@link BaselineComparison} suite: its gates, and how to read (or, for a candidate model file,
 * score), validate and pair the candidate's and the baseline's predictions once for all of them.
 */
final class BaselineDefinition extends DeclaredSuite<BaselineState> {

    private final BaselineComparison comparison;

    BaselineDefinition(Class<?> suiteClass, BaselineComparison comparison, List<CheckSpec<BaselineState>> checks,
            List<DeclarationProblem> problems) {
        super(suiteClass, "baseline comparison", checks, problems);
        this.comparison = comparison;
    }


    @Override
    public BaselineState open(MlgateConfiguration configuration, List<CheckSpec<BaselineState>> selected)
            throws Exception {
        Optional<Slices> slices = AnnotationSupport.findAnnotation(suiteClass(), Slices.class);
        List<String> sliceColumns = slices.map(declared -> List.of(declared.value())).orElse(List.of());
        int minSliceSize = slices.map(Slices::minSize).filter(size -> size > 0).orElse(configuration.minSliceSize());
        boolean modelled = Kind.modelled(comparison);
        // a candidate model file's evaluation data stands where the candidate file would: label, id, slices
        Path candidateFile = modelled ? configuration.resolvePath(comparison.data(), "@BaselineComparison(data)")
                : configuration.resolvePath(comparison.candidate(), "@BaselineComparison(candidate)");
        boolean twoFiles = !comparison.baseline().isBlank();
        String where = "@BaselineComparison(baseline)";
        boolean fromManifest = twoFiles && ManifestReference.names(comparison.baseline());
        Optional<ManifestReference.Resolved> manifest = fromManifest
                ? ManifestReference.resolve(configuration, comparison.baseline(), BaselineFile.PREDICTIONS, where)
                : Optional.empty();
        // Nothing approved yet in a named manifest is a first run, like a baseline file that does not exist.
        Path baselineFile = !twoFiles ? null : fromManifest
                ? manifest.map(ManifestReference.Resolved::file).orElseGet(() -> BaselineStore.at(
                        ManifestReference.directory(configuration, comparison.baseline(), where)).manifest())
                : configuration.resolvePath(comparison.baseline(), where);
        Kind kind = Kind.of(comparison);
        Ids ids = comparison.joinOn().isBlank() ? null : new Ids();
        RowSource candidateSource = configuration.open(candidateFile);
        ModelRun run = modelled ? CandidateModel.score(configuration, comparison, candidateSource) : null;
        Side candidate = PredictionsReader.read(candidateSource, kind, comparison, ids,
                kind.candidateColumns(comparison), twoFiles ? null : kind.baselineColumns(comparison), sliceColumns,
                run);
        Joined joined;
        ArtifactEntries artifacts = new ArtifactEntries(configuration.basedir())
                .add(modelled ? "evaluation data" : "candidate", candidate.summary(), comparison.model());
        if (run != null) {
            SuiteModels.addArtifact(artifacts, run, comparison.model());
        }
        boolean firstRun = twoFiles && (fromManifest ? manifest.isEmpty() : !Files.exists(baselineFile));
        if (firstRun) {
            if (!firstRunPasses(configuration)) {
                throw new JoinException((fromManifest
                        ? "no baseline is approved in " + shown(configuration, baselineFile) + " yet"
                        : "the baseline file " + shown(configuration, baselineFile) + " does not exist") + "; on a first run without"
                        + " a production model, declare @BaselineComparison(firstRun = FirstRun.PASS) or set "
                        + FirstRun.CONFIGURATION_KEY + "=pass to pass every comparison, stating that no baseline existed");
            }
            joined = Join.candidateOnly(candidate);
        } else if (twoFiles) {
            Side baseline = PredictionsReader.read(configuration.open(baselineFile), kind, comparison, ids,
                    kind.baselineColumns(comparison), null, List.of(), null);
            joined = Join.pair(candidate, baseline, ids, comparison.joinOn(), comparison.positive(),
                    comparison.negative(), configuration.maxExamples());
            artifacts.add("baseline", baseline.summary());
        } else {
            joined = Join.columns(candidate);
        }
        Map<String, String> entries = artifacts.toMap();
        manifest.ifPresent(resolved -> entries.putAll(resolved.entries()));
        List<SliceComparisonGate> sliceGates = checks().stream().map(CheckSpec::check)
                .filter(SliceComparisonGate.class::isInstance).map(SliceComparisonGate.class::cast).toList();
        List<ComparisonGate> wholeGates = checks().stream().map(CheckSpec::check)
                .filter(ComparisonGate.class::isInstance).map(ComparisonGate.class::cast).toList();
        return new BaselineState(shown(configuration, candidateFile), twoFiles ? shown(configuration, baselineFile) : null,
                entries, firstRun, joined,
                new Estimator(suiteInstance(), configuration.seed(), configuration.bootstrapResamples(),
                        configuration.threads()), minSliceSize,
                comparison.correction(), new SliceFamily(sliceGates), new WholeRows(wholeGates));
    }

    @Override
    public Map<String, String> suiteEntries(BaselineState state) {
        return SuiteEntries.of(kind(), state);
    }

    /** The file relative to the base directory when it lies below it, so reports do not depend on the machine. */
    private static Path shown(MlgateConfiguration configuration, Path file) {
        return file.startsWith(configuration.basedir()) ? configuration.basedir().relativize(file) : file;
    }

    private boolean firstRunPasses(MlgateConfiguration configuration) {
        if (comparison.firstRun() != FirstRun.CONFIGURED) {
            return comparison.firstRun() == FirstRun.PASS;
        }
        String value = configuration.parameters().apply(FirstRun.CONFIGURATION_KEY);
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "pass" -> true;
            case "fail" -> false;
            default -> throw new IllegalArgumentException("Invalid configuration value for '"
                    + FirstRun.CONFIGURATION_KEY + "': '" + value + "' is neither 'fail' nor 'pass'");
        };
    }
}
