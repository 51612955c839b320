package dev.mlgate.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlgate.baseline.BaselineComparison;
import dev.mlgate.contract.DataContract;
import dev.mlgate.engine.internal.check.SuiteKind;
import dev.mlgate.quality.ModelQuality;
import org.junit.jupiter.api.Test;

/** The engine's own kinds of suite are registered through ServiceLoader, as a module's would be. */
class SuiteKindsTest {

    @Test
    void the_three_built_in_kinds_are_found_through_service_loader_in_declaration_order() {
        assertThat(SuiteKinds.kinds()).extracting(SuiteKind::annotation)
                .containsExactly(DataContract.class, ModelQuality.class, BaselineComparison.class);
    }
}
