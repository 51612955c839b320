package dev.mlgate.contract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Looking characters up in place answers as {@link Set#contains} on their string. */
class TextSetTest {

    @Test
    void characters_in_place_are_found_exactly_when_their_string_is() {
        Random random = new Random(11L);
        for (int round = 0; round < 200; round++) {
            Set<String> texts = new HashSet<>();
            int size = random.nextInt(40);
            while (texts.size() < size) {
                texts.add(text(random));
            }
            TextSet set = new TextSet(texts);
            char[] buffer = new char[32];
            FieldText view = new FieldText();
            for (int probe = 0; probe < 200; probe++) {
                String text = probe % 3 == 0 && !texts.isEmpty() ? texts.iterator().next() : text(random);
                int start = random.nextInt(4);
                text.getChars(0, text.length(), buffer, start);
                assertThat(set.contains(view.on(buffer, start, text.length()))).as(text).isEqualTo(texts.contains(text));
                assertThat(set.contains(text)).as(text).isEqualTo(texts.contains(text));
            }
        }
        // "Aa" and "BB" share a hash code
        TextSet colliding = new TextSet(Set.of("Aa"));
        assertThat(colliding.contains("BB")).isFalse();
        assertThat(colliding.contains("Aa")).isTrue();
        assertThat(colliding.contains(null)).isFalse();
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(6); i > 0; i--) {
            text.append("ABab\u00e9\u6771"
                    .charAt(random.nextInt(6)));
        }
        return text.toString();
    }
}
