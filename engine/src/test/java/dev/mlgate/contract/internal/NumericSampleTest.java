package dev.mlgate.contract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlgate.backend.Sample;
import dev.mlgate.data.ValueKind;
import dev.mlgate.stats.internal.AwkwardDoubles;
import dev.mlgate.stats.internal.AwkwardDoubles.Kind;
import java.lang.reflect.AnnotatedElement;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A numeric drift sample holds every non-null, non-NaN value once, sorted as drift compares them. */
class NumericSampleTest {

    private static final ColumnSpec AMOUNT = new ColumnSpec("amount", "amount", ValueKind.DECIMAL, true, Set.of(),
            (AnnotatedElement) Double.class, Optional.empty());

    @Test
    void keeps_the_values_in_ascending_order_counting_nulls_and_NaN_apart() {
        double[] values = AwkwardDoubles.of(Kind.WITH_NAN, 20_000, 5);
        SampleCollector collector = new SampleCollector(List.of("amount"), List.of(AMOUNT));
        ColumnValue value = new ColumnValue(ValueKind.DECIMAL);
        for (int i = 0; i < values.length; i++) {
            value.set(i % 100 == 0 ? null : values[i], i + 1L);
            collector.accept(value);
        }

        Sample.Numeric sample = (Sample.Numeric) collector.samples().get("amount");

        double[] expected = java.util.stream.IntStream.range(0, values.length).filter(i -> i % 100 != 0)
                .mapToDouble(i -> values[i]).filter(v -> !Double.isNaN(v)).sorted().toArray();
        assertThat(AwkwardDoubles.bits(sample.values())).isEqualTo(AwkwardDoubles.bits(expected));
        assertThat(sample.nulls()).isEqualTo(200);
        assertThat(sample.nans()).isEqualTo(Arrays.stream(values).filter(Double::isNaN).count()
                - java.util.stream.IntStream.range(0, values.length).filter(i -> i % 100 == 0 && Double.isNaN(values[i])).count());
    }
}
