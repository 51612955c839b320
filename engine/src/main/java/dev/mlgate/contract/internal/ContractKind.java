package dev.mlgate.contract.internal;

import dev.mlgate.contract.DataContract;
import dev.mlgate.engine.internal.check.SuiteDefinition;
import dev.mlgate.engine.internal.check.SuiteKind;
import java.lang.annotation.Annotation;

/** The kind {@link DataContract}, registered through {@code META-INF/services}. */
public final class ContractKind implements SuiteKind {

    @Override
    public Class<? extends Annotation> annotation() {
        return DataContract.class;
    }

    @Override
    public SuiteDefinition<?> plan(Class<?> suiteClass) {
        return ContractPlanner.plan(suiteClass);
    }
}
