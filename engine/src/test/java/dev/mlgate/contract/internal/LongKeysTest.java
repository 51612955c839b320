package dev.mlgate.contract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The primitive table behind uniqueness of numbers and booleans. */
class LongKeysTest {

    @Test
    void zero_negative_and_extreme_keys_are_keys_like_any_other() {
        LongKeys keys = new LongKeys();

        assertThat(keys.see(0, 1)).isZero();
        assertThat(keys.see(-1, 2)).isZero();
        assertThat(keys.see(Long.MIN_VALUE, 3)).isZero();
        assertThat(keys.see(Long.MAX_VALUE, 4)).isZero();
        assertThat(keys.see(0, 5)).isEqualTo(1);
        assertThat(keys.see(0, 6)).isEqualTo(-1);
        assertThat(keys.see(Long.MIN_VALUE, 7)).isEqualTo(3);
        assertThat(keys.size()).isEqualTo(4);
    }

    @Test
    void keeps_every_key_and_its_first_row_as_it_grows() {
        LongKeys keys = new LongKeys();
        Map<Long, Long> reference = new HashMap<>();
        Random random = new Random(19);
        for (long row = 1; row <= 300_000; row++) {
            // consecutive ids, ids sharing their low bits, and random ones
            long key = switch ((int) (row % 3)) {
                case 0 -> row;
                case 1 -> (long) random.nextInt(50_000) << 20;
                default -> random.nextLong() % 1_000;
            };
            Long first = reference.get(key);
            reference.put(key, first == null ? row : -Math.abs(first));
            assertThat(keys.see(key, row)).isEqualTo(first == null ? 0 : first);
        }
        assertThat(keys.size()).isEqualTo(reference.size());
    }
}
