package dev.mlgate.contract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The row fingerprints behind duplicate-row and compound-key checks, and the set that holds them. */
class RowHashTest {

    @Test
    void rows_that_differ_only_in_where_fields_split_or_in_null_versus_empty_differ() {
        Set<RowHash> hashes = new HashSet<>();
        hashes.add(RowHash.of(new String[] {"ab", "c"}));
        hashes.add(RowHash.of(new String[] {"a", "bc"}));
        hashes.add(RowHash.of(new String[] {"abc", ""}));
        hashes.add(RowHash.of(new String[] {"abc", null}));
        hashes.add(RowHash.of(new String[] {"abc"}));

        assertThat(hashes).hasSize(5);
        assertThat(RowHash.of(new String[] {"x", null})).isEqualTo(RowHash.of(new String[] {"x", null}));
    }

    @Test
    void the_pair_set_tells_first_from_repeated_pairs_as_it_grows() {
        LongPairSet set = new LongPairSet();
        for (long i = 0; i < 100_000; i++) {
            assertThat(set.add(i, -i)).isTrue();
        }
        for (long i = 0; i < 100_000; i += 997) {
            assertThat(set.add(i, -i)).isFalse();
            assertThat(set.add(i, i + 1)).isTrue();
        }
    }

    @Test
    void the_pair_zero_zero_is_a_member_like_any_other() {
        LongPairSet set = new LongPairSet();

        assertThat(set.add(0, 0)).isTrue();
        assertThat(set.add(0, 0)).isFalse();
        assertThat(set.add(0, 1)).isTrue();
        assertThat(set.add(1, 0)).isTrue();
        assertThat(set.add(1, 0)).isFalse();
    }

    @Test
    void a_million_distinct_rows_do_not_collide() {
        LongPairSet set = new LongPairSet();
        int collisions = 0;
        for (int i = 0; i < 1_000_000; i++) {
            RowHash hash = RowHash.of(new String[] {Integer.toString(i), "row"});
            collisions += set.add(hash.high(), hash.low()) ? 0 : 1;
        }
        assertThat(collisions).isZero();
    }
}
