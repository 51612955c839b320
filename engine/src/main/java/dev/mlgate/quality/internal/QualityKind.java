package dev.mlgate.quality.internal;

import dev.mlgate.engine.internal.check.SuiteDefinition;
import dev.mlgate.engine.internal.check.SuiteKind;
import dev.mlgate.quality.ModelQuality;
import java.lang.annotation.Annotation;

/** The kind {@link ModelQuality}, registered through {@code META-INF/services}. */
public final class QualityKind implements SuiteKind {

    @Override
    public Class<? extends Annotation> annotation() {
        return ModelQuality.class;
    }

    @Override
    public SuiteDefinition<?> plan(Class<?> suiteClass) {
        return QualityPlanner.plan(suiteClass);
    }
}
