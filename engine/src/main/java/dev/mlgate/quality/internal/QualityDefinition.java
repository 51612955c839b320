package dev.mlgate.quality.internal;

import dev.mlgate.data.Artifacts;
import dev.mlgate.data.RowSource;
import dev.mlgate.engine.internal.MlgateConfiguration;
import dev.mlgate.engine.internal.check.CheckSpec;
import dev.mlgate.engine.internal.check.DeclarationProblem;
import dev.mlgate.engine.internal.check.SuiteDefinition;
import dev.mlgate.quality.ModelQuality;
import dev.mlgate.quality.Slices;
import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.platform.commons.support.AnnotationSupport;

/** A compiled {@link ModelQuality} suite: its gates and how to build the evaluation view they read. */
final class QualityDefinition implements SuiteDefinition<QualityState> {

    private final Class<?> suiteClass;
    private final ModelQuality quality;
    private final List<CheckSpec<QualityState>> checks;
    private final List<DeclarationProblem> problems;

    QualityDefinition(Class<?> suiteClass, ModelQuality quality, List<CheckSpec<QualityState>> checks,
            List<DeclarationProblem> problems) {
        this.suiteClass = suiteClass;
        this.quality = quality;
        this.checks = List.copyOf(checks);
        this.problems = List.copyOf(problems);
    }

    @Override
    public Class<?> suiteClass() {
        return suiteClass;
    }

    @Override
    public String kind() {
        return "model quality";
    }

    @Override
    public List<CheckSpec<QualityState>> checks() {
        return checks;
    }

    @Override
    public List<DeclarationProblem> problems() {
        return problems;
    }

    @Override
    public QualityState open(MlgateConfiguration configuration, List<CheckSpec<QualityState>> selected)
            throws Exception {
        Path file = configuration.resolvePath(quality.predictions());
        RowSource source = Artifacts.open(file, configuration.format());
        Optional<Slices> slices = AnnotationSupport.findAnnotation(suiteClass, Slices.class);
        List<String> sliceColumns = slices.map(declared -> List.of(declared.value())).orElse(List.of());
        int minSliceSize = slices.map(Slices::minSize).filter(size -> size > 0).orElse(configuration.minSliceSize());
        BinaryPredictions.Read read = BinaryPredictions.read(source, quality.label(), quality.score(),
                quality.positive(), quality.negative(), sliceColumns);
        return new QualityState(file, read.scores(), read.slices(), minSliceSize, instantiate(), configuration.seed(),
                configuration.bootstrapResamples());
    }

    private Object instantiate() throws ReflectiveOperationException {
        try {
            Constructor<?> constructor = suiteClass.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
