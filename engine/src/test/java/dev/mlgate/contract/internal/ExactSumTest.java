package dev.mlgate.contract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

/** An integer sum divided once: exact below 2^53, and past a long's range through BigInteger. */
class ExactSumTest {

    @Test
    void a_share_of_ones_is_the_quotient_rounded_once() {
        ExactSum sum = new ExactSum();
        for (int i = 0; i < 649_591; i++) {
            sum.add(1);
        }

        assertThat(sum.divideBy(1_000_000)).isEqualTo(0.649591);
    }

    @Test
    void a_sum_past_the_range_of_a_long_stays_exact() {
        ExactSum sum = new ExactSum();
        sum.add(Long.MAX_VALUE);
        sum.add(Long.MAX_VALUE);
        sum.add(3);

        // (2 * (2^63 - 1) + 3) / 3, computed independently with BigDecimal
        double expected = new BigDecimal(BigInteger.valueOf(Long.MAX_VALUE).multiply(BigInteger.TWO)
                .add(BigInteger.valueOf(3))).divide(BigDecimal.valueOf(3), MathContext.DECIMAL128).doubleValue();
        assertThat(sum.divideBy(3)).isEqualTo(expected).isEqualTo(6.148914691236517E18);
    }

    @Test
    void a_negative_overflow_and_a_way_back_into_range() {
        ExactSum sum = new ExactSum();
        sum.add(Long.MIN_VALUE);
        sum.add(-1);
        sum.add(Long.MAX_VALUE);
        sum.add(1);

        assertThat(sum.divideBy(4)).isEqualTo(-0.25);
    }
}
