package dev.mlgate.contract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The text table behind uniqueness of text columns: exact keys by their characters, no String kept. */
class TextKeysTest {

    @Nested
    class Exactness {

        @Test
        void texts_whose_hashes_collide_stay_different_keys() {
            // a mask of 0 gives every text the same hash: only the characters tell them apart
            TextKeys keys = new TextKeys(0L);

            assertThat(keys.see("Aa", 1)).isZero();
            assertThat(keys.see("BB", 2)).isZero();
            assertThat(keys.see("", 3)).isZero();
            assertThat(keys.see("Aa ", 4)).isZero();
            assertThat(keys.see("BB", 5)).isEqualTo(2);
            assertThat(keys.see("Aa", 6)).isEqualTo(1);
            assertThat(keys.see("Aa", 7)).isEqualTo(-1);
            assertThat(keys.size()).isEqualTo(4);
        }

        @Test
        void a_narrow_hash_over_thousands_of_texts_keeps_every_one_apart() {
            TextKeys keys = new TextKeys(0x7L);
            Map<String, Long> reference = new HashMap<>();
            Random random = new Random(19);
            for (long row = 1; row <= 5_000; row++) {
                String text = Integer.toString(random.nextInt(2_000), 36);
                Long first = reference.putIfAbsent(text, row);
                long expected = first == null ? 0 : first;
                assertThat(Math.abs(keys.see(text, row))).isEqualTo(expected);
            }
            assertThat(keys.size()).isEqualTo(reference.size());
        }

        @Test
        void the_empty_text_is_a_key_like_any_other() {
            TextKeys keys = new TextKeys();

            assertThat(keys.see("", 1)).isZero();
            assertThat(keys.see(" ", 2)).isZero();
            assertThat(keys.see("", 3)).isEqualTo(1);
            assertThat(keys.see(new char[0], 0, 0, 4)).isEqualTo(-1);
        }

        @Test
        void non_ascii_text_and_surrogate_pairs_are_compared_by_every_character() {
            TextKeys keys = new TextKeys();

            assertThat(keys.see("Zürich", 1)).isZero();
            assertThat(keys.see("Zurich", 2)).isZero();
            assertThat(keys.see("😀", 3)).isZero();
            // the same high surrogate, another low one
            assertThat(keys.see("😁", 4)).isZero();
            assertThat(keys.see("\uD83D", 5)).isZero();
            assertThat(keys.see("Zürich", 6)).isEqualTo(1);
            assertThat(keys.see("😁", 7)).isEqualTo(4);
            assertThat(keys.size()).isEqualTo(5);
        }
    }

    @Nested
    class Inputs {

        @Test
        void a_char_range_a_string_and_another_char_sequence_of_the_same_text_are_one_key() {
            TextKeys keys = new TextKeys();
            char[] line = "id,müller@example.org,7".toCharArray();

            assertThat(keys.see(line, 3, 18, 1)).isZero();
            assertThat(keys.see("müller@example.org", 2)).isEqualTo(1);
            assertThat(keys.see(new StringBuilder("müller@example.org"), 3)).isEqualTo(-1);
            assertThat(keys.see(line, 3, 17, 4)).isZero();
            assertThat(keys.size()).isEqualTo(2);
        }

        @Test
        void texts_longer_than_any_seen_before_are_taken_whole() {
            TextKeys keys = new TextKeys();
            String longText = "x".repeat(100_000);

            assertThat(keys.see(longText, 1)).isZero();
            assertThat(keys.see(longText + "y", 2)).isZero();
            assertThat(keys.see(new StringBuilder(longText), 3)).isEqualTo(1);
        }
    }

    @Nested
    class Growth {

        @Test
        void keeps_every_text_and_its_first_row_past_the_initial_table_and_arena() {
            TextKeys keys = new TextKeys();
            int texts = 200_000;
            for (int i = 1; i <= texts; i++) {
                assertThat(keys.see("customer-" + i + "@example.org", i)).isZero();
            }
            for (int i = texts; i >= 1; i--) {
                assertThat(keys.see("customer-" + i + "@example.org", texts + i)).isEqualTo(i);
            }
            assertThat(keys.size()).isEqualTo(texts);
        }

        @Test
        void many_repeats_of_few_texts_add_no_keys() {
            TextKeys keys = new TextKeys();
            String[] plans = {"free", "basic", "pro", "enterprise"};
            for (int row = 1; row <= 100_000; row++) {
                long seen = keys.see(plans[row % plans.length], row);
                // rows 1 to 4 hold each plan first; rows 5 to 8 repeat each once, later rows again
                long first = row % plans.length == 0 ? plans.length : row % plans.length;
                assertThat(seen).isEqualTo(row <= plans.length ? 0 : row <= 2 * plans.length ? first : -first);
            }
            assertThat(keys.size()).isEqualTo(plans.length);
        }
    }
}
