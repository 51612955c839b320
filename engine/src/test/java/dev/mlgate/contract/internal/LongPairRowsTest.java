package dev.mlgate.contract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The key-to-first-row map of compound uniqueness keeps every pair through growth, (0, 0) included. */
class LongPairRowsTest {

    @Test
    void returns_the_row_stored_before_and_zero_for_a_new_pair() {
        LongPairRows rows = new LongPairRows();

        assertThat(rows.put(0, 0, 1)).isZero();
        assertThat(rows.put(0, 0, -1)).isEqualTo(1);
        assertThat(rows.put(0, 1, 2)).isZero();
        assertThat(rows.put(1, 0, 3)).isZero();
        assertThat(rows.size()).isEqualTo(3);
    }

    @Test
    void keeps_every_pair_when_it_grows() {
        LongPairRows rows = new LongPairRows();
        int pairs = 100_000;
        for (int i = 1; i <= pairs; i++) {
            // pairs that share their high half probe the same slots
            assertThat(rows.put(i % 7, i * 0x9e3779b97f4a7c15L, i)).isZero();
        }
        for (int i = 1; i <= pairs; i++) {
            assertThat(rows.put(i % 7, i * 0x9e3779b97f4a7c15L, -i)).isEqualTo(i);
        }
        assertThat(rows.size()).isEqualTo(pairs);
    }

    @Test
    void seeing_a_pair_returns_its_first_row_once_then_negated() {
        LongPairRows rows = new LongPairRows();

        assertThat(rows.see(5, 0, 1)).isZero();
        assertThat(rows.see(5, 1L << 32, 2)).isZero();
        assertThat(rows.see(5, 0, 3)).isEqualTo(1);
        assertThat(rows.see(5, 0, 4)).isEqualTo(-1);
        assertThat(rows.see(5, 1L << 32, 5)).isEqualTo(2);
        assertThat(rows.size()).isEqualTo(2);
    }
}
