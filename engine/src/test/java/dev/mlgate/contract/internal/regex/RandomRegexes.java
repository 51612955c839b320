package dev.mlgate.contract.internal.regex;

import java.util.SplittableRandom;

/**
 * Seeded random patterns of the subset {@link RegexSubset} accepts, and random texts over an alphabet
 * that makes them match and miss: ASCII letters, digits and punctuation the patterns name, whitespace and
 * every line terminator {@code .} and {@code $} treat specially, non-ASCII letters, a surrogate pair and
 * lone surrogates.
 */
final class RandomRegexes {

    private static final String[] ATOMS = {"a", "b", "c", "-", "\\.", ".", "\\d", "\\w", "\\s", "\\D", "\\W", "\\S",
        "[ab]", "[^a]", "[a-c]", "[^a-c\\d]", "[-a]", "[a-]", "[\\d.]", "[\\s\\-]", "\u00e9", "[\u00e0-\u00ff]", "1",
        "\\$", "\\^", "\\(", " ", "@", "[^\\w]", "[.]", "[\\W\\d]"};
    private static final String[] QUANTIFIERS = {"", "", "", "?", "*", "+", "{2}", "{0,2}", "{1,3}", "{2,}", "{0}"};
    private static final String[] LETTERS = {"a", "b", "c", "-", ".", "1", "9", "_", " ", "\t", "\n", "\r", "\u000B",
        "\u0085", "\u2028", "\u2029", "\u00e9", "\u00e0", "@", "$", "^", "(", "\ud83d\ude00", "\ud83d", "\ude00", "Z"};

    private final SplittableRandom random;

    RandomRegexes(long seed) {
        this.random = new SplittableRandom(seed);
    }

    String pattern() {
        StringBuilder regex = new StringBuilder();
        boolean anchors = random.nextInt(3) == 0;
        if (anchors && random.nextBoolean()) {
            regex.append('^');
        }
        regex.append(anchors ? sequence(2) : alternation(2));
        if (anchors && random.nextBoolean()) {
            regex.append('$');
        }
        return regex.toString();
    }

    private String alternation(int depth) {
        StringBuilder alternation = new StringBuilder(sequence(depth));
        while (random.nextInt(4) == 0) {
            alternation.append('|').append(sequence(depth));
        }
        return alternation.toString();
    }

    private String sequence(int depth) {
        StringBuilder sequence = new StringBuilder();
        int parts = random.nextInt(5);
        for (int i = 0; i < parts; i++) {
            String atom = depth > 0 && random.nextInt(5) == 0 ? "(" + alternation(depth - 1) + ")"
                    : ATOMS[random.nextInt(ATOMS.length)];
            sequence.append(atom).append(QUANTIFIERS[random.nextInt(QUANTIFIERS.length)]);
        }
        return sequence.toString();
    }

    String text() {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(9);
        for (int i = 0; i < length; i++) {
            text.append(LETTERS[random.nextInt(LETTERS.length)]);
        }
        return text.toString();
    }
}
