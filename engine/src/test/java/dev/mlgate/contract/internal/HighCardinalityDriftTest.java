package dev.mlgate.contract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlgate.backend.Sample;
import dev.mlgate.contract.DriftMethod;
import dev.mlgate.data.ValueKind;
import java.lang.reflect.AnnotatedElement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Identifiers and free text are not judged by category counts. */
class HighCardinalityDriftTest {

    private static final ColumnSpec TEXT = new ColumnSpec("name", "name", ValueKind.STRING, true, Set.of(),
            (AnnotatedElement) String.class, Optional.empty());

    private static Sample sample(int rows, int distinct) {
        SampleCollector collector = new SampleCollector(List.of("name"), List.of(TEXT));
        ColumnValue value = new ColumnValue(ValueKind.STRING);
        for (int row = 0; row < rows; row++) {
            value.read("v" + (row % distinct), row + 1, row + 2);
            collector.accept(value);
        }
        return collector.samples().get("name");
    }

    @Test
    void a_near_unique_reference_is_not_compared() {
        DriftResult result = DriftAnalysis.compare("name", sample(100, 60), sample(100, 60), DriftMethod.AUTO, Double.NaN);

        assertThat(result.isDefined()).isFalse();
        assertThat(result.undefinedReason()).isEqualTo("not compared: the reference holds 60 distinct values in 100"
                + " rows; category counts cannot judge drift of identifiers or free text (leave the column out of"
                + " drift checks)");
    }

    @Test
    void counting_stops_past_a_thousand_categories_so_memory_stays_bounded() {
        Sample.Categorical many = (Sample.Categorical) sample(5000, 2000);

        assertThat(many.highCardinality()).isTrue();
        assertThat(many.counts()).isEmpty();
        assertThat(many.size()).isEqualTo(5000);
        assertThat(DriftAnalysis.compare("name", sample(100, 10), many, DriftMethod.JENSEN_SHANNON, Double.NaN)
                .undefinedReason()).startsWith("not compared: the data holds more than 1000 distinct values");
    }

    @Test
    void a_few_categories_are_compared() {
        Sample.Categorical few = (Sample.Categorical) sample(100, 4);

        assertThat(few.counts()).isEqualTo(Map.of("v0", 25L, "v1", 25L, "v2", 25L, "v3", 25L));
        assertThat(DriftAnalysis.compare("name", few, sample(100, 4), DriftMethod.AUTO, Double.NaN).isDefined()).isTrue();
    }
}
