package dev.mlgate.baseline.internal;

import dev.mlgate.baseline.BaselineComparison;
import dev.mlgate.engine.internal.check.SuiteDefinition;
import dev.mlgate.engine.internal.check.SuiteKind;
import java.lang.annotation.Annotation;

/** The kind {@link BaselineComparison}, registered through {@code META-INF/services}. */
public final class BaselineKind implements SuiteKind {

    @Override
    public Class<? extends Annotation> annotation() {
        return BaselineComparison.class;
    }

    @Override
    public SuiteDefinition<?> plan(Class<?> suiteClass) {
        return BaselinePlanner.plan(suiteClass);
    }
}
